/**
 * The embedded GatewayStore: SQLite through better-sqlite3. Reads run on the calling thread's
 * own connection (WAL lets them proceed while a commit is in progress); every write goes to the
 * writer thread (write-thread.ts), which group-commits them.
 */
import { type SqliteDatabase, openDatabase } from './database.ts';
import type { DeliveryDraft } from './delivery-records.ts';
import type { GatewayStore, MessageTransition } from './gateway-store.ts';
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
  tenantFromRow,
} from './rows.ts';
import type { KeyUpdate } from './sqlite-writes.ts';
import { SqliteRecipientStore } from './sqlite-recipient-store.ts';
import { StatementCache } from './statements.ts';
import { WriterClient } from './writer-client.ts';

export class SqliteStore extends SqliteRecipientStore implements GatewayStore {
  private constructor(
    readonly db: SqliteDatabase,
    writer: WriterClient,
  ) {
    super(new StatementCache(db), writer);
  }

  /** Opens (and migrates) the database before the writer thread opens it too. */
  static open(file: string): SqliteStore {
    if (file === ':memory:' || file === '') {
      throw new Error('the SQLite store needs a database file: its writer thread opens it too');
    }
    return new SqliteStore(openDatabase(file), new WriterClient(file));
  }

  createTenant(tenant: TenantRecord): Promise<void> {
    return this.writer.write('createTenant', tenant);
  }

  getTenant(tenantId: string): Promise<TenantRecord | undefined> {
    const row = this.sql
      .get<[string], TenantRow>('SELECT * FROM tenants WHERE id = ?')
      .get(tenantId);
    return Promise.resolve(row && tenantFromRow(row));
  }

  listTenants(): Promise<TenantRecord[]> {
    const rows = this.sql.get<[], TenantRow>('SELECT * FROM tenants ORDER BY id').all();
    return Promise.resolve(rows.map(tenantFromRow));
  }

  updateTenantPolicy(tenant: TenantRecord, audit: AuditDraft): Promise<void> {
    return this.writer.write('updateTenantPolicy', tenant, audit);
  }

  insertCredential(credential: CredentialRecord, audit: AuditDraft): Promise<void> {
    return this.writer.write('insertCredential', credential, audit);
  }

  findCredential(credentialId: string): Promise<CredentialRecord | undefined> {
    const row = this.sql
      .get<[string], CredentialRow>('SELECT * FROM credentials WHERE id = ?')
      .get(credentialId);
    return Promise.resolve(row && credentialFromRow(row));
  }

  listCredentials(tenantId: string): Promise<CredentialRecord[]> {
    const rows = this.sql
      .get<[string], CredentialRow>(
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
    return this.writer.write('revokeCredential', tenantId, credentialId, at, audit);
  }

  insertMessage(
    message: MessageRecord,
    deliveries: readonly DeliveryDraft[],
    event: EventDraft,
    audit: readonly AuditDraft[],
  ): Promise<'inserted' | 'duplicate-key'> {
    return this.writer.write('insertMessage', message, deliveries, event, audit);
  }

  findMessage(tenantId: string, messageId: string): Promise<MessageRecord | undefined> {
    return Promise.resolve(this.messageWhere('id', tenantId, messageId));
  }

  findMessageByIdempotencyKey(tenantId: string, key: string): Promise<MessageRecord | undefined> {
    return Promise.resolve(this.messageWhere('idempotency_key', tenantId, key));
  }

  async transitionMessage(
    tenantId: string,
    messageId: string,
    transition: MessageTransition,
    event: EventDraft,
    audit: readonly AuditDraft[],
  ): Promise<MessageRecord | undefined> {
    const moved = await this.writer.write(
      'transitionMessage',
      tenantId,
      messageId,
      transition,
      event,
      audit,
    );
    // Committed before the writer answered, so this connection already sees it.
    return moved ? this.messageWhere('id', tenantId, messageId) : undefined;
  }

  findExpiredMessages(now: string, limit: number): Promise<MessageRecord[]> {
    const rows = this.sql
      .get<[string, number], MessageRow>(
        'SELECT * FROM messages WHERE wrapped_key IS NOT NULL AND expires_at <= ? ORDER BY expires_at LIMIT ?',
      )
      .all(now, limit);
    return Promise.resolve(rows.map(messageFromRow));
  }

  findMessagesByKek(excludeKekId: string, limit: number): Promise<MessageRecord[]> {
    const rows = this.sql
      .get<[string, number], MessageRow>(
        'SELECT * FROM messages WHERE wrapped_key IS NOT NULL AND kek_id <> ? LIMIT ?',
      )
      .all(excludeKekId, limit);
    return Promise.resolve(rows.map(messageFromRow));
  }

  rewrapKeys(updates: readonly KeyUpdate[], audit: readonly AuditDraft[]): Promise<void> {
    return this.writer.write('rewrapKeys', updates, audit);
  }

  appendAudit(entries: readonly AuditDraft[]): Promise<void> {
    return this.writer.write('appendAudit', entries);
  }

  listEvents(tenantId: string, afterSeq: number, limit: number): Promise<EventRecord[]> {
    const rows = this.sql
      .get<[string, number, number], EventRow>(
        'SELECT * FROM events WHERE tenant_id = ? AND seq > ? ORDER BY seq LIMIT ?',
      )
      .all(tenantId, afterSeq, limit);
    return Promise.resolve(rows.map(eventFromRow));
  }

  listAudit(tenantId: string, afterSeq: number, limit: number): Promise<AuditRecord[]> {
    const rows = this.sql
      .get<[string, number, number], AuditRow>(
        'SELECT * FROM audit WHERE tenant_id = ? AND seq > ? ORDER BY seq LIMIT ?',
      )
      .all(tenantId, afterSeq, limit);
    return Promise.resolve(rows.map(auditFromRow));
  }

  auditHead(tenantId: string): Promise<{ seq: number; hash: string } | undefined> {
    return Promise.resolve(
      this.sql
        .get<[string], { seq: number; hash: string }>(
          'SELECT seq, hash FROM audit_heads WHERE tenant_id = ?',
        )
        .get(tenantId),
    );
  }

  async close(): Promise<void> {
    await this.writer.close();
    this.db.close();
  }

  /** The tenant's message whose `column` (a unique key within the tenant) equals `value`. */
  private messageWhere(
    column: 'id' | 'idempotency_key',
    tenantId: string,
    value: string,
  ): MessageRecord | undefined {
    const row = this.sql
      .get<[string, string], MessageRow>(
        `SELECT * FROM messages WHERE tenant_id = ? AND ${column} = ?`,
      )
      .get(tenantId, value);
    return row && messageFromRow(row);
  }
}
