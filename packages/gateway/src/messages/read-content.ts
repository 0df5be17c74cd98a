/**
 * GET /v1/messages/{id}/content: an audited, on-demand decrypt for a named Salesforce user.
 * The audit entry is committed before the content is returned: no read goes unrecorded.
 */
import type { KeyRing } from '../crypto/keyring.ts';
import { problems } from '../http/problem.ts';
import type { GatewayStore } from '../store/gateway-store.ts';
import type { CredentialRecord } from '../store/records.ts';
import { openMessage, sealedOf } from './sealed-content.ts';
import { openReply } from './sealed-reply.ts';

export async function readContent(
  deps: { store: GatewayStore; keyRing: KeyRing; clock: () => Date },
  credential: CredentialRecord,
  messageId: string,
  actingUser: string,
) {
  const message = await deps.store.findMessage(credential.tenantId, messageId);
  if (!message) throw problems.notFound('the message');
  const sealed = sealedOf(message);
  if (!sealed) {
    throw problems.gone(`the message was ${message.status}; its content was destroyed`);
  }
  await deps.store.appendAudit([
    {
      tenantId: credential.tenantId,
      at: deps.clock().toISOString(),
      action: 'message.content_read',
      actorType: 'salesforce_user',
      actorId: actingUser,
      messageId,
      details: { credentialId: credential.id },
    },
  ]);
  const payload = openMessage(deps.keyRing, sealed);
  const replies = (await deps.store.listReplies(credential.tenantId, messageId))
    .filter((r) => r.content !== null)
    .map((r) => {
      const reply = openReply(deps.keyRing, sealed, r.id, r.content!);
      return {
        id: r.id,
        from: reply.from,
        receivedAt: r.receivedAt,
        body: reply.body,
        attachments: reply.attachments,
      };
    });
  return {
    id: message.id,
    sender: payload.sender,
    recipients: payload.recipients,
    subject: payload.subject,
    body: payload.body,
    attachments: payload.attachments,
    replies,
  };
}
