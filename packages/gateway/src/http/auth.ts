/**
 * Bearer authentication and scope checks. A failure says what is wrong with the credential
 * in general terms (missing, malformed, unknown or revoked) and never which part matched.
 */
import type { GatewayStore } from '../store/gateway-store.ts';
import type { CredentialRecord, Scope } from '../store/records.ts';
import { parseToken, secretMatches } from '../tenants/credentials.ts';
import { problems } from './problem.ts';

export async function authenticate(
  store: GatewayStore,
  authorization: string | undefined,
): Promise<CredentialRecord> {
  if (!authorization)
    throw problems.unauthenticated('Authorization: Bearer <credential> is required');
  const match = /^Bearer ([^\s]+)$/i.exec(authorization);
  const parts = match ? parseToken(match[1] as string) : undefined;
  if (!parts) throw problems.unauthenticated('the bearer credential is malformed');
  const credential = await store.findCredential(parts.credentialId);
  if (!credential || !secretMatches(credential, parts.secret)) {
    throw problems.unauthenticated('the bearer credential is not valid');
  }
  if (credential.revokedAt !== null)
    throw problems.unauthenticated('the bearer credential was revoked');
  return credential;
}

export function requireScope(credential: CredentialRecord, scope: string | undefined): void {
  if (scope !== undefined && !credential.scopes.includes(scope as Scope)) {
    throw problems.forbidden(`this operation needs a credential with scope "${scope}"`);
  }
}
