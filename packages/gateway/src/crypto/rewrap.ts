/**
 * Key rotation: every live data key wrapped by an older KEK version is unwrapped and wrapped
 * again with the active one. Ciphertext is never touched, so rotation costs one small AES-GCM
 * operation per message, not a re-encryption of content. Idempotent and resumable: a crash
 * part-way leaves some keys on the old version, and the next run picks them up.
 */
import type { GatewayStore } from '../store/gateway-store.ts';
import { type KeyRing, withDataKey } from './keyring.ts';

export async function rewrapDataKeys(
  store: GatewayStore,
  keyRing: KeyRing,
  now: Date,
  batchSize = 500,
): Promise<number> {
  let rewrapped = 0;
  for (;;) {
    const batch = await store.findMessagesByKek(keyRing.activeKekId, batchSize);
    if (batch.length === 0) return rewrapped;
    const updates = batch.flatMap((message) => {
      if (message.kekId === null || message.wrappedKey === null) return [];
      const old = { kekId: message.kekId, wrapped: message.wrappedKey };
      const next = withDataKey(keyRing, message.tenantId, old, message.id, (dataKey) =>
        keyRing.wrap(message.tenantId, dataKey, message.id),
      );
      return [
        {
          tenantId: message.tenantId,
          messageId: message.id,
          kekId: next.kekId,
          wrappedKey: next.wrapped,
        },
      ];
    });
    const perTenant = new Map<string, number>();
    for (const u of updates) perTenant.set(u.tenantId, (perTenant.get(u.tenantId) ?? 0) + 1);
    await store.rewrapKeys(
      updates,
      [...perTenant].map(([tenantId, count]) => ({
        tenantId,
        at: now.toISOString(),
        action: 'key.rotate',
        actorType: 'system' as const,
        actorId: 'key-rotation',
        details: { toKekId: keyRing.activeKekId, rewrapped: count },
      })),
    );
    rewrapped += updates.length;
  }
}
