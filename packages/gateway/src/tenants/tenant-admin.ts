/** Creating tenants and managing their credentials: used by the CLI and first-run setup. */
import { DEFAULT_POLICY, type TenantPolicy } from '../policy/tenant-policy.ts';
import type { GatewayStore } from '../store/gateway-store.ts';
import { SCOPES, type Scope } from '../store/records.ts';
import { type IssuedCredential, issueCredential } from './credentials.ts';

const ORG_ID = /^00D[a-zA-Z0-9]{12}(?:[a-zA-Z0-9]{3})?$/;

export async function createTenant(
  store: GatewayStore,
  orgId: string,
  name: string,
  now: Date,
  policy: TenantPolicy = DEFAULT_POLICY,
): Promise<void> {
  if (!ORG_ID.test(orgId)) {
    throw new Error(`tenant id must be a Salesforce org id (15 or 18 characters starting 00D)`);
  }
  if (!name.trim()) throw new Error('tenant name must not be empty');
  if (await store.getTenant(orgId)) throw new Error(`tenant ${orgId} already exists`);
  await store.createTenant({ id: orgId, name: name.trim(), createdAt: now.toISOString(), policy });
}

/** Replaces a tenant's PHI policy (validated by parsePolicy first) and audits the change. */
export async function setTenantPolicy(
  store: GatewayStore,
  tenantId: string,
  policy: TenantPolicy,
  now: Date,
): Promise<void> {
  const tenant = await store.getTenant(tenantId);
  if (!tenant) throw new Error(`no tenant ${tenantId}`);
  await store.updateTenantPolicy(
    { ...tenant, policy },
    {
      tenantId,
      at: now.toISOString(),
      action: 'tenant.policy_update',
      actorType: 'system',
      actorId: 'gateway-admin',
      // A policy holds categories, actions and numbers: no PHI, so the audit keeps all of it.
      details: { previous: { ...tenant.policy }, policy: { ...policy } },
    },
  );
}

export function parseScopes(text: string): Scope[] {
  const scopes = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = scopes.filter((s) => !(SCOPES as readonly string[]).includes(s));
  if (scopes.length === 0 || unknown.length > 0) {
    throw new Error(`scopes must be a comma-separated list of ${SCOPES.join(', ')}`);
  }
  return [...new Set(scopes)] as Scope[];
}

export async function addCredential(
  store: GatewayStore,
  tenantId: string,
  scopes: readonly Scope[],
  label: string,
  now: Date,
): Promise<IssuedCredential> {
  if (!(await store.getTenant(tenantId))) throw new Error(`no tenant ${tenantId}`);
  const at = now.toISOString();
  const issued = issueCredential(tenantId, scopes, label, at);
  await store.insertCredential(issued.record, {
    tenantId,
    at,
    action: 'credential.issue',
    actorType: 'system',
    actorId: 'gateway-admin',
    details: { credentialId: issued.record.id, scopes: [...scopes], label },
  });
  return issued;
}

export async function revokeCredential(
  store: GatewayStore,
  tenantId: string,
  credentialId: string,
  now: Date,
): Promise<void> {
  const at = now.toISOString();
  const revoked = await store.revokeCredential(tenantId, credentialId, at, {
    tenantId,
    at,
    action: 'credential.revoke',
    actorType: 'system',
    actorId: 'gateway-admin',
    details: { credentialId },
  });
  if (!revoked) throw new Error(`tenant ${tenantId} has no active credential ${credentialId}`);
}
