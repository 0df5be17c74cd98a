import { NON_PHI_REFERENCE_WORDS, mentions } from '../context/keywords.ts';
import type { ScanContext } from '../engine/scan-context.ts';
import type { PhiCategory } from '../taxonomy.ts';
import {
  isValidDea,
  isValidIban,
  isValidMbi,
  isValidNpi,
  isValidVin,
} from '../validators/index.ts';
import { forEachAlnumRun } from '../engine/alnum-runs.ts';
import { matchesOf } from '../engine/matches.ts';
import { COLON, HYPHEN } from '../engine/char-codes.ts';

interface ShapeRule {
  readonly category: PhiCategory;
  readonly rule: string;
  readonly shape: RegExp;
  /** Whether a code can start with a run of letters and digits this long (a cheap pre-check). */
  readonly firstRun: (length: number) => boolean;
  readonly validate: (value: string) => boolean;
  readonly confidence: number;
  readonly explanation: string;
}

/**
 * A code that starts where a run of letters and digits starts (so nothing alphanumeric precedes
 * it) and ends at a run's end; sticky, tried only at run starts (engine/alnum-runs.ts).
 */
const boundary = (source: string): RegExp => new RegExp(`(?:${source})(?![A-Za-z0-9])`, 'y');

/**
 * Three-letter prefixes of tickets, orders and references (ServiceNow's INC/REQ/CHG/PRB, ...):
 * shaped like a prefixed member ID but hard negatives.
 */
const TICKET_PREFIXES: ReadonlySet<string> = new Set(
  'INC REQ CHG PRB TKT TSK REF ORD INV CAS CSE CNF RMA SKU SRV'.split(' '),
);

/**
 * Identifiers whose shape and check digits are distinctive enough on their own. The check digit
 * is what keeps precision: a random 17-character code passes the VIN check 1 time in 11.
 */
const RULES: readonly ShapeRule[] = [
  {
    category: 'HEALTH_PLAN_ID',
    rule: 'mbi.validated',
    firstRun: (length) => length === 11 || length === 4, // 1EG4TE5MK73 or 1EG4-TE5-MK73
    shape: boundary(
      String.raw`[1-9][A-Za-z][A-Za-z0-9]\d-?[A-Za-z][A-Za-z0-9]\d-?[A-Za-z]{2}\d{2}`,
    ),
    validate: isValidMbi,
    confidence: 0.9,
    explanation: 'A Medicare Beneficiary Identifier',
  },
  {
    category: 'LICENSE_NUMBER',
    rule: 'dea.validated',
    firstRun: (length) => length === 9,
    shape: boundary(String.raw`[A-Za-z][A-Za-z9]\d{7}`),
    validate: isValidDea,
    confidence: 0.75,
    explanation: 'A DEA registration number (checksum valid)',
  },
  {
    category: 'VEHICLE_ID',
    rule: 'vin.validated',
    firstRun: (length) => length === 17,
    shape: boundary(String.raw`[A-HJ-NPR-Za-hj-npr-z0-9]{17}`),
    validate: (value) => /\d/.test(value) && /[a-z]/i.test(value) && isValidVin(value),
    confidence: 0.88,
    explanation: 'A vehicle identification number (check digit valid)',
  },
  {
    category: 'ACCOUNT_NUMBER',
    rule: 'iban.validated',
    // Printed in groups of four, sometimes unspaced: DE89 3704 ... or DE89370400440532013000.
    firstRun: (length) => length % 4 === 0 || (length >= 15 && length <= 34),
    shape: boundary(String.raw`[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,4})?`),
    validate: isValidIban,
    confidence: 0.95,
    explanation: 'An international bank account number (IBAN, checksum valid)',
  },
  {
    category: 'DEVICE_ID',
    rule: 'mac.address',
    firstRun: (length) => length === 2,
    shape: boundary(String.raw`[0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){5}`),
    validate: () => true,
    confidence: 0.8,
    explanation: 'A device hardware (MAC) address',
  },
  {
    category: 'HEALTH_PLAN_ID',
    rule: 'member-id.alpha-prefix',
    firstRun: (length) => length >= 9 && length <= 15,
    // Many payers issue IDs as a 3-letter alpha prefix then digits ("XWH123456789").
    shape: boundary(String.raw`[A-Z]{3}\d{6,12}`),
    validate: (value) => !TICKET_PREFIXES.has(value.slice(0, 3)),
    confidence: 0.6,
    explanation: 'An ID shaped like a health plan member ID (letter prefix and digits)',
  },
];

/** NPIs: ten digits with a valid check digit, counted only with an NPI or provider word nearby. */
const NPI = /(?<![\d-])[12]\d{9}(?![\d-])/g;
const NPI_WORDS =
  /(?:^|[^a-z])(?:npi|national provider|provider|rendering|billing|prescriber|referring|attending)(?![a-z])/;
/** GS1 UDIs as printed on implant labels: (01) and 14 digits, then more application identifiers. */
const GS1_UDI = /\(01\)\d{14}(?:\(\d{2,4}\)[A-Za-z0-9]{1,20}){0,4}/g;

export function findValidatedIdentifiers(context: ScanContext): void {
  for (const match of matchesOf(NPI, context.text)) {
    if (!isValidNpi(match[0]) || !NPI_WORDS.test(context.before(match.index, 80))) continue;
    const end = match.index + match[0].length;
    context.add(
      'LICENSE_NUMBER',
      match.index,
      end,
      'npi.validated',
      0.85,
      'A National Provider Identifier (check digit valid)',
    );
  }
  for (const match of matchesOf(GS1_UDI, context.text)) {
    const end = match.index + match[0].length;
    context.add(
      'DEVICE_ID',
      match.index,
      end,
      'udi.gs1',
      0.92,
      'A unique device identifier (GS1 UDI)',
    );
  }
  findShapedCodes(context);
}

/** Every code rule at every run start that could begin one: a run with a digit, or a hex pair
 * followed by ':' or '-' (a MAC address may be all letters). */
function findShapedCodes(context: ScanContext): void {
  const { text } = context;
  // Per rule, where its last match ended: a rule never matches inside its own match.
  const matchedUntil = RULES.map(() => 0);
  forEachAlnumRun(text, (start, end, digits) => {
    const separator = text.charCodeAt(end);
    const hexPair = end - start === 2 && (separator === COLON || separator === HYPHEN);
    if (digits === 0 && !hexPair) return;
    for (let index = 0; index < RULES.length; index++) {
      const rule = RULES[index] as ShapeRule;
      if (!rule.firstRun(end - start) || start < (matchedUntil[index] as number)) continue;
      rule.shape.lastIndex = start;
      const match = rule.shape.exec(text);
      if (!match || !rule.validate(match[0])) continue;
      const matchEnd = start + match[0].length;
      matchedUntil[index] = matchEnd;
      const reference = mentions(context.before(start, 20), NON_PHI_REFERENCE_WORDS);
      const confidence = rule.confidence - (reference ? 0.5 : 0);
      context.add(rule.category, start, matchEnd, rule.rule, confidence, rule.explanation);
    }
  });
}
