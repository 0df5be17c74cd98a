/**
 * A recipient's reply, sealed with AES-256-GCM under its thread's data key with its own
 * context, so it cannot be swapped for another reply or message. Rotation re-wraps it with the
 * message's key; revoking or expiring the message destroys it too.
 */
import { open, seal } from '../crypto/aead.ts';
import { type KeyRing, type WrappedKey, withDataKey } from '../crypto/keyring.ts';
import type { AttachmentPayload } from './sealed-content.ts';

export interface ReplyPayload {
  /** The verified recipient's address. */
  readonly from: string;
  readonly body: string;
  readonly attachments: readonly AttachmentPayload[];
}

interface Thread {
  readonly tenantId: string;
  readonly messageId: string;
  readonly key: WrappedKey;
}

export function sealReply(
  keyRing: KeyRing,
  thread: Thread,
  replyId: string,
  reply: ReplyPayload,
): Buffer {
  return withDataKey(keyRing, thread.tenantId, thread.key, thread.messageId, (dataKey) =>
    seal(dataKey, Buffer.from(JSON.stringify(reply), 'utf8'), context(thread, replyId)),
  );
}

export function openReply(
  keyRing: KeyRing,
  thread: Thread,
  replyId: string,
  sealed: Buffer,
): ReplyPayload {
  return withDataKey(
    keyRing,
    thread.tenantId,
    thread.key,
    thread.messageId,
    (dataKey) =>
      JSON.parse(open(dataKey, sealed, context(thread, replyId)).toString('utf8')) as ReplyPayload,
  );
}

function context(thread: Thread, replyId: string): string {
  return `reply|${thread.tenantId}|${thread.messageId}|${replyId}`;
}
