/**
 * The SQLite RecipientStore: reads on the caller's connection, writes through the writer
 * thread (recipient-writes.ts). SqliteStore extends it with everything else.
 */
import type {
  ClaimedDelivery,
  CodeCheck,
  CodeIssue,
  CodeLimits,
  DeliveryKey,
  DeliveryRecord,
  DeliverySettlement,
  DeliveryState,
  ProbeRecord,
  ReplyRecord,
  SessionStart,
} from './delivery-records.ts';
import type { RecipientStore } from './recipient-store.ts';
import type { AuditDraft, DeliveryMethod } from './records.ts';
import type { StatementCache } from './statements.ts';
import type { WriterClient } from './writer-client.ts';

interface DeliveryRow {
  tenant_id: string;
  message_id: string;
  recipient_index: number;
  state: string;
  method: string | null;
  attempts: number;
  next_attempt_at: string | null;
  last_error: string | null;
  address_mac: Buffer;
  delivered_at: string | null;
  opened_at: string | null;
  replied_at: string | null;
  verify_failures: number;
  locked_at: string | null;
}

interface ReplyRow {
  tenant_id: string;
  id: string;
  message_id: string;
  recipient_index: number;
  received_at: string;
  attachment_count: number;
  content: Buffer | null;
}

export class SqliteRecipientStore implements RecipientStore {
  constructor(
    protected readonly sql: StatementCache,
    readonly writer: WriterClient,
  ) {}

  claimDeliveries(now: string, leaseUntil: string, limit: number): Promise<ClaimedDelivery[]> {
    return this.writer.write('claimDeliveries', now, leaseUntil, limit);
  }

  settleDelivery(
    key: DeliveryKey,
    settlement: DeliverySettlement,
    at: string,
    caseId: string,
    audit: readonly AuditDraft[],
  ): Promise<boolean> {
    return this.writer.write('settleDelivery', key, settlement, at, caseId, audit);
  }

  findDeliveryByLink(linkSha256: Buffer): Promise<DeliveryRecord | undefined> {
    const row = this.sql
      .get<[Buffer], DeliveryRow>('SELECT * FROM deliveries WHERE link_sha256 = ?')
      .get(linkSha256);
    return Promise.resolve(row && deliveryFromRow(row));
  }

  findDelivery(key: DeliveryKey): Promise<DeliveryRecord | undefined> {
    const row = this.sql
      .get<[string, string, number], DeliveryRow>(
        'SELECT * FROM deliveries WHERE tenant_id = ? AND message_id = ? AND recipient_index = ?',
      )
      .get(key.tenantId, key.messageId, key.recipientIndex);
    return Promise.resolve(row && deliveryFromRow(row));
  }

  listDeliveries(tenantId: string, messageId: string): Promise<DeliveryRecord[]> {
    const rows = this.sql
      .get<[string, string], DeliveryRow>(
        'SELECT * FROM deliveries WHERE tenant_id = ? AND message_id = ? ORDER BY recipient_index',
      )
      .all(tenantId, messageId);
    return Promise.resolve(rows.map(deliveryFromRow));
  }

  findProbe(domainMac: Buffer, now: string): Promise<ProbeRecord | undefined> {
    const row = this.sql
      .get<
        [Buffer, string],
        { domain_mac: Buffer; tls: number; outcome: string; probed_at: string; expires_at: string }
      >('SELECT * FROM domain_probes WHERE domain_mac = ? AND expires_at > ?')
      .get(domainMac, now);
    return Promise.resolve(
      row && {
        domainMac: row.domain_mac,
        tls: row.tls === 1,
        outcome: row.outcome,
        probedAt: row.probed_at,
        expiresAt: row.expires_at,
      },
    );
  }

  recordProbe(probe: ProbeRecord): Promise<void> {
    return this.writer.write('recordProbe', probe);
  }

  forgetProbe(domainMac: Buffer): Promise<void> {
    return this.writer.write('forgetProbe', domainMac);
  }

  issueCode(
    key: DeliveryKey,
    codeMac: Buffer,
    at: string,
    expiresAt: string,
    limits: CodeLimits,
  ): Promise<CodeIssue> {
    return this.writer.write('issueCode', key, codeMac, at, expiresAt, limits);
  }

  checkCode(start: SessionStart, codeMac: Buffer, maxFailures: number): Promise<CodeCheck> {
    return this.writer.write('checkCode', start, codeMac, maxFailures);
  }

  startSession(start: SessionStart): Promise<void> {
    return this.writer.write('startSession', start);
  }

  touchSession(
    sessionSha256: Buffer,
    at: string,
    idleSince: string,
  ): Promise<DeliveryKey | undefined> {
    return this.writer.write('touchSession', sessionSha256, at, idleSince);
  }

  endSession(sessionSha256: Buffer, at: string): Promise<void> {
    return this.writer.write('endSession', sessionSha256, at);
  }

  insertReply(reply: ReplyRecord, caseId: string): Promise<void> {
    return this.writer.write('insertReply', reply, caseId);
  }

  listReplies(tenantId: string, messageId: string): Promise<ReplyRecord[]> {
    const rows = this.sql
      .get<[string, string], ReplyRow>(
        'SELECT * FROM replies WHERE tenant_id = ? AND message_id = ? ORDER BY received_at, id',
      )
      .all(tenantId, messageId);
    return Promise.resolve(
      rows.map((row) => ({
        tenantId: row.tenant_id,
        id: row.id,
        messageId: row.message_id,
        recipientIndex: row.recipient_index,
        receivedAt: row.received_at,
        attachmentCount: row.attachment_count,
        content: row.content,
      })),
    );
  }
}

function deliveryFromRow(row: DeliveryRow): DeliveryRecord {
  return {
    tenantId: row.tenant_id,
    messageId: row.message_id,
    recipientIndex: row.recipient_index,
    state: row.state as DeliveryState,
    method: row.method as DeliveryMethod | null,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    lastError: row.last_error,
    addressMac: row.address_mac,
    deliveredAt: row.delivered_at,
    openedAt: row.opened_at,
    repliedAt: row.replied_at,
    verifyFailures: row.verify_failures,
    lockedAt: row.locked_at,
  };
}
