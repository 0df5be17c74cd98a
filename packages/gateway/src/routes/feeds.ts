/**
 * Cursor pages over the event feed and the audit log. A cursor is the sequence number of the
 * last item seen; sequence numbers are assigned inside the write transaction, so a reader never
 * sees a later one before an earlier one commits, and polling from a cursor misses nothing.
 */
import type { GatewayStore } from '../store/gateway-store.ts';

interface PageQuery {
  after?: string;
  limit?: number;
}

export async function eventPage(store: GatewayStore, tenantId: string, query: PageQuery) {
  const { after, limit } = pageBounds(query);
  const rows = await store.listEvents(tenantId, after, limit + 1);
  const events = rows
    .slice(0, limit)
    .map(({ seq, ...event }) => ({ cursor: String(seq), ...event }));
  return {
    events,
    nextCursor: events.length > 0 ? (events[events.length - 1]?.cursor as string) : String(after),
    hasMore: rows.length > limit,
  };
}

export async function auditPage(store: GatewayStore, tenantId: string, query: PageQuery) {
  const { after, limit } = pageBounds(query);
  const rows = await store.listAudit(tenantId, after, limit + 1);
  // The tenant is implied by the credential, so entries leave it out.
  const entries = rows.slice(0, limit).map((row) => ({
    cursor: String(row.seq),
    at: row.at,
    action: row.action,
    actorType: row.actorType,
    actorId: row.actorId,
    ...(row.messageId ? { messageId: row.messageId } : {}),
    details: row.details,
    previousHash: row.previousHash,
    hash: row.hash,
  }));
  const head = await store.auditHead(tenantId);
  return {
    entries,
    nextCursor:
      entries.length > 0 ? (entries[entries.length - 1]?.cursor as string) : String(after),
    hasMore: rows.length > limit,
    head: { cursor: String(head?.seq ?? 0), hash: head?.hash ?? '0'.repeat(64) },
  };
}

function pageBounds(query: PageQuery): { after: number; limit: number } {
  return { after: Number(query.after ?? 0), limit: query.limit ?? 100 };
}
