import {
  PHI_CATEGORIES,
  isPhiCategory,
  redact,
  scan,
  type Finding,
  type KnownIdentifier,
  type PhiCategory,
} from 'c/phiScanner';
import type {
  CasePhiContext,
  ComposeContext_KnownIdentifier,
  PhiPolicyView,
} from '@salesforce/apex-types';

/** What the org's PHI policy does with a category. */
export type PolicyAction = 'block' | 'warn' | 'allow';

/** A policy action the banner shows: `allow` categories are not shown. */
export type ShownAction = Exclude<PolicyAction, 'allow'>;

/** The places on a Case the banner scans; Subject and Description are also the field names. */
export type PhiSourceKind = 'Subject' | 'Description' | 'Comment';

/** How often one category was found in one place, and what the policy does with it. */
export interface CategoryCount {
  readonly category: PhiCategory;
  readonly action: ShownAction;
  readonly count: number;
}

/** One place on the Case where PHI was found. Holds no text and no value: safe to render. */
export interface PhiSource {
  /** `Subject`, `Description`, or the CaseComment's Id. */
  readonly key: string;
  readonly kind: PhiSourceKind;
  /** The CaseComment's Id for a comment, otherwise the Case's Id. */
  readonly recordId: string;
  /** When the comment was written; undefined for the Case's fields. */
  readonly createdDate?: string;
  /** The categories found, blocked ones first, then in taxonomy order. */
  readonly categories: readonly CategoryCount[];
}

const POLICY_ACTIONS: readonly string[] = ['block', 'warn', 'allow'];
/** The action for a category without a rule when the policy does not say (PhiPolicyView's default). */
const DEFAULT_ACTION: PolicyAction = 'warn';

function isPolicyAction(value: unknown): value is PolicyAction {
  return typeof value === 'string' && POLICY_ACTIONS.includes(value);
}

/**
 * What the policy does with a category: its rule's action, else the policy's default action,
 * else `warn`. Actions are compared in lower case; an unknown action counts as missing.
 *
 * @param policy the org's policy (may be missing)
 * @param category a category name
 * @returns the action
 */
export function policyActionOf(
  policy: PhiPolicyView | null | undefined,
  category: string,
): PolicyAction {
  const rule = policy?.rules?.find((candidate) => candidate.category === category);
  const ruleAction = rule?.action?.toLowerCase();
  if (isPolicyAction(ruleAction)) {
    return ruleAction;
  }
  const defaultAction = policy?.defaultAction?.toLowerCase();
  return isPolicyAction(defaultAction) ? defaultAction : DEFAULT_ACTION;
}

/** The record's known identifiers in the engine's shape, dropping empty or unknown ones. */
function knownIdentifiersOf(
  identifiers: readonly ComposeContext_KnownIdentifier[] | null | undefined,
): KnownIdentifier[] {
  const known: KnownIdentifier[] = [];
  for (const identifier of identifiers ?? []) {
    const { category, value } = identifier;
    if (isPhiCategory(category) && value) {
      known.push({ category, value });
    }
  }
  return known;
}

/** The findings in `text` the policy does not allow. */
function shownFindings(text: string, context: CasePhiContext): Finding[] {
  if (!text) {
    return [];
  }
  const knownIdentifiers = knownIdentifiersOf(context.knownIdentifiers);
  return scan(text, { knownIdentifiers }).filter(
    (finding) => policyActionOf(context.policy, finding.category) !== 'allow',
  );
}

/** Counts the findings per category: blocked categories first, then in taxonomy order. */
function countCategories(findings: readonly Finding[], context: CasePhiContext): CategoryCount[] {
  const counts = new Map<PhiCategory, number>();
  for (const finding of findings) {
    counts.set(finding.category, (counts.get(finding.category) ?? 0) + 1);
  }
  const rank = (entry: CategoryCount): number =>
    (entry.action === 'block' ? 0 : PHI_CATEGORIES.length) + PHI_CATEGORIES.indexOf(entry.category);
  return [...counts]
    .map(([category, count]): CategoryCount => {
      // shownFindings dropped the allowed categories.
      const action = policyActionOf(context.policy, category) as ShownAction;
      return { category, action, count };
    })
    .sort((a, b) => rank(a) - rank(b));
}

interface ScannedText {
  readonly key: string;
  readonly kind: PhiSourceKind;
  readonly recordId: string;
  readonly createdDate?: string;
  readonly text: string;
}

/** Every text of the Case the banner scans, in display order. */
function textsOf(context: CasePhiContext): ScannedText[] {
  const caseId = context.caseId ?? '';
  const texts: ScannedText[] = [
    { key: 'Subject', kind: 'Subject', recordId: caseId, text: context.subject ?? '' },
    { key: 'Description', kind: 'Description', recordId: caseId, text: context.description ?? '' },
  ];
  for (const comment of context.comments ?? []) {
    if (comment.id) {
      texts.push({
        key: comment.id,
        kind: 'Comment',
        recordId: comment.id,
        createdDate: comment.createdDate ?? undefined,
        text: comment.body ?? '',
      });
    }
  }
  return texts;
}

/**
 * Scans the Case's subject, description and comments with the record's known identifiers and
 * reports where the policy's blocked or warned categories were found.
 *
 * @param context the Case's texts, known identifiers and policy
 * @returns the places with PHI, in display order; empty when nothing was found
 */
export function findPhi(context: CasePhiContext): PhiSource[] {
  const sources: PhiSource[] = [];
  for (const { text, ...place } of textsOf(context)) {
    const findings = shownFindings(text, context);
    if (findings.length > 0) {
      sources.push({ ...place, categories: countCategories(findings, context) });
    }
  }
  return sources;
}

/**
 * The text of one place with every PHI the policy does not allow masked (same length, so a
 * field's length limit still holds).
 *
 * @param context the Case's texts, known identifiers and policy
 * @param key the place's key (see PhiSource)
 * @returns the redacted text, or undefined when the place is gone or has nothing to redact
 */
export function redactSource(context: CasePhiContext, key: string): string | undefined {
  const place = textsOf(context).find((candidate) => candidate.key === key);
  if (!place) {
    return undefined;
  }
  const findings = shownFindings(place.text, context);
  return findings.length > 0 ? redact(place.text, findings, { style: 'mask' }).text : undefined;
}
