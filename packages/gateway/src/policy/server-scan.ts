/**
 * The server-side scan: the browser's warnings can be bypassed, so the gateway re-scans the
 * subject and body with the same engine and applies the tenant's policy. Only categories and
 * counts leave this module; the findings' offsets and the text stay here.
 */
import type { PhiCategory } from '@securesend/phi-detect';
import type { FindingsSummary } from '../store/records.ts';
import type { PhiCounter } from './scan-pool.ts';
import { type TenantPolicy, actionFor } from './tenant-policy.ts';

export interface ScanVerdict {
  readonly summary: FindingsSummary;
  readonly blocked: readonly PhiCategory[];
}

export async function scanAgainstPolicy(
  scanner: PhiCounter,
  texts: readonly string[],
  policy: TenantPolicy,
  overridden: boolean,
): Promise<ScanVerdict> {
  const counts = await scanner.count(texts, policy.minConfidence);
  const categories = counts
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([category, count]) => ({ category, count, action: actionFor(policy, category) }));
  const blocked = categories.filter((c) => c.action === 'block').map((c) => c.category);
  let total = 0;
  for (const c of categories) total += c.count;
  return {
    summary: {
      total,
      categories,
      ...(blocked.length > 0 && overridden ? { overridden: true } : {}),
    },
    blocked,
  };
}
