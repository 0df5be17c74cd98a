/** The embedded GatewayStore: SQLite through better-sqlite3, writes group-committed. */
import { GENESIS_HASH, auditHash } from '../audit/chain.ts';
import { type SqliteDatabase, openDatabase } from './database.ts';
import type { GatewayStore, MessageTransition } from './gateway-store.ts';
import { GroupCommitter } from './group-commit.ts';
import type {
  AuditDraft,
  AuditRecord,
  CredentialRecord,
  EventDraft,
  EventRecord,
  MessageRecord,
  TenantRecord,
} from './records.ts';
import {
  type AuditRow,
  type CredentialRow,
  type EventRow,
  type MessageRow,
  type TenantRow,
  auditFromRow,
  credentialFromRow,
  eventFromRow,
  messageFromRow,
  messageToRow,
  tenantFromRow,
} from './rows.ts';

export class SqliteStore implements GatewayStore {
  private readonly committer: GroupCommitter;

  private constructor(readonly db: SqliteDatabase) {
    this.committer = new GroupCommitter(db);
  }

  static open(file: string): SqliteStore {
    return new SqliteStore(openDatabase(file));
  }

  createTenant(tenant: TenantRecord): Promise<void> {
    return this.committer.write(() => {
      this.db
        .prepare('INSERT INTO tenants (id, name, created_at, policy_json) VALUES (?, ?, ?, ?)')
        .run(tenant.id, tenant.name, tenant.createdAt, JSON.stringify(tenant.policy));
    });
  }

  getTenant(tenantId: string): Promise<TenantRecord | undefined> {
    const row = this.db
      .prepare<[string], TenantRow>('SELECT * FROM tenants WHERE id = ?')
      .get(tenantId);
    return Promise.resolve(row && tenantFromRow(row));
  }

  listTenants(): Promise<TenantRecord[]> {
    const rows = this.db.prepare<[], TenantRow>('SELECT * FROM tenants ORDER BY id').all();
    return Promise.resolve(rows.map(tenantFromRow));
  }

  updateTenantPolicy(tenant: TenantRecord): Promise<void> {
    return this.committer.write(() => {
      this.db
        .prepare('UPDATE tenants SET policy_json = ? WHERE id = ?')
        .run(JSON.stringify(tenant.policy), tenant.id);
    });
  }

  insertCredential(credential: CredentialRecord, audit: AuditDraft): Promise<void> {
    return this.committer.write(() => {
      this.db
        .prepare(
          'INSERT INTO credentials (id, tenant_id, secret_sha256, scopes, label, created_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
        )
        .run(
          credential.id,
          credential.tenantId,
          credential.secretSha256,
          credential.scopes.join(' '),
          credential.label,
          credential.createdAt,
          credential.revokedAt,
        );
      this.appendAuditNow([audit]);
    });
  }

  findCredential(credentialId: string): Promise<CredentialRecord | undefined> {
    const row = this.db
      .prepare<[string], CredentialRow>('SELECT * FROM credentials WHERE id = ?')
      .get(credentialId);
    return Promise.resolve(row && credentialFromRow(row));
  }

  listCredentials(tenantId: string): Promise<CredentialRecord[]> {
    const rows = this.db
      .prepare<[string], CredentialRow>(
        'SELECT * FROM credentials WHERE tenant_id = ? ORDER BY created_at, id',
      )
      .all(tenantId);
    return Promise.resolve(rows.map(credentialFromRow));
  }

  revokeCredential(
    tenantId: string,
    credentialId: string,
    at: string,
    audit: AuditDraft,
  ): Promise<boolean> {
    return this.committer.write(() => {
      const result = this.db
        .prepare(
          'UPDATE credentials SET revoked_at = ? WHERE tenant_id = ? AND id = ? AND revoked_at IS NULL',
        )
        .run(at, tenantId, credentialId);
      if (result.changes === 0) return false;
      this.appendAuditNow([audit]);
      return true;
    });
  }

  insertMessage(
    message: MessageRecord,
    event: EventDraft,
    audit: readonly AuditDraft[],
  ): Promise<'inserted' | 'duplicate-key'> {
    return this.committer.write(() => {
      const row = messageToRow(message);
      const inserted = this.db
        .prepare(
          `INSERT INTO messages (${MESSAGE_COLUMNS.join(', ')}) VALUES (${MESSAGE_COLUMNS.map((c) => '@' + c).join(', ')})
           ON CONFLICT (tenant_id, idempotency_key) DO NOTHING`,
        )
        .run(row);
      if (inserted.changes === 0) return 'duplicate-key' as const;
      this.insertEventNow(message.tenantId, event);
      this.appendAuditNow(audit);
      return 'inserted' as const;
    });
  }

  findMessage(tenantId: string, messageId: string): Promise<MessageRecord | undefined> {
    return Promise.resolve(this.messageWhere('id', tenantId, messageId));
  }

  findMessageByIdempotencyKey(tenantId: string, key: string): Promise<MessageRecord | undefined> {
    return Promise.resolve(this.messageWhere('idempotency_key', tenantId, key));
  }

  transitionMessage(
    tenantId: string,
    messageId: string,
    transition: MessageTransition,
    event: EventDraft,
    audit: readonly AuditDraft[],
  ): Promise<MessageRecord | undefined> {
    return this.committer.write(() => {
      const placeholders = transition.from.map(() => '?').join(', ');
      // Shredding destroys the data key, the ciphertext and the request MAC made with the key.
      const shred = transition.shred
        ? ', kek_id = NULL, wrapped_key = NULL, content = NULL, request_mac = NULL, shredded_at = ?'
        : '';
      const result = this.db
        .prepare(
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
      if (result.changes === 0) return undefined;
      this.insertEventNow(tenantId, event);
      this.appendAuditNow(audit);
      return this.messageWhere('id', tenantId, messageId);
    });
  }

  findExpiredMessages(now: string, limit: number): Promise<MessageRecord[]> {
    const rows = this.db
      .prepare<[string, number], MessageRow>(
        'SELECT * FROM messages WHERE wrapped_key IS NOT NULL AND expires_at <= ? ORDER BY expires_at LIMIT ?',
      )
      .all(now, limit);
    return Promise.resolve(rows.map(messageFromRow));
  }

  findMessagesByKek(excludeKekId: string, limit: number): Promise<MessageRecord[]> {
    const rows = this.db
      .prepare<[string, number], MessageRow>(
        'SELECT * FROM messages WHERE wrapped_key IS NOT NULL AND kek_id <> ? LIMIT ?',
      )
      .all(excludeKekId, limit);
    return Promise.resolve(rows.map(messageFromRow));
  }

  rewrapKeys(
    updates: readonly { tenantId: string; messageId: string; kekId: string; wrappedKey: Buffer }[],
    audit: readonly AuditDraft[],
  ): Promise<void> {
    return this.committer.write(() => {
      const update = this.db.prepare(
        'UPDATE messages SET kek_id = ?, wrapped_key = ? WHERE tenant_id = ? AND id = ? AND wrapped_key IS NOT NULL',
      );
      for (const u of updates) update.run(u.kekId, u.wrappedKey, u.tenantId, u.messageId);
      this.appendAuditNow(audit);
    });
  }

  appendAudit(entries: readonly AuditDraft[]): Promise<void> {
    return this.committer.write(() => this.appendAuditNow(entries));
  }

  listEvents(tenantId: string, afterSeq: number, limit: number): Promise<EventRecord[]> {
    const rows = this.db
      .prepare<[string, number, number], EventRow>(
        'SELECT * FROM events WHERE tenant_id = ? AND seq > ? ORDER BY seq LIMIT ?',
      )
      .all(tenantId, afterSeq, limit);
    return Promise.resolve(rows.map(eventFromRow));
  }

  listAudit(tenantId: string, afterSeq: number, limit: number): Promise<AuditRecord[]> {
    const rows = this.db
      .prepare<[string, number, number], AuditRow>(
        'SELECT * FROM audit WHERE tenant_id = ? AND seq > ? ORDER BY seq LIMIT ?',
      )
      .all(tenantId, afterSeq, limit);
    return Promise.resolve(rows.map(auditFromRow));
  }

  auditHead(tenantId: string): Promise<{ seq: number; hash: string } | undefined> {
    return Promise.resolve(this.headNow(tenantId));
  }

  close(): Promise<void> {
    this.committer.flush();
    this.db.close();
    return Promise.resolve();
  }

  /** The tenant's message whose `column` (a unique key within the tenant) equals `value`. */
  private messageWhere(
    column: 'id' | 'idempotency_key',
    tenantId: string,
    value: string,
  ): MessageRecord | undefined {
    const row = this.db
      .prepare<[string, string], MessageRow>(
        `SELECT * FROM messages WHERE tenant_id = ? AND ${column} = ?`,
      )
      .get(tenantId, value);
    return row && messageFromRow(row);
  }

  private insertEventNow(tenantId: string, event: EventDraft): void {
    this.db
      .prepare(
        'INSERT INTO events (tenant_id, message_id, type, status, occurred_at, reply_id, case_id) VALUES (?, ?, ?, ?, ?, ?, ?)',
      )
      .run(
        tenantId,
        event.messageId,
        event.type,
        event.status,
        event.occurredAt,
        event.replyId ?? null,
        event.caseId ?? null,
      );
  }

  /** Must run inside a write: the chain head is read and moved in the same transaction. */
  private appendAuditNow(entries: readonly AuditDraft[]): void {
    const insert = this.db.prepare(
      'INSERT INTO audit (seq, tenant_id, at, action, actor_type, actor_id, message_id, details_json, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const moveHead = this.db.prepare(
      'INSERT INTO audit_heads (tenant_id, seq, hash) VALUES (?, ?, ?) ON CONFLICT (tenant_id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash',
    );
    for (const entry of entries) {
      const previousHash = this.headNow(entry.tenantId)?.hash ?? GENESIS_HASH;
      const seq = this.nextAuditSeq();
      const hash = auditHash(entry, seq, previousHash);
      insert.run(
        seq,
        entry.tenantId,
        entry.at,
        entry.action,
        entry.actorType,
        entry.actorId,
        entry.messageId ?? null,
        JSON.stringify(entry.details),
        previousHash,
        hash,
      );
      moveHead.run(entry.tenantId, seq, hash);
    }
  }

  private headNow(tenantId: string): { seq: number; hash: string } | undefined {
    return this.db
      .prepare<[string], { seq: number; hash: string }>(
        'SELECT seq, hash FROM audit_heads WHERE tenant_id = ?',
      )
      .get(tenantId);
  }

  /** The sequence number is part of the hash, so it is chosen before the insert. */
  private nextAuditSeq(): number {
    const row = this.db
      .prepare<[], { seq: number | null }>("SELECT seq FROM sqlite_sequence WHERE name = 'audit'")
      .get();
    return (row?.seq ?? 0) + 1;
  }
}

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
