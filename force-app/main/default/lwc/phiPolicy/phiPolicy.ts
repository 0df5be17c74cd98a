/**
 * The org's PHI policy applied in the browser: which of the categories found in a draft block the
 * send, which need the sender's acknowledgement and which are allowed. Pure functions over the
 * `PhiPolicyView` that `SecureSendController.getComposeContext` returns; the server applies the
 * same policy again (the browser can be bypassed), so this decides what the UI asks for, never
 * what is allowed.
 *
 * Everything here works on category names and counts, never on PHI values.
 */
import type { PhiPolicyView } from '@salesforce/apex-types';
import { categoryLabel } from 'c/phiWarningCategoryLabels';
import categoryCountTemplate from '@salesforce/label/c.SecureSend_CategoryCount';

/** What the policy does with a category (PhiPolicyView.Rule.action, lower case). */
export type PolicyAction = 'block' | 'warn' | 'allow';

/** The action of a category without a rule when the view names no valid default. */
export const FALLBACK_ACTION: PolicyAction = 'warn';

/** Override reasons are 10 to 1000 characters (SendRequest.overrideReason), counted trimmed. */
export const OVERRIDE_REASON_MIN_LENGTH = 10;
export const OVERRIDE_REASON_MAX_LENGTH = 1000;

/** One category found in a draft, with how often and what the policy does with it. */
export interface CategorySummary {
  /** Category name, e.g. `SSN`. */
  readonly category: string;
  /** Display name (a Custom Label), e.g. "SSN". */
  readonly label: string;
  /** Number of findings of the category. */
  readonly count: number;
  readonly action: PolicyAction;
  /** "Label: count", for the banner. */
  readonly text: string;
}

/** The findings of a draft judged by the policy, grouped by action. */
export interface PolicyEvaluation {
  readonly blocked: readonly CategorySummary[];
  readonly warned: readonly CategorySummary[];
  readonly allowed: readonly CategorySummary[];
  /** Every category found, in order of first appearance (SendRequest.phiCategories). */
  readonly categories: readonly string[];
  readonly hasBlocked: boolean;
  readonly hasWarned: boolean;
  /** Number of findings. */
  readonly total: number;
}

/** Anything with a category: a phi-detect Finding, or a category name wrapped. */
export interface Categorized {
  readonly category: string;
}

function toAction(value: unknown): PolicyAction | undefined {
  if (typeof value !== 'string') {
    return undefined;
  }
  const action = value.trim().toLowerCase();
  return action === 'block' || action === 'warn' || action === 'allow' ? action : undefined;
}

/**
 * Replaces `{0}`, `{1}`, ... in a Custom Label with the values, like the platform's label
 * formatting. A placeholder without a value stays as it is.
 *
 * @param template the label text
 * @param values the values, by index
 * @returns the formatted text
 */
export function formatLabel(template: string, ...values: readonly (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (placeholder, index: string) => {
    const value = values[Number(index)];
    return value === undefined ? placeholder : String(value);
  });
}

/**
 * What the policy does with one category: its rule's action, else the view's default action,
 * else `warn`. Category names are compared ignoring case; an unknown action string is ignored.
 *
 * @param category a category name, e.g. `SSN`
 * @param policy the org's policy; missing means every category is warned about
 * @returns the action
 */
export function actionFor(
  category: string,
  policy: PhiPolicyView | null | undefined,
): PolicyAction {
  const wanted = category.toUpperCase();
  const rule = (policy?.rules ?? []).find((candidate) => {
    return candidate.category?.toUpperCase() === wanted;
  });
  return toAction(rule?.action) ?? toAction(policy?.defaultAction) ?? FALLBACK_ACTION;
}

/**
 * Judges a draft's findings by the policy: one summary per category with its count and action.
 *
 * @param findings the findings, e.g. from `c/phiScanner`'s scan (only `category` is read)
 * @param policy the org's policy
 * @returns the categories grouped by action, each group in order of first appearance
 */
export function evaluateFindings(
  findings: readonly Categorized[],
  policy: PhiPolicyView | null | undefined,
): PolicyEvaluation {
  const counts = new Map<string, number>();
  for (const { category } of findings) {
    counts.set(category, (counts.get(category) ?? 0) + 1);
  }
  const summaries = [...counts].map(([category, count]): CategorySummary => {
    const label = categoryLabel(category);
    return {
      category,
      label,
      count,
      action: actionFor(category, policy),
      text: formatLabel(categoryCountTemplate, label, count),
    };
  });
  const withAction = (action: PolicyAction): CategorySummary[] =>
    summaries.filter((summary) => summary.action === action);
  const blocked = withAction('block');
  const warned = withAction('warn');
  return {
    blocked,
    warned,
    allowed: withAction('allow'),
    categories: [...counts.keys()],
    hasBlocked: blocked.length > 0,
    hasWarned: warned.length > 0,
    total: findings.length,
  };
}

/**
 * Whether a supervisor's override reason is long enough and not too long (trimmed).
 *
 * @param reason the reason as typed
 * @returns true for 10 to 1000 characters
 */
export function isValidOverrideReason(reason: string | null | undefined): boolean {
  const length = (reason ?? '').trim().length;
  return length >= OVERRIDE_REASON_MIN_LENGTH && length <= OVERRIDE_REASON_MAX_LENGTH;
}
