/**
 * API credentials: `ssk_<id>_<secret>`. The id names the credential (and so its tenant); the
 * 256-bit random secret is stored only as its SHA-256 (a slow hash adds nothing for a secret
 * nobody chose) and compared in constant time. A tenant may hold any number of active
 * credentials, so a new one can be deployed before the old one is revoked.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { CredentialRecord, Scope } from '../store/records.ts';

const TOKEN = /^ssk_(cred_[0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

export interface IssuedCredential {
  readonly record: CredentialRecord;
  /** Shown once, never stored. */
  readonly token: string;
}

export function issueCredential(
  tenantId: string,
  scopes: readonly Scope[],
  label: string,
  now: string,
): IssuedCredential {
  const id = `cred_${randomBytes(8).toString('hex')}`;
  const secret = randomBytes(32).toString('base64url');
  return {
    record: {
      id,
      tenantId,
      secretSha256: sha256(secret),
      scopes: [...scopes],
      label,
      createdAt: now,
      revokedAt: null,
    },
    token: `ssk_${id}_${secret}`,
  };
}

/** The parts of a well-formed token, or undefined. */
export function parseToken(token: string): { credentialId: string; secret: string } | undefined {
  const match = TOKEN.exec(token);
  return match ? { credentialId: match[1] as string, secret: match[2] as string } : undefined;
}

export function secretMatches(record: CredentialRecord, secret: string): boolean {
  return timingSafeEqual(record.secretSha256, sha256(secret));
}

function sha256(secret: string): Buffer {
  return createHash('sha256').update(secret, 'utf8').digest();
}
