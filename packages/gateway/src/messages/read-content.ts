/**
 * GET /v1/messages/{id}/content: an audited, on-demand decrypt for a named Salesforce user.
 * The audit entry is committed before the content is returned: no read goes unrecorded.
 */
import type { KeyRing } from '../crypto/keyring.ts';
import { problems } from '../http/problem.ts';
import type { GatewayStore } from '../store/gateway-store.ts';
import type { CredentialRecord } from '../store/records.ts';
import { openContent } from './sealed-content.ts';
import { openReply } from './sealed-reply.ts';

export async function readContent(
  deps: { store: GatewayStore; keyRing: KeyRing; clock: () => Date },
  credential: CredentialRecord,
  messageId: string,
  actingUser: string,
) {
  const message = await deps.store.findMessage(credential.tenantId, messageId);
  if (!message) throw problems.notFound('the message');
  if (message.kekId === null || message.wrappedKey === null || message.content === null) {
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
  const key = { kekId: message.kekId, wrapped: message.wrappedKey };
  const payload = openContent(deps.keyRing, credential.tenantId, messageId, key, message.content);
  const thread = { tenantId: credential.tenantId, messageId, key };
  const replies = (await deps.store.listReplies(credential.tenantId, messageId))
    .filter((r) => r.content !== null)
    .map((r) => {
      const reply = openReply(deps.keyRing, thread, r.id, r.content!);
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
