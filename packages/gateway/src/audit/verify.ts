/** Verifies every tenant's audit chain in a store (the `gateway audit verify` command). */
import type { GatewayStore } from '../store/gateway-store.ts';
import type { AuditRecord } from '../store/records.ts';
import { type ChainProblem, verifyChain } from './chain.ts';

export interface VerifyReport {
  readonly tenants: number;
  readonly entries: number;
  readonly problems: readonly ChainProblem[];
}

export async function verifyAudit(store: GatewayStore, pageSize = 5000): Promise<VerifyReport> {
  const problems: ChainProblem[] = [];
  let entries = 0;
  const tenants = await store.listTenants();
  for (const tenant of tenants) {
    const chain: AuditRecord[] = [];
    for (let after = 0; ;) {
      const page = await store.listAudit(tenant.id, after, pageSize);
      chain.push(...page);
      const last = page[page.length - 1];
      if (!last || page.length < pageSize) break;
      after = last.seq;
    }
    entries += chain.length;
    problems.push(...verifyChain(tenant.id, chain, await store.auditHead(tenant.id)));
  }
  return { tenants: tenants.length, entries, problems };
}
