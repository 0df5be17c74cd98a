/**
 * A message's content, sealed: everything a person wrote or is addressed by goes into one JSON
 * document encrypted with the message's own data key, which the tenant's KEK wraps. Destroying
 * the wrapped key (crypto-shredding) makes the content unreadable even from backups.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { canonicalJson } from '../audit/chain.ts';
import { KEY_BYTES, open, seal } from '../crypto/aead.ts';
import { type KeyRing, type WrappedKey, withDataKey } from '../crypto/keyring.ts';
import type { MessageRecord } from '../store/records.ts';

export interface AttachmentPayload {
  readonly fileName: string;
  readonly contentType: string;
  readonly size: number;
  readonly contentBase64: string;
}

export interface ContentPayload {
  readonly sender: { userId: string; name: string; email: string };
  readonly recipients: readonly { email: string; name?: string }[];
  readonly subject: string;
  readonly body: string;
  readonly attachments: readonly AttachmentPayload[];
  readonly policyOverrideReason?: string;
}

export interface SealedContent {
  readonly key: WrappedKey;
  readonly content: Buffer;
  /** HMAC of the original request under the data key: recognises an identical retry. */
  readonly requestMac: Buffer;
}

export function sealContent(
  keyRing: KeyRing,
  tenantId: string,
  messageId: string,
  payload: ContentPayload,
  request: unknown,
): SealedContent {
  const dataKey = randomBytes(KEY_BYTES);
  try {
    return {
      key: keyRing.wrap(tenantId, dataKey, messageId),
      content: seal(
        dataKey,
        Buffer.from(JSON.stringify(payload), 'utf8'),
        context(tenantId, messageId),
      ),
      requestMac: requestMac(dataKey, request),
    };
  } finally {
    dataKey.fill(0);
  }
}

export function openContent(
  keyRing: KeyRing,
  tenantId: string,
  messageId: string,
  key: WrappedKey,
  content: Buffer,
): ContentPayload {
  return withDataKey(
    keyRing,
    tenantId,
    key,
    messageId,
    (dataKey) =>
      JSON.parse(
        open(dataKey, content, context(tenantId, messageId)).toString('utf8'),
      ) as ContentPayload,
  );
}

/** True when `request` is the request the message was created from. */
export function isSameRequest(
  keyRing: KeyRing,
  tenantId: string,
  messageId: string,
  key: WrappedKey,
  storedMac: Buffer,
  request: unknown,
): boolean {
  return withDataKey(keyRing, tenantId, key, messageId, (dataKey) =>
    requestMac(dataKey, request).equals(storedMac),
  );
}

function requestMac(dataKey: Buffer, request: unknown): Buffer {
  return createHmac('sha256', dataKey).update(canonicalJson(request)).digest();
}

function context(tenantId: string, messageId: string): string {
  return `content|${tenantId}|${messageId}`;
}

/** A message whose data key and content still exist: what every reader of it needs. */
export interface SealedMessage {
  readonly tenantId: string;
  readonly messageId: string;
  readonly key: WrappedKey;
  readonly content: Buffer;
}

/** The message's sealed parts, or undefined once it was crypto-shredded. */
export function sealedOf(message: MessageRecord): SealedMessage | undefined {
  if (message.kekId === null || message.wrappedKey === null || message.content === null) {
    return undefined;
  }
  return {
    tenantId: message.tenantId,
    messageId: message.id,
    key: { kekId: message.kekId, wrapped: message.wrappedKey },
    content: message.content,
  };
}

export function openMessage(keyRing: KeyRing, sealed: SealedMessage): ContentPayload {
  return openContent(keyRing, sealed.tenantId, sealed.messageId, sealed.key, sealed.content);
}
