/**
 * Everything the gateway persists, as atomic operations. Every method that writes commits
 * before its promise resolves, so a 2xx is only ever sent for durable data. All reads are
 * tenant-scoped by signature: there is no way to ask for a row without naming its tenant.
 * SQLite implements it (sqlite-store.ts); a PostgreSQL store can implement the same contract.
 */
import type { DeliveryDraft } from './delivery-records.ts';
import type { RecipientStore } from './recipient-store.ts';
import type {
  AuditDraft,
  AuditRecord,
  CredentialRecord,
  EventDraft,
  EventRecord,
  MessageRecord,
  MessageState,
  TenantRecord,
} from './records.ts';

export interface MessageTransition {
  readonly from: readonly MessageState[];
  readonly to: MessageState;
  readonly at: string;
  /** Destroy the data key and ciphertext (revoke, expire); metadata and audit stay. */
  readonly shred: boolean;
}

export interface GatewayStore extends RecipientStore {
  createTenant(tenant: TenantRecord): Promise<void>;
  getTenant(tenantId: string): Promise<TenantRecord | undefined>;
  listTenants(): Promise<TenantRecord[]>;
  updateTenantPolicy(tenant: TenantRecord, audit: AuditDraft): Promise<void>;

  insertCredential(credential: CredentialRecord, audit: AuditDraft): Promise<void>;
  /** Looked up by id alone: the id is how a bearer token names its tenant. */
  findCredential(credentialId: string): Promise<CredentialRecord | undefined>;
  listCredentials(tenantId: string): Promise<CredentialRecord[]>;
  revokeCredential(
    tenantId: string,
    credentialId: string,
    at: string,
    audit: AuditDraft,
  ): Promise<boolean>;

  /** 'duplicate-key' when the tenant already has a message with this idempotency key. */
  insertMessage(
    message: MessageRecord,
    deliveries: readonly DeliveryDraft[],
    event: EventDraft,
    audit: readonly AuditDraft[],
  ): Promise<'inserted' | 'duplicate-key'>;
  findMessage(tenantId: string, messageId: string): Promise<MessageRecord | undefined>;
  findMessageByIdempotencyKey(tenantId: string, key: string): Promise<MessageRecord | undefined>;
  /** The updated message, or undefined when it is not in one of `transition.from`. */
  transitionMessage(
    tenantId: string,
    messageId: string,
    transition: MessageTransition,
    event: EventDraft,
    audit: readonly AuditDraft[],
  ): Promise<MessageRecord | undefined>;
  /** Messages whose expiry has passed and whose key still exists, oldest first. */
  findExpiredMessages(now: string, limit: number): Promise<MessageRecord[]>;
  /** Messages (any tenant) whose data key is wrapped by one of `kekIds`. */
  findMessagesByKek(excludeKekId: string, limit: number): Promise<MessageRecord[]>;
  /** Replaces wrapped data keys; the ciphertext is not touched. */
  rewrapKeys(
    updates: readonly { tenantId: string; messageId: string; kekId: string; wrappedKey: Buffer }[],
    audit: readonly AuditDraft[],
  ): Promise<void>;

  appendAudit(entries: readonly AuditDraft[]): Promise<void>;
  listEvents(tenantId: string, afterSeq: number, limit: number): Promise<EventRecord[]>;
  listAudit(tenantId: string, afterSeq: number, limit: number): Promise<AuditRecord[]>;
  auditHead(tenantId: string): Promise<{ seq: number; hash: string } | undefined>;

  close(): Promise<void>;
}
