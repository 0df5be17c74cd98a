import { NON_PHI_REFERENCE_WORDS, SSN_WORDS, mentions } from '../context/keywords.ts';
import type { ScanContext } from '../engine/scan-context.ts';
import { isValidSsn } from '../validators/index.ts';
import { matchesOf } from '../engine/matches.ts';

/**
 * 3-2-4 digits with the same separator twice (or none); not inside a longer dashed run, and not
 * glued to letters: the digits of a member id such as XKW884512307 are not an SSN, even when
 * "SSN" appears nearby.
 */
const SSN_SHAPE = /(?<![\dA-Za-z-])\d{3}([- ]?)\d{2}\1\d{4}(?![\dA-Za-z]|-\d)/g;

/** "last four of SSN as 4272": the last four digits of an SSN are still part of it. */
const LAST_FOUR =
  /(?<![a-z])(?:last (?:4|four)(?: digits)?(?: of (?:the |her |his |their |my |your )?(?:ssn|social(?: security)?(?: number)?))|ssn last (?:4|four)|(?:ssn|social(?: security)?(?: number)?) end(?:s|ing)(?: in| with)?)\D{0,12}?(\d{4})(?!\d)/gi;

/**
 * US Social Security numbers. A dashed or spaced number that passes the SSA rules is likely an
 * SSN; nine bare digits are only one with an SSN keyword nearby. A number after "SSN" that fails
 * the rules is still flagged (a mistyped SSN is still an SSN), with less confidence.
 */
export function findSsns(context: ScanContext): void {
  for (const match of matchesOf(LAST_FOUR, context.lower)) {
    const digits = match[1] ?? '';
    const start = match.index + match[0].length - digits.length;
    const explanation = 'The last four digits of a Social Security number';
    context.add('SSN', start, start + digits.length, 'ssn.last-four', 0.85, explanation);
  }
  for (const match of matchesOf(SSN_SHAPE, context.text)) {
    const start = match.index;
    const end = start + match[0].length;
    const window = context.before(start, 48);
    const keyword = mentions(window, SSN_WORDS);
    const valid = isValidSsn(match[0]);
    const separated = match[1] !== '';
    let confidence: number;
    if (valid) confidence = keyword ? 0.97 : separated ? 0.85 : 0.4;
    else confidence = keyword ? 0.75 : 0;
    if (!keyword && mentions(context.before(start, 20), NON_PHI_REFERENCE_WORDS)) confidence -= 0.5;
    if (confidence <= 0) continue;
    const explanation = keyword
      ? 'A Social Security number (after an SSN keyword)'
      : 'A number shaped like a Social Security number';
    context.add(
      'SSN',
      start,
      end,
      valid ? 'ssn.validated' : 'ssn.keyword',
      confidence,
      explanation,
    );
  }
}
