/**
 * Status changes the org or the clock makes: revoke and expire. Both crypto-shred: the data
 * key and ciphertext are destroyed in the same transaction that records the event and audit.
 * queued -> delivered_tls | awaiting_pickup -> opened -> replied; any live state -> expired,
 * revoked; delivery -> failed (delivery itself is [C2]).
 */
import { Problem, problems } from '../http/problem.ts';
import type { GatewayStore } from '../store/gateway-store.ts';
import type { MessageRecord, MessageState } from '../store/records.ts';

/** States whose content still exists. */
export const LIVE_STATES: readonly MessageState[] = [
  'queued',
  'delivered_tls',
  'awaiting_pickup',
  'opened',
  'replied',
  'failed',
];

export async function revokeMessage(
  store: GatewayStore,
  tenantId: string,
  messageId: string,
  revokedBy: string,
  at: string,
): Promise<MessageRecord> {
  const current = await store.findMessage(tenantId, messageId);
  if (!current) throw problems.notFound('the message');
  if (current.status === 'revoked') return current;
  const revoked = await store.transitionMessage(
    tenantId,
    messageId,
    { from: LIVE_STATES, to: 'revoked', at, shred: true },
    statusEvent(current, 'revoked', at),
    [
      {
        tenantId,
        at,
        action: 'message.revoke',
        actorType: 'salesforce_user',
        actorId: revokedBy,
        messageId,
        details: { previousStatus: current.status },
      },
    ],
  );
  if (revoked) return revoked;
  const now = await store.findMessage(tenantId, messageId);
  if (now?.status === 'revoked') return now;
  throw new Problem(
    409,
    'not-revocable',
    'Conflict',
    `the message is ${now?.status ?? 'gone'} and can no longer be revoked`,
  );
}

/** Expires every message whose time has come; returns how many. Safe to run concurrently. */
export async function expireDueMessages(
  store: GatewayStore,
  now: Date,
  batch = 200,
): Promise<number> {
  const at = now.toISOString();
  let expired = 0;
  for (;;) {
    const due = await store.findExpiredMessages(at, batch);
    if (due.length === 0) return expired;
    const results = await Promise.all(
      due.map((message) =>
        store.transitionMessage(
          message.tenantId,
          message.id,
          { from: LIVE_STATES, to: 'expired', at, shred: true },
          statusEvent(message, 'expired', at),
          [
            {
              tenantId: message.tenantId,
              at,
              action: 'message.expire',
              actorType: 'system',
              actorId: 'expiry-sweeper',
              messageId: message.id,
              details: { previousStatus: message.status, expiresAt: message.expiresAt },
            },
          ],
        ),
      ),
    );
    const changed = results.filter(Boolean).length;
    expired += changed;
    // A message that is due but no longer live (revoked meanwhile) would loop forever.
    if (changed === 0) return expired;
  }
}

function statusEvent(message: MessageRecord, status: MessageState, at: string) {
  return {
    messageId: message.id,
    type: 'status_changed' as const,
    status,
    occurredAt: at,
    caseId: message.reference.caseId,
  };
}
