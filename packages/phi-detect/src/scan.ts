import { findStreetAddresses, findZipCodes } from './address/address.ts';
import { resolveCandidates } from './engine/resolve.ts';
import { ScanContext } from './engine/scan-context.ts';
import type { Finding } from './finding.ts';
import { findKnownIdentifiers } from './known/known.ts';
import { findNames } from './names/names.ts';
import { findAgesOver89 } from './recognizers/age.ts';
import { findCardNumbers } from './recognizers/card.ts';
import { findClinicalContent } from './recognizers/clinical.ts';
import { findCustomPatterns } from './recognizers/custom.ts';
import { type ParsedDate, findDates } from './recognizers/dates.ts';
import { findEmails } from './recognizers/email.ts';
import { findIpAddresses } from './recognizers/ip.ts';
import { findLabeledIdentifiers } from './recognizers/labeled-ids.ts';
import { findPhoneNumbers } from './recognizers/phone.ts';
import { findSsns } from './recognizers/ssn.ts';
import { findUrls } from './recognizers/url.ts';
import { findValidatedIdentifiers } from './recognizers/validated-ids.ts';
import type { ScanOptions } from './scan-types.ts';
import { type PhiCategory, isPhiCategory } from './taxonomy.ts';

export const DEFAULT_MIN_CONFIDENCE = 0.5;

/** Recognizers that need nothing but the text, in no particular order: resolution decides. */
const RECOGNIZERS: readonly ((context: ScanContext) => void)[] = [
  findEmails,
  findUrls,
  findIpAddresses,
  findSsns,
  findCardNumbers,
  findPhoneNumbers,
  findAgesOver89,
  findLabeledIdentifiers,
  findValidatedIdentifiers,
  findStreetAddresses,
  findZipCodes,
  findNames,
  findClinicalContent,
];

/**
 * Finds PHI in `text`. Returns non-overlapping findings sorted by start offset. Pure and
 * synchronous; safe to call on every keystroke (see the README for measured speed).
 */
export function scan(text: string, options: ScanOptions = {}): Finding[] {
  if (typeof text !== 'string') throw new TypeError('scan(text): text must be a string');
  const minConfidence = validateMinConfidence(options.minConfidence);
  const wanted = validateCategories(options.categories);
  if (text.length === 0) return [];
  const context = new ScanContext(text);
  const dates: ParsedDate[] = [];
  findDates(context, dates);
  for (const recognize of RECOGNIZERS) recognize(context);
  if (options.knownIdentifiers?.length)
    findKnownIdentifiers(context, options.knownIdentifiers, dates);
  if (options.customPatterns?.length) findCustomPatterns(context, options.customPatterns);
  const findings = resolveCandidates(context.candidates, text.length, minConfidence);
  return wanted ? findings.filter((finding) => wanted.has(finding.category)) : findings;
}

function validateMinConfidence(value: number | undefined): number {
  if (value === undefined) return DEFAULT_MIN_CONFIDENCE;
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
    throw new RangeError(
      `scan options: minConfidence must be a number from 0 to 1, got ${String(value)}`,
    );
  }
  return value;
}

function validateCategories(
  categories: readonly PhiCategory[] | undefined,
): ReadonlySet<PhiCategory> | undefined {
  if (categories === undefined) return undefined;
  const unknown = categories.filter((category) => !isPhiCategory(category));
  if (unknown.length > 0) {
    throw new RangeError(
      `scan options: unknown categories ${unknown.map((c) => JSON.stringify(c)).join(', ')}`,
    );
  }
  return new Set(categories);
}
