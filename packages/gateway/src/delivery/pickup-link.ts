/**
 * Pickup links. A recipient's link token is an HMAC under the message's data key, so it is
 * never stored: the store keeps only its SHA-256 (to find the row), any sender attempt can
 * rebuild the same link, and once the key is shredded no one can mint it again.
 */
import { createHash, createHmac } from 'node:crypto';
import { type KeyRing, type WrappedKey, withDataKey } from '../crypto/keyring.ts';
import type { SealedMessage } from '../messages/sealed-content.ts';
import type { DeliveryDraft } from '../store/delivery-records.ts';

/** 43 characters of base64url: 256 bits, nothing else in the URL. */
export const LINK_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function linkToken(dataKey: Buffer, messageId: string, recipientIndex: number): string {
  return createHmac('sha256', dataKey)
    .update(`pickup-link|${messageId}|${recipientIndex}`)
    .digest('base64url');
}

export function linkSha256(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

export function normalizedAddress(email: string): string {
  return email.trim().toLowerCase();
}

export function addressMac(keyRing: KeyRing, email: string): Buffer {
  return keyRing.lookupMac('address', normalizedAddress(email));
}

/** One queue row per recipient, made when the message is created. */
export function deliveryDrafts(
  keyRing: KeyRing,
  tenantId: string,
  messageId: string,
  key: WrappedKey,
  recipients: readonly { email: string }[],
): DeliveryDraft[] {
  return withDataKey(keyRing, tenantId, key, messageId, (dataKey) =>
    recipients.map((recipient, index) => ({
      recipientIndex: index,
      linkSha256: linkSha256(linkToken(dataKey, messageId, index)),
      addressMac: addressMac(keyRing, recipient.email),
    })),
  );
}

/** The link of a message's recipient, rebuilt for a (re)send. */
export function pickupUrl(
  publicUrl: string,
  keyRing: KeyRing,
  sealed: SealedMessage,
  recipientIndex: number,
): string {
  const { tenantId, messageId, key } = sealed;
  const token = withDataKey(keyRing, tenantId, key, messageId, (dataKey) =>
    linkToken(dataKey, messageId, recipientIndex),
  );
  return `${publicUrl}/p/${token}`;
}
