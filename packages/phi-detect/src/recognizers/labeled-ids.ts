import { NON_PHI_REFERENCE_WORDS, mentions } from '../context/keywords.ts';
import type { ScanContext } from '../engine/scan-context.ts';
import type { PhiCategory } from '../taxonomy.ts';
import {
  isValidAbaRouting,
  isValidDea,
  isValidMbi,
  isValidNpi,
  isValidVin,
} from '../validators/index.ts';

const ID_WORDS = String.raw`(?:\s?(?:id|identification|number|num|nbr|no\.?|#))?`;
/**
 * Keywords that announce an identifier, per category. Order matters where keywords share words:
 * the first alternative that matches wins ("license plate" is a vehicle, not a license).
 */
const KEYWORDS: readonly (readonly [PhiCategory, string])[] = [
  [
    'VEHICLE_ID',
    String.raw`vin|vehicle id(?:entification)?(?: number)?|license plate|licence plate|plate(?: number| no\.?| #)?|tag(?: number| no\.?| #)?`,
  ],
  [
    'HEALTH_PLAN_ID',
    String.raw`(?:member(?:ship)?|mbr|subscriber|sub|cardholder|policy(?:holder)?|pol|alt(?:ernate)? id|group|grp|rx ?gr(?:ou)?p|plan|insurance|insurer|medicaid|medi-cal|medicare|beneficiary|hicn|mbi|cin|id card)${ID_WORDS}|(?:her|his|my|your|their|the) id|id(?= ?(?:#|:|is |number))`,
  ],
  [
    'MRN',
    String.raw`mrn|mr ?#|emr${ID_WORDS}|ehr${ID_WORDS}|empi|medical record${ID_WORDS}|med(?:ical)? rec(?:ord)?${ID_WORDS}|chart${ID_WORDS}|(?:patient|pt) (?:id|number|no\.?|#)|record (?:number|no\.?|#)|hosp(?:ital)? ?(?:number|no\.?|#)|encounter${ID_WORDS}`,
  ],
  [
    'ACCOUNT_NUMBER',
    String.raw`(?:bank |billing |checking |savings |hsa |fsa )?(?:account|acct|a/c)${ID_WORDS}|claim${ID_WORDS}|clm${ID_WORDS}|routing${ID_WORDS}|aba|iban|ending in`,
  ],
  [
    'LICENSE_NUMBER',
    String.raw`driver'?s'? licen[cs]e${ID_WORDS}|drivers? lic${ID_WORDS}|dl ?#?|licen[cs]e${ID_WORDS}|lic\.? ?#|(?:med(?:ical)? |state )lic\.?|npi|dea${ID_WORDS}|certificate${ID_WORDS}|cert\.? ?#`,
  ],
  [
    'DEVICE_ID',
    String.raw`serial${ID_WORDS}|s/n|sn|device${ID_WORDS}|udi|imei|implant${ID_WORDS}|pump${ID_WORDS}|transmitter${ID_WORDS}|sensor${ID_WORDS}|meter${ID_WORDS}`,
  ],
];

/** Capture group i + 1 holds the keyword of KEYWORDS[i]; the sources capture nothing else. */
const KEYWORD = new RegExp(
  `(?<![a-z0-9_])(?:${KEYWORDS.map(([, source]) => `(${source})`).join('|')})(?![a-z])`,
  'g',
);
/** Between keyword and value: punctuation and filler words ("member ID number is: ..."). */
const FILLER =
  /[\s:#=.\-–(]*(?:(?:is|was|of|on file|number|no|id|ending in|reads)(?![a-z])[\s:#=.\-–]*){0,3}/y;
/** The value: letters and digits, inner dashes/slashes/dots, or a space before another digit group. */
const VALUE = /[a-z0-9](?:[a-z0-9]|[-/.](?=[a-z0-9])|\s(?=\d{3,}(?![a-z0-9]*[a-z]{3})))*/iy;

const EXPLANATIONS: Readonly<Record<string, string>> = {
  VEHICLE_ID: 'A vehicle identifier (after a VIN or plate keyword)',
  HEALTH_PLAN_ID: 'A health plan identifier (after a member, policy or group keyword)',
  MRN: 'A medical record number (after an MRN keyword)',
  ACCOUNT_NUMBER: 'An account or claim number (after an account or claim keyword)',
  LICENSE_NUMBER: 'A license number (after a license, NPI or DEA keyword)',
  DEVICE_ID: 'A device identifier (after a serial or device keyword)',
};

/** Identifiers announced by a keyword: "Member ID: XWH123456789", "MRN 00482913", "claim # 2024-118". */
export function findLabeledIdentifiers(context: ScanContext): void {
  const { text, lower } = context;
  KEYWORD.lastIndex = 0;
  for (let match = KEYWORD.exec(lower); match; match = KEYWORD.exec(lower)) {
    const category = keywordCategory(match);
    if (!category) continue;
    FILLER.lastIndex = match.index + match[0].length;
    FILLER.exec(lower);
    VALUE.lastIndex = FILLER.lastIndex;
    const next = VALUE.exec(text);
    // "the serial the hospital sent us (PJN123465H)": a code in brackets later in the sentence.
    const value =
      next && looksLikeIdentifier(next[0])
        ? { start: next.index, token: next[0], later: false }
        : bracketedCodeAfter(text, match.index + match[0].length);
    if (!value || !looksLikeIdentifier(value.token)) continue;
    const { start, token } = value;
    // "Reference ID: REF-..." and "Case ID 0045" label operational numbers, not PHI.
    if (mentions(context.before(start, 30), NON_PHI_REFERENCE_WORDS)) continue;
    const validated = isValidatedFor(category, token);
    context.add(
      category,
      start,
      start + token.length,
      `labeled.${category.toLowerCase()}`,
      (validated ? 0.96 : 0.88) - (value.later ? 0.1 : 0),
      EXPLANATIONS[category] ?? 'An identifier',
    );
    KEYWORD.lastIndex = Math.max(KEYWORD.lastIndex, start + token.length);
  }
}

/** Which keyword list matched: a scan of the groups, without building a named-groups object. */
function keywordCategory(match: RegExpExecArray): PhiCategory | undefined {
  for (let group = 1; group < match.length; group++) {
    if (match[group] !== undefined) return KEYWORDS[group - 1]?.[0];
  }
  return undefined;
}

/** The rest of the sentence (up to 48 characters), then a bracketed code of letters and digits. */
const LATER_IN_BRACKETS = /[^.!?\n()]{0,48}?\(([A-Za-z0-9][A-Za-z0-9-]{3,30})\)/y;

/** The bracketed code of LATER_IN_BRACKETS after `from`, if there is one. */
function bracketedCodeAfter(
  text: string,
  from: number,
): { start: number; token: string; later: boolean } | undefined {
  LATER_IN_BRACKETS.lastIndex = from;
  const later = LATER_IN_BRACKETS.exec(text);
  const code = later?.[1];
  if (!later || code === undefined) return undefined;
  // The code is the last thing before the closing bracket.
  return { start: later.index + later[0].length - 1 - code.length, token: code, later: true };
}

/**
 * At least three digits, or a mix of letters and digits of at least five characters; the first
 * part must hold a digit ("pays 100" is a verb and a number, not an ID).
 */
function looksLikeIdentifier(token: string): boolean {
  const firstPart = token.split(/\s/)[0] ?? '';
  // An all-caps letter prefix before digits is fine ("GRP 0048812", plate "JHT 4821").
  if (!/\d/.test(firstPart) && !/^[A-Z]{2,4}$/.test(firstPart)) return false;
  const digits = token.replace(/\D/g, '').length;
  if (digits >= 3) return true;
  return digits >= 1 && token.replace(/[^a-z0-9]/gi, '').length >= 5;
}

function isValidatedFor(category: PhiCategory, token: string): boolean {
  switch (category) {
    case 'HEALTH_PLAN_ID':
      return isValidMbi(token);
    case 'LICENSE_NUMBER':
      return isValidNpi(token) || isValidDea(token);
    case 'VEHICLE_ID':
      return isValidVin(token);
    case 'ACCOUNT_NUMBER':
      return isValidAbaRouting(token);
    default:
      return false;
  }
}
