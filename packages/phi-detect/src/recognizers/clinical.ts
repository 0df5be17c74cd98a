import type { ScanContext } from '../engine/scan-context.ts';
import { findClinicalTerms } from '../lexicon/clinical-terms.ts';
import { isIcd10CmCode, isNdcCode } from '../validators/index.ts';
import { matchesOf } from '../engine/matches.ts';

const ICD10 = /(?<![A-Za-z0-9.])[A-TV-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4})?(?![A-Za-z0-9]|\.\d)/g;
const ICD_WORDS = /(?:icd|diagnosis|dx|diag|code|codes|coded)\b[^.\n]{0,20}$/;
const NDC = /(?<![\d-])\d{4,5}-\d{3,4}-\d{1,2}(?![\d]|-\d)/g;
const NDC_WORDS = /(?:ndc|national drug code|drug code|rx)\b[^.\n]{0,16}$/;

/**
 * Words that tie a clinical term to a particular person in the same sentence. "You" and "your"
 * only count when the sentence is not policy wording: benefit text addresses every reader.
 */
const PERSONAL_ANCHOR =
  /(?<![a-z])(?:i|i'm|i've|me|my|mine|he|she|him|her|his|hers|patient|pt|son|daughter|husband|wife|mother|father|mom|dad|child|baby|mr|mrs|ms|dr|member's|patient's)(?![a-z])/;
/** Clinical verbs: personal on their own, but not inside policy wording ("when prescribed for"). */
const CLINICAL_VERBS =
  /(?<![a-z])(?:diagnosed|diagnosis|dx|prescribed|taking|takes|started|stopped|refill|refills|suffers|suffering|history of|hx|admitted|scheduled)(?![a-z])/;
/**
 * The reader and the person a CSR note is about ("mbr w/ COPD asking about ..."): personal
 * unless the sentence is policy wording ("a member with diabetes is eligible for ...").
 */
const ADDRESSEE_OR_SUBJECT =
  /(?<![a-z])(?:you|your|you're|you've|mbr|mbr's|member|caller|subscriber|dependent|enrollee|spouse|w\/)(?![a-z])/;
/** Benefit and coverage wording: a clinical term inside it is general, not about a person. */
const POLICY_WORDING =
  /(?<![a-z])(?:plan|plans|covers|covered|coverage|benefit|benefits|formulary|policy|policies|tier|copay|copays|coinsurance|deductible|members|patients|in-network|program|programs|such as|like|including|includes|eligible|guidelines|criteria|preventive|centers?|medicines|drugs|conditions|supplies|limited|requires?|replaced|offer|offers|available|not covered|prior authorization|measures?|rates?|hedis|stars|population|quality|campaign|outreach|awareness|screenings)(?![a-z])/;

export function findClinicalContent(context: ScanContext): void {
  const { lower, text } = context;
  for (const term of findClinicalTerms(lower)) {
    const sentence = sentenceAround(lower, term.start, term.end);
    const policy = POLICY_WORDING.test(sentence);
    const anchored =
      PERSONAL_ANCHOR.test(sentence) ||
      (!policy && (ADDRESSEE_OR_SUBJECT.test(sentence) || CLINICAL_VERBS.test(sentence)));
    const confidence = anchored ? 0.8 : policy ? 0.3 : 0.55;
    context.add(
      'CLINICAL',
      term.start,
      term.end,
      `clinical.${term.kind}`,
      confidence,
      `A clinical term (${term.kind}) about a person`,
    );
  }
  for (const match of matchesOf(ICD10, text)) {
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
  for (const match of matchesOf(NDC, text)) {
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
