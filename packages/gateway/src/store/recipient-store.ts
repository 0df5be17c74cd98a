/**
 * The store's side of delivery and the recipient portal (see recipient-writes.ts for how each
 * write keeps its limits). Reads are tenant-scoped, except the two lookups by an unguessable
 * hash that is how a link or a probe names its row.
 */
import type {
  ClaimedDelivery,
  CodeCheck,
  CodeIssue,
  CodeLimits,
  DeliveryKey,
  DeliveryRecord,
  DeliverySettlement,
  ProbeRecord,
  ReplyRecord,
  SessionStart,
} from './delivery-records.ts';
import type { AuditDraft } from './records.ts';

export interface RecipientStore {
  claimDeliveries(now: string, leaseUntil: string, limit: number): Promise<ClaimedDelivery[]>;
  settleDelivery(
    key: DeliveryKey,
    settlement: DeliverySettlement,
    at: string,
    caseId: string,
    audit: readonly AuditDraft[],
  ): Promise<boolean>;
  /** The delivery a pickup link points at, found by the link's SHA-256. */
  findDeliveryByLink(linkSha256: Buffer): Promise<DeliveryRecord | undefined>;
  findDelivery(key: DeliveryKey): Promise<DeliveryRecord | undefined>;
  listDeliveries(tenantId: string, messageId: string): Promise<DeliveryRecord[]>;

  findProbe(domainMac: Buffer, now: string): Promise<ProbeRecord | undefined>;
  recordProbe(probe: ProbeRecord): Promise<void>;
  forgetProbe(domainMac: Buffer): Promise<void>;

  issueCode(
    key: DeliveryKey,
    codeMac: Buffer,
    at: string,
    expiresAt: string,
    limits: CodeLimits,
  ): Promise<CodeIssue>;
  checkCode(start: SessionStart, codeMac: Buffer, maxFailures: number): Promise<CodeCheck>;
  startSession(start: SessionStart): Promise<void>;
  touchSession(
    sessionSha256: Buffer,
    at: string,
    idleSince: string,
  ): Promise<DeliveryKey | undefined>;
  endSession(sessionSha256: Buffer, at: string): Promise<void>;

  insertReply(reply: ReplyRecord, caseId: string): Promise<void>;
  listReplies(tenantId: string, messageId: string): Promise<ReplyRecord[]>;
}
