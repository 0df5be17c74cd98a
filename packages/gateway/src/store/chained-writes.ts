/**
 * What every write shares: the audit chain and the event feed. A subclass's operation records
 * its change, its events and its audit entries in the one savepoint the writer gives it.
 */
import { GENESIS_HASH, auditHash } from '../audit/chain.ts';
import type { AuditDraft, EventDraft } from './records.ts';
import type { StatementCache } from './statements.ts';

export class ChainedWrites {
  constructor(protected readonly sql: StatementCache) {}

  appendAudit(entries: readonly AuditDraft[]): void {
    const insert = this.sql.get(
      'INSERT INTO audit (seq, tenant_id, at, action, actor_type, actor_id, message_id, details_json, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const moveHead = this.sql.get(
      'INSERT INTO audit_heads (tenant_id, seq, hash) VALUES (?, ?, ?) ON CONFLICT (tenant_id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash',
    );
    const head = this.sql.get<[string], { hash: string }>(
      'SELECT hash FROM audit_heads WHERE tenant_id = ?',
    );
    // The sequence number is part of the hash, so it is chosen before the insert.
    const lastSeq = this.sql.get<[], { seq: number }>(
      "SELECT seq FROM sqlite_sequence WHERE name = 'audit'",
    );
    for (const entry of entries) {
      const previousHash = head.get(entry.tenantId)?.hash ?? GENESIS_HASH;
      const seq = (lastSeq.get()?.seq ?? 0) + 1;
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

  protected insertEvent(tenantId: string, event: EventDraft): void {
    this.sql
      .get(
        'INSERT INTO events (tenant_id, message_id, type, status, occurred_at, reply_id, case_id, recipient_index, delivery_method, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(
        tenantId,
        event.messageId,
        event.type,
        event.status,
        event.occurredAt,
        event.replyId ?? null,
        event.caseId ?? null,
        event.recipientIndex ?? null,
        event.deliveryMethod ?? null,
        event.reason ?? null,
      );
  }
}

/** A Buffer sent to another thread arrives as a plain Uint8Array; SQLite binds Buffers as BLOBs. */
export function blob(bytes: Uint8Array): Buffer;
export function blob(bytes: Uint8Array | null): Buffer | null;
export function blob(bytes: Uint8Array | null): Buffer | null {
  if (bytes === null || Buffer.isBuffer(bytes)) return bytes;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
