/**
 * Dates written with words rather than digits: ordinal days ("the fifth of March", "March the
 * twenty-first") and a weekday with a day of the month ("Thursday the 18th"). CSRs type them
 * when they read a date back to a member; the numeric and month-name forms live in dates.ts.
 */
import { MONTH_PATTERN } from './date-patterns.ts';

const UNITS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
];
const TEENS = [
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
];

/** Ordinal day words to day numbers: "fifth" 5, "twenty-first" 21 (keys hyphenated). */
const ORDINAL_DAYS: ReadonlyMap<string, number> = new Map([
  ...UNITS.map((word, i): [string, number] => [word, i + 1]),
  ...TEENS.map((word, i): [string, number] => [word, i + 10]),
  ['twentieth', 20],
  ['thirtieth', 30],
  ...UNITS.map((word, i): [string, number] => [`twenty-${word}`, 21 + i]),
  ['thirty-first', 31],
]);

/** Longest first, so that "twenty-first" is not read as "twenty" then a stray "first". */
const ORDINAL_WORD = [...ORDINAL_DAYS.keys()]
  .sort((a, b) => b.length - a.length)
  .map((word) => word.replace('-', String.raw`[\s-]`))
  .join('|');
const YEAR_TAIL = String.raw`(?:,?\s+(\d{4})(?!\d))?`;

/** fifth of March ("5th of March" is in dates.ts) · March the fifth, 2024 */
export const ORDINAL_DAY_OF_MONTH = new RegExp(
  String.raw`(?<![a-z-])(${ORDINAL_WORD})\s+of\s+(${MONTH_PATTERN})\.?(?![a-z])${YEAR_TAIL}`,
  'gi',
);
export const MONTH_THE_ORDINAL_DAY = new RegExp(
  String.raw`(?<![a-z])(${MONTH_PATTERN})\.?\s+the\s+(${ORDINAL_WORD})(?![a-z])${YEAR_TAIL}`,
  'gi',
);

const WEEKDAY = String.raw`(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?`;
/** Thursday the 18th · Tues. the 3rd · Friday the twenty-first (a day of the current month). */
export const WEEKDAY_THE_DAY = new RegExp(
  String.raw`(?<![a-z])${WEEKDAY},?\s+the\s+(?:(\d{1,2})(?:st|nd|rd|th)|(${ORDINAL_WORD}))(?![a-z\d])`,
  'gi',
);

/** The day number an ordinal word names ("Twenty first", "twenty-first"), or undefined. */
export function ordinalDay(word: string): number | undefined {
  return ORDINAL_DAYS.get(word.toLowerCase().replace(/[\s-]+/, '-'));
}
