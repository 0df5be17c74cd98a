import type { ScanContext } from '../engine/scan-context.ts';
import { findClinicalTerms } from '../lexicon/clinical-terms.ts';
import { isIcd10CmCode, isNdcCode } from '../validators/index.ts';

const ICD10 = /(?<![A-Za-z0-9.])[A-TV-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4})?(?![A-Za-z0-9]|\.\d)/g;
const ICD_WORDS = /(?:icd|diagnosis|dx|diag|code|codes|coded)\b[^.\n]{0,20}$/;
const NDC = /(?<![\d-])\d{4,5}-\d{3,4}-\d{1,2}(?![\d]|-\d)/g;
const NDC_WORDS = /(?:ndc|national drug code|drug code|rx)\b[^.\n]{0,16}$/;

/**
 * Words that tie a clinical term to a person in the same sentence. Without one, and with policy
 * wording nearby ("the plan covers diabetes supplies"), a clinical term is general, not PHI.
 */
const PERSONAL_ANCHOR =
  /(?<![a-z])(?:i|i'm|i've|me|my|mine|he|she|him|her|his|hers|they|their|them|patient|pt|member|client|son|daughter|husband|wife|mother|father|mom|dad|child|baby|diagnosed|diagnosis|dx|prescribed|taking|takes|started|stopped|refill|refills|suffers|suffering|history of|hx|treated|treatment for|admitted|surgery|scheduled|his|your|you|you're|mr|mrs|ms|dr)(?![a-z])/;
const POLICY_WORDING =
  /(?<![a-z])(?:plan|plans|covers|covered|coverage|benefit|benefits|formulary|policy|policies|tier|copay|copays|coinsurance|deductible|members|all members|in-network|program|programs|such as|including|includes|eligible|guidelines|criteria|preventive)(?![a-z])/;

export function findClinicalContent(context: ScanContext): void {
  const { lower, text } = context;
  for (const term of findClinicalTerms(lower)) {
    const sentence = sentenceAround(lower, term.start, term.end);
    const anchored = PERSONAL_ANCHOR.test(sentence);
    const policy = POLICY_WORDING.test(sentence);
    const confidence = anchored ? 0.8 : policy ? 0.3 : 0.6;
    context.add(
      'CLINICAL',
      term.start,
      term.end,
      `clinical.${term.kind}`,
      confidence,
      `A clinical term (${term.kind}) about a person`,
    );
  }
  for (const match of text.matchAll(ICD10)) {
    const value = match[0];
    const keyword = ICD_WORDS.test(context.before(match.index, 30));
    if (!isIcd10CmCode(value, { allowDotless: keyword })) continue;
    if (!keyword && !value.includes('.')) continue;
    context.add(
      'CLINICAL',
      match.index,
      match.index + value.length,
      'clinical.icd10',
      keyword ? 0.92 : 0.7,
      'An ICD-10-CM diagnosis code',
    );
  }
  for (const match of text.matchAll(NDC)) {
    if (!isNdcCode(match[0])) continue;
    const keyword = NDC_WORDS.test(context.before(match.index, 24));
    context.add(
      'CLINICAL',
      match.index,
      match.index + match[0].length,
      'clinical.ndc',
      keyword ? 0.92 : 0.65,
      'A National Drug Code (a medication)',
    );
  }
}

/** The sentence (or line) holding [start, end), at most 200 characters either side. */
function sentenceAround(lower: string, start: number, end: number): string {
  let from = start;
  const floor = Math.max(0, start - 200);
  while (from > floor && !'.!?\n'.includes(lower[from - 1] ?? '')) from--;
  let to = end;
  const ceiling = Math.min(lower.length, end + 200);
  while (to < ceiling && !'.!?\n'.includes(lower[to] ?? '')) to++;
  return lower.slice(from, to);
}
