import type { ScanContext } from '../engine/scan-context.ts';
import { matchesOf } from '../engine/matches.ts';

const UNIT_WORD = '(?:one|two|three|four|five|six|seven|eight|nine)';
/** ninety, ninety-four, one hundred, a hundred and two: ages CSRs spell out. */
const SPELLED_AGE = String.raw`ninety(?:[\s-]${UNIT_WORD})?|(?:one|a)\s+hundred(?:(?:\s+and)?[\s-](?:${UNIT_WORD}|ten))?`;
const AGE = String.raw`(9\d|1[0-2]\d|${SPELLED_AGE})`;
/** What a number before these counts is not an age: "is 95% covered", "turned 90 days ago". */
const NOT_YEARS = String.raw`(?!\s?(?:%|percent|days?|weeks?|months?|hours?|hrs?|min(?:ute)?s?|mg|mcg|ml|units?|lbs?|pounds|kg|miles|dollars|cents)(?![a-z]))`;
/** 94-year-old · 91 years old · 102 yo · 95 y/o · ninety-four years old */
const AGE_WITH_UNIT = new RegExp(
  String.raw`(?<![\w.])${AGE}(?:\s?-?\s?(?:years?|yrs?|y\.?o\.?|y/o)(?![a-z])(?:[-\s]old)?)`,
  'gi',
);
const SUBJECT =
  'who|she|he|they|shes|hes|pt|patient|mbr|member|caller|mom|dad|mother|father|grandma|grandpa|grandmother|grandfather|husband|wife|spouse|aunt|uncle';
/** age 91 · aged 93 · turned 90 · she is 102 · pt is 97 · at age ninety */
const AGE_AFTER_WORD = new RegExp(
  String.raw`(?<![a-z])(?:age[ds]?:?|age of|turned|turning|turns|will be|(?:${SUBJECT})(?:'s|’s| is| was| are| were| turns| turned)?|(?:died|passed away|passed)[^.\n]{0,40}?\bat)\s+${AGE}(?![\d.,]\d|\d)${NOT_YEARS}`,
  'gi',
);
/** 92F · (91 M) · 93 yo M: clinical shorthand for age and sex (case-sensitive M/F). */
const AGE_WITH_SEX = /(?<![\w.])(9\d|1[0-2]\d)\s?(?:y\/?o\s?)?[MF](?![\w°])/g;
/** "temp 99F", "fever of 101 F": a temperature, not an age and a sex. */
const TEMPERATURE_BEFORE = /(?:temp(?:erature)?|fever|febrile|t|tmax)\b[^.\n]{0,12}$/;

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
  for (const match of matchesOf(AGE_WITH_SEX, text)) {
    if (TEMPERATURE_BEFORE.test(context.before(match.index, 20))) continue;
    const end = match.index + (match[1] ?? '').length;
    context.add('AGE_OVER_89', match.index, end, 'age.with-sex', 0.7, 'An age of 90 or over');
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
