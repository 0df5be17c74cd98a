/**
 * AES-256-GCM with a random 96-bit nonce, as one self-describing blob:
 * version (1 byte) | nonce (12) | tag (16) | ciphertext. The associated data binds a blob to
 * where it belongs (tenant, message), so a blob copied onto another row fails to open.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const VERSION = 1;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = 1 + NONCE_BYTES + TAG_BYTES;
export const KEY_BYTES = 32;

export function seal(key: Buffer, plaintext: Buffer, associatedData: string): Buffer {
  assertKey(key);
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.from(associatedData, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([Buffer.of(VERSION), nonce, cipher.getAuthTag(), ciphertext]);
}

/** Throws `DecryptionError` when the blob was altered, or the key or associated data differ. */
export function open(key: Buffer, blob: Buffer, associatedData: string): Buffer {
  assertKey(key);
  if (blob.length < HEADER_BYTES || blob[0] !== VERSION) {
    throw new DecryptionError('ciphertext is truncated or of an unknown version');
  }
  const nonce = blob.subarray(1, 1 + NONCE_BYTES);
  const tag = blob.subarray(1 + NONCE_BYTES, HEADER_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, nonce);
  decipher.setAAD(Buffer.from(associatedData, 'utf8'));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(blob.subarray(HEADER_BYTES)), decipher.final()]);
  } catch {
    throw new DecryptionError('ciphertext failed authentication');
  }
}

export class DecryptionError extends Error {
  override readonly name = 'DecryptionError';
}

function assertKey(key: Buffer): void {
  if (key.length !== KEY_BYTES) throw new RangeError(`AES-256 keys are ${KEY_BYTES} bytes`);
}
