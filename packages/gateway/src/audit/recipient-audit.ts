/** An audit entry for something a recipient did; they are named by position, never by address. */
import type { DeliveryKey } from '../store/delivery-records.ts';
import type { AuditDraft } from '../store/records.ts';

export function recipientAudit(
  key: DeliveryKey,
  at: string,
  action: string,
  details: Record<string, unknown> = {},
): AuditDraft {
  return {
    tenantId: key.tenantId,
    at,
    action,
    actorType: 'recipient',
    actorId: `recipient:${key.recipientIndex}`,
    messageId: key.messageId,
    details: { recipientIndex: key.recipientIndex, ...details },
  };
}
