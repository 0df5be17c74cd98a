/**
 * A tenant's PHI policy: what to do per category (block, warn, allow) and the expiry bounds.
 * "block" stops a send unless the caller gives an override reason; "warn" and "allow" let it
 * through and are recorded in the findings summary and the audit trail.
 */
import { type PhiCategory, isPhiCategory } from '@securesend/phi-detect';

export type PolicyAction = 'block' | 'warn' | 'allow';

export interface TenantPolicy {
  readonly actions: Readonly<Partial<Record<PhiCategory, PolicyAction>>>;
  /** For categories not listed in `actions`. */
  readonly defaultAction: PolicyAction;
  readonly defaultExpiryDays: number;
  readonly maxExpiryDays: number;
  /** Findings below this confidence are ignored (the browser shows them; the server decides). */
  readonly minConfidence: number;
  /**
   * Per recipient domain: `tls` trusts the domain's TLS without probing (the full message is
   * still sent with TLS required), `pickup` always sends a notification and a link.
   */
  readonly deliveryOverrides: Readonly<Record<string, 'tls' | 'pickup'>>;
}

/** Payment cards and SSNs have no place in a care conversation; the rest is why we exist. */
export const DEFAULT_POLICY: TenantPolicy = {
  actions: { CREDIT_CARD: 'block', SSN: 'block', ACCOUNT_NUMBER: 'warn' },
  defaultAction: 'allow',
  defaultExpiryDays: 14,
  maxExpiryDays: 90,
  minConfidence: 0.6,
  deliveryOverrides: {},
};

const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

const ACTIONS: readonly PolicyAction[] = ['block', 'warn', 'allow'];
const POLICY_FIELDS: readonly string[] = Object.keys(DEFAULT_POLICY);

/** Validates a policy from configuration; every problem is named. */
export function parsePolicy(value: unknown): TenantPolicy {
  const problems: string[] = [];
  const input = (typeof value === 'object' && value !== null ? value : {}) as Record<
    string,
    unknown
  >;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push('policy must be a JSON object');
  }
  // A misspelt field would otherwise be ignored and its default silently kept.
  for (const key of Object.keys(input)) {
    if (!POLICY_FIELDS.includes(key)) {
      problems.push(`unknown field ${key}; fields are ${POLICY_FIELDS.join(', ')}`);
    }
  }
  // Left out, the default actions stay: changing the expiry must not drop SSN blocking.
  const actions = (input['actions'] ?? DEFAULT_POLICY.actions) as Record<string, unknown>;
  if (typeof actions !== 'object' || actions === null || Array.isArray(actions)) {
    problems.push('actions: must be an object of category -> block | warn | allow');
  }
  for (const [category, action] of Object.entries(actions)) {
    if (!isPhiCategory(category)) problems.push(`actions: unknown category ${category}`);
    if (!ACTIONS.includes(action as PolicyAction)) {
      problems.push(`actions.${category}: must be one of ${ACTIONS.join(', ')}`);
    }
  }
  const policy = { ...DEFAULT_POLICY, ...input, actions } as TenantPolicy;
  if (!ACTIONS.includes(policy.defaultAction)) {
    problems.push(`defaultAction: must be one of ${ACTIONS.join(', ')}`);
  }
  if (!isDays(policy.maxExpiryDays))
    problems.push('maxExpiryDays: must be an integer from 1 to 365');
  if (!isDays(policy.defaultExpiryDays) || policy.defaultExpiryDays > policy.maxExpiryDays) {
    problems.push('defaultExpiryDays: must be an integer from 1 to maxExpiryDays');
  }
  if (!(
    typeof policy.minConfidence === 'number' &&
    policy.minConfidence >= 0 &&
    policy.minConfidence <= 1
  )) {
    problems.push('minConfidence: must be a number from 0 to 1');
  }
  checkOverrides(policy.deliveryOverrides, problems);
  if (problems.length > 0) throw new Error(`tenant policy is invalid: ${problems.join('; ')}`);
  return policy;
}

export function actionFor(policy: TenantPolicy, category: PhiCategory): PolicyAction {
  return policy.actions[category] ?? policy.defaultAction;
}

function checkOverrides(overrides: unknown, problems: string[]): void {
  if (typeof overrides !== 'object' || overrides === null || Array.isArray(overrides)) {
    problems.push('deliveryOverrides: must be an object of domain -> tls | pickup');
    return;
  }
  for (const [domain, method] of Object.entries(overrides)) {
    if (!DOMAIN.test(domain)) {
      problems.push(`deliveryOverrides: ${domain} is not a lower-case domain name`);
    }
    if (method !== 'tls' && method !== 'pickup') {
      problems.push(`deliveryOverrides.${domain}: must be tls or pickup`);
    }
  }
}

function isDays(value: unknown): boolean {
  return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 365;
}
