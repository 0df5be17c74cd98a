/** Records as the API shows them (the contract's MessageStatus): metadata only. */
import type { MessageRecord } from '../store/records.ts';

export function presentStatus(message: MessageRecord) {
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
  };
}
