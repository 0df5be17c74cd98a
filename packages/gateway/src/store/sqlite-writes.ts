/**
 * Every write the gateway makes, as synchronous operations on the writer thread's connection.
 * Each runs inside the writer's batch transaction (in its own savepoint), so the audit chain's
 * head is read and moved atomically with the change it records. Arguments and results cross a
 * thread boundary: plain data only.
 */
import type { DeliveryDraft } from './delivery-records.ts';
import type { MessageTransition } from './gateway-store.ts';
import type {
  AuditDraft,
  CredentialRecord,
  EventDraft,
  MessageRecord,
  TenantRecord,
} from './records.ts';
import { type MessageRow, messageToRow } from './rows.ts';
import { blob } from './chained-writes.ts';
import { RecipientWrites } from './recipient-writes.ts';

export interface KeyUpdate {
  readonly tenantId: string;
  readonly messageId: string;
  readonly kekId: string;
  readonly wrappedKey: Uint8Array;
}

export class SqliteWrites extends RecipientWrites {
  createTenant(tenant: TenantRecord): void {
    this.sql
      .get('INSERT INTO tenants (id, name, created_at, policy_json) VALUES (?, ?, ?, ?)')
      .run(tenant.id, tenant.name, tenant.createdAt, JSON.stringify(tenant.policy));
  }

  updateTenantPolicy(tenant: TenantRecord, audit: AuditDraft): void {
    this.sql
      .get('UPDATE tenants SET policy_json = ? WHERE id = ?')
      .run(JSON.stringify(tenant.policy), tenant.id);
    this.appendAudit([audit]);
  }

  insertCredential(credential: CredentialRecord, audit: AuditDraft): void {
    this.sql
      .get(
        'INSERT INTO credentials (id, tenant_id, secret_sha256, scopes, label, created_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      )
      .run(
        credential.id,
        credential.tenantId,
        blob(credential.secretSha256),
        credential.scopes.join(' '),
        credential.label,
        credential.createdAt,
        credential.revokedAt,
      );
    this.appendAudit([audit]);
  }

  revokeCredential(tenantId: string, credentialId: string, at: string, audit: AuditDraft): boolean {
    const result = this.sql
      .get(
        'UPDATE credentials SET revoked_at = ? WHERE tenant_id = ? AND id = ? AND revoked_at IS NULL',
      )
      .run(at, tenantId, credentialId);
    if (result.changes === 0) return false;
    this.appendAudit([audit]);
    return true;
  }

  insertMessage(
    message: MessageRecord,
    deliveries: readonly DeliveryDraft[],
    event: EventDraft,
    audit: readonly AuditDraft[],
  ): 'inserted' | 'duplicate-key' {
    const row = messageBlobs(messageToRow(message));
    const inserted = this.sql.get(INSERT_MESSAGE).run(row);
    if (inserted.changes === 0) return 'duplicate-key';
    this.insertDeliveries(message.tenantId, message.id, message.createdAt, deliveries);
    this.insertEvent(message.tenantId, event);
    this.appendAudit(audit);
    return 'inserted';
  }

  /** False when the message is not in one of `transition.from`. */
  transitionMessage(
    tenantId: string,
    messageId: string,
    transition: MessageTransition,
    event: EventDraft,
    audit: readonly AuditDraft[],
  ): boolean {
    const placeholders = transition.from.map(() => '?').join(', ');
    // Shredding destroys the data key, the ciphertext and the request MAC made with the key.
    const shred = transition.shred
      ? ', kek_id = NULL, wrapped_key = NULL, content = NULL, request_mac = NULL, shredded_at = ?'
      : '';
    const result = this.sql
      .get(
        `UPDATE messages SET status = ?, updated_at = ?${shred}
         WHERE tenant_id = ? AND id = ? AND status IN (${placeholders})`,
      )
      .run(
        transition.to,
        transition.at,
        ...(transition.shred ? [transition.at] : []),
        tenantId,
        messageId,
        ...transition.from,
      );
    if (result.changes === 0) return false;
    if (transition.shred) this.shredRecipientData(tenantId, messageId, transition.at);
    this.insertEvent(tenantId, event);
    this.appendAudit(audit);
    return true;
  }

  rewrapKeys(updates: readonly KeyUpdate[], audit: readonly AuditDraft[]): void {
    const update = this.sql.get(
      'UPDATE messages SET kek_id = ?, wrapped_key = ? WHERE tenant_id = ? AND id = ? AND wrapped_key IS NOT NULL',
    );
    for (const u of updates) update.run(u.kekId, blob(u.wrappedKey), u.tenantId, u.messageId);
    this.appendAudit(audit);
  }
}

/** The operations the writer thread accepts by name. */
export const WRITE_NAMES = [
  'createTenant',
  'updateTenantPolicy',
  'insertCredential',
  'revokeCredential',
  'insertMessage',
  'transitionMessage',
  'rewrapKeys',
  'appendAudit',
  'claimDeliveries',
  'settleDelivery',
  'recordProbe',
  'forgetProbe',
  'issueCode',
  'checkCode',
  'startSession',
  'touchSession',
  'endSession',
  'insertReply',
] as const satisfies readonly (keyof SqliteWrites)[];

export type WriteName = (typeof WRITE_NAMES)[number];
export type WriteArgs<N extends WriteName> = Parameters<SqliteWrites[N]>;
export type WriteResult<N extends WriteName> = ReturnType<SqliteWrites[N]>;

const MESSAGE_COLUMNS: readonly (keyof MessageRow)[] = [
  'tenant_id',
  'id',
  'idempotency_key',
  'request_mac',
  'status',
  'sender_user_id',
  'created_at',
  'updated_at',
  'expires_at',
  'recipient_count',
  'attachment_count',
  'reference_json',
  'findings_json',
  'options_json',
  'kek_id',
  'wrapped_key',
  'content',
  'shredded_at',
];

const INSERT_MESSAGE = `INSERT INTO messages (${MESSAGE_COLUMNS.join(', ')})
  VALUES (${MESSAGE_COLUMNS.map((c) => '@' + c).join(', ')})
  ON CONFLICT (tenant_id, idempotency_key) DO NOTHING`;

function messageBlobs(row: MessageRow): MessageRow {
  return {
    ...row,
    request_mac: blob(row.request_mac),
    wrapped_key: blob(row.wrapped_key),
    content: blob(row.content),
  };
}
