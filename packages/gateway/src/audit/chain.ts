/**
 * The audit hash chain. Each entry's hash commits to the previous entry's hash and to every
 * field of its own, so editing, reordering or deleting an entry breaks every hash after it;
 * the stored chain head catches a deleted tail.
 */
import { createHash } from 'node:crypto';
import type { AuditDraft, AuditRecord } from '../store/records.ts';

export const GENESIS_HASH = '0'.repeat(64);

export function auditHash(entry: AuditDraft, seq: number, previousHash: string): string {
  const canonical = canonicalJson([
    previousHash,
    seq,
    entry.tenantId,
    entry.at,
    entry.action,
    entry.actorType,
    entry.actorId,
    entry.messageId ?? null,
    entry.details,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

/** JSON with object keys sorted at every level: the same value always hashes the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : inner,
  );
}

export interface ChainProblem {
  readonly tenantId: string;
  readonly seq: number;
  readonly problem: string;
}

/**
 * Checks one tenant's entries (oldest first) against each other and against the stored head.
 * Returns every problem found, not just the first, so an auditor sees the extent of a change.
 */
export function verifyChain(
  tenantId: string,
  entries: readonly AuditRecord[],
  head: { seq: number; hash: string } | undefined,
): ChainProblem[] {
  const problems: ChainProblem[] = [];
  let previousHash = GENESIS_HASH;
  let previousSeq = 0;
  for (const entry of entries) {
    if (entry.seq <= previousSeq) {
      problems.push({ tenantId, seq: entry.seq, problem: 'entries are out of order' });
    }
    if (entry.previousHash !== previousHash) {
      problems.push({
        tenantId,
        seq: entry.seq,
        problem: 'does not follow the entry before it (an entry before it was deleted or edited)',
      });
    }
    if (auditHash(entry, entry.seq, entry.previousHash) !== entry.hash) {
      problems.push({
        tenantId,
        seq: entry.seq,
        problem: 'its content does not match its hash (edited)',
      });
    }
    previousHash = entry.hash;
    previousSeq = entry.seq;
  }
  const last = entries[entries.length - 1];
  if (head && (!last || last.seq !== head.seq || last.hash !== head.hash)) {
    problems.push({
      tenantId,
      seq: head.seq,
      problem: 'the chain ends before its recorded head (entries at the end were deleted)',
    });
  }
  if (!head && last) {
    problems.push({ tenantId, seq: last.seq, problem: 'the chain has no recorded head' });
  }
  return problems;
}
