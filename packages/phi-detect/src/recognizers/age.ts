import type { ScanContext } from '../engine/scan-context.ts';
import { matchesOf } from '../engine/matches.ts';

const AGE = String.raw`(9\d|1[0-2]\d)`;
/** 94-year-old · 91 years old · 102 yo · 95 y/o */
const AGE_WITH_UNIT = new RegExp(
  String.raw`(?<![\d.])${AGE}(?:\s?-?\s?(?:years?|yrs?|y\.?o\.?|y/o)(?![a-z])(?:[-\s]old)?)`,
  'gi',
);
/** age 91 · aged 93 · turned 90 · she is 102 */
const AGE_AFTER_WORD = new RegExp(
  String.raw`(?<![a-z])(?:age[ds]?:?|turned|turning|turns|will be|(?:who|she|he|they|shes|hes|mom|dad|mother|father|grandma|grandpa|grandmother|grandfather)(?:'s|’s| is| was| are| were| turns| turned)?|(?:died|passed away|passed)[^.\n]{0,40}?\bat)\s+${AGE}(?![\d.,]\d|\d)`,
  'gi',
);

/**
 * "Vera Lindgren, 90," or "Hattie Simmons (100)": an age right after a capitalised name. The
 * lookahead comes first so that the costly lookbehind runs only where an age starts.
 */
const AGE_AFTER_NAME = new RegExp(
  String.raw`(?=${AGE})(?<=\p{Lu}[\p{L}'’-]+(?:,\s|\s\(|\s(?:is|was|turns|turned)\s))${AGE}(?=[,.;)]|\s|$)`,
  'gu',
);

/** Ages of 90 and above (Safe Harbor identifier); younger ages are not PHI on their own. */
export function findAgesOver89(context: ScanContext): void {
  const { text } = context;
  for (const match of matchesOf(AGE_WITH_UNIT, text)) {
    context.add(
      'AGE_OVER_89',
      match.index,
      match.index + match[0].length,
      'age.years',
      0.9,
      'An age of 90 or over',
    );
  }
  for (const match of matchesOf(AGE_AFTER_NAME, text)) {
    const end = match.index + match[0].length;
    context.add('AGE_OVER_89', match.index, end, 'age.after-name', 0.7, 'An age of 90 or over');
  }
  for (const match of matchesOf(AGE_AFTER_WORD, text)) {
    const number = match[1] ?? '';
    const start = match.index + match[0].length - number.length;
    context.add(
      'AGE_OVER_89',
      start,
      start + number.length,
      'age.keyword',
      0.85,
      'An age of 90 or over',
    );
  }
}
