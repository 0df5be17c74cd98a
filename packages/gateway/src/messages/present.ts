/** Records as the API shows them (the contract's MessageStatus): metadata only. */
import type { DeliveryRecord } from '../store/delivery-records.ts';
import type { MessageRecord } from '../store/records.ts';

export function presentStatus(message: MessageRecord, deliveries?: readonly DeliveryRecord[]) {
  return {
    id: message.id,
    status: message.status,
    createdAt: message.createdAt,
    updatedAt: message.updatedAt,
    expiresAt: message.expiresAt,
    senderUserId: message.senderUserId,
    recipientCount: message.recipientCount,
    attachmentCount: message.attachmentCount,
    reference: message.reference,
    findings: message.findings,
    contentAvailable: message.wrappedKey !== null,
    ...(deliveries ? { recipients: deliveries.map(presentDelivery) } : {}),
  };
}

function presentDelivery(d: DeliveryRecord) {
  return {
    index: d.recipientIndex,
    delivery: d.state,
    ...(d.method ? { method: d.method } : {}),
    attempts: d.attempts,
    ...(d.state === 'pending' && d.nextAttemptAt ? { nextAttemptAt: d.nextAttemptAt } : {}),
    ...(d.lastError ? { lastError: d.lastError } : {}),
    ...(d.deliveredAt ? { deliveredAt: d.deliveredAt } : {}),
    ...(d.openedAt ? { openedAt: d.openedAt } : {}),
    ...(d.repliedAt ? { repliedAt: d.repliedAt } : {}),
    locked: d.lockedAt !== null,
  };
}
