import {
  DATE_WORDS,
  MONTH_DAY_WORDS,
  NON_PHI_REFERENCE_WORDS,
  mentions,
} from '../context/keywords.ts';
import type { ScanContext } from '../engine/scan-context.ts';
import { expandTwoDigitYear, isRealCalendarDate, monthFromName } from '../validators/index.ts';
import { matchesOf } from '../engine/matches.ts';

/** A date the scanner understood; known-identifier matching compares these to the record's birthdate. */
export interface ParsedDate {
  readonly start: number;
  readonly end: number;
  readonly year?: number;
  readonly month: number;
  readonly day?: number;
}

const PIVOT_YEAR = new Date().getFullYear();
const TIME_TAIL = String.raw`(?:,?\s(?:at\s)?\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?)?`;
const NUMERIC = new RegExp(
  String.raw`(?<![\d/.-])(\d{1,4})([/.-])(\d{1,2})\2(\d{2,4})${TIME_TAIL}(?![\d/]|[.-]\d)`,
  'gi',
);
const MONTH_DAY_NUMERIC = /(?<![\d/.-])(\d{1,2})\/(\d{1,2})(?![\d/]|[.-]\d)/g;
const MONTH =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const ORDINAL = '(?:st|nd|rd|th)?';
/** March 4th, 2024 · Mar. 4 · March 4 2024 */
const MONTH_FIRST = new RegExp(
  String.raw`(?<![a-z])(${MONTH})\.?\s+(\d{1,2})${ORDINAL}(?![\d:])(?:,?\s+(\d{4})(?!\d))?${TIME_TAIL}`,
  'gi',
);
/** 4 March 2024 · 4th of March · 04-Mar-2024 */
const DAY_FIRST = new RegExp(
  String.raw`(?<![\d.])(\d{1,2})${ORDINAL}(?:\s+of\s+|[\s-])(${MONTH})\.?(?![a-z])(?:,?[\s-](\d{4})(?!\d))?`,
  'gi',
);
/** March 2024 (a month and year still narrow down a birth or a visit). */
const MONTH_YEAR = new RegExp(String.raw`(?<![a-z])(${MONTH})\.?,?\s+(\d{4})(?!\d)`, 'gi');
/** Month words that are also everyday words: only capitalised, or with a day and a year. */
const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'jan', 'mar', 'dec', 'sept', 'june']);

/**
 * Dates: numeric (US month-first; day-first when the day cannot be a month; ISO year-first),
 * with month names, and month/day alone near a date word. All must be real calendar dates.
 * Bare years and weekdays are not reported: HIPAA Safe Harbor allows the year.
 */
export function findDates(context: ScanContext, parsed: ParsedDate[] = []): void {
  const { text } = context;
  const report = (date: ParsedDate, base: number, rule: string): void => {
    const keyword = mentions(context.before(date.start, 28), DATE_WORDS);
    const reference = mentions(context.before(date.start, 16), NON_PHI_REFERENCE_WORDS);
    const confidence = base + (keyword ? 0.15 : 0) - (reference ? 0.5 : 0);
    parsed.push(date);
    context.add(
      'DATE',
      date.start,
      date.end,
      rule,
      confidence,
      'A date (birth, service or another date about a person)',
    );
  };

  for (const match of matchesOf(NUMERIC, text)) {
    const [, a = '', separator = '', b = '', c = ''] = match;
    const date = interpretNumeric(a, b, c, separator);
    if (!date) continue;
    const start = match.index;
    const shortYear = c.length === 2 && a.length !== 4;
    report(
      { start, end: start + match[0].length, ...date },
      shortYear ? 0.6 : 0.78,
      'date.numeric',
    );
  }
  // Month-first and day-first forms differ only in which group holds the month.
  const monthNameForms = [
    { pattern: MONTH_FIRST, monthGroup: 1, dayGroup: 2 },
    { pattern: DAY_FIRST, monthGroup: 2, dayGroup: 1 },
  ];
  for (const { pattern, monthGroup, dayGroup } of monthNameForms) {
    for (const match of matchesOf(pattern, text)) {
      const day = Number(match[dayGroup]);
      const year = match[3] === undefined ? undefined : Number(match[3]);
      const month = acceptMonth(match[monthGroup] ?? '', year !== undefined);
      if (month === undefined || !isRealCalendarDate(year ?? 2000, month, day)) continue;
      const start = match.index;
      const date = { start, end: start + match[0].length, month, day, year };
      report(date, year === undefined ? 0.72 : 0.82, 'date.month-name');
    }
  }
  for (const match of matchesOf(MONTH_YEAR, text)) {
    const [, monthWord = '', year = ''] = match;
    const month = acceptMonth(monthWord, true);
    if (month === undefined || Number(year) < 1850 || Number(year) > 2150) continue;
    const start = match.index;
    report(
      { start, end: start + match[0].length, month, year: Number(year) },
      0.55,
      'date.month-year',
    );
  }
  for (const match of matchesOf(MONTH_DAY_NUMERIC, text)) {
    const month = Number(match[1]);
    const day = Number(match[2]);
    const start = match.index;
    if (
      !isRealCalendarDate(2000, month, day) ||
      !(
        mentions(context.before(start, 24), DATE_WORDS) ||
        mentions(context.before(start, 12), MONTH_DAY_WORDS)
      )
    )
      continue;
    report({ start, end: start + match[0].length, month, day }, 0.55, 'date.month-day');
  }
}

function acceptMonth(word: string, hasYear: boolean): number | undefined {
  const lower = word.toLowerCase();
  const capitalised = word[0] !== undefined && word[0] === word[0].toUpperCase();
  if (AMBIGUOUS_MONTHS.has(lower) && !capitalised && !hasYear) return undefined;
  return monthFromName(word);
}

function interpretNumeric(
  a: string,
  b: string,
  c: string,
  separator: string,
): { year: number; month: number; day: number } | undefined {
  const [x, y, z] = [Number(a), Number(b), Number(c)];
  if (a.length === 4) {
    return isRealCalendarDate(x, y, z) ? { year: x, month: y, day: z } : undefined;
  }
  if (a.length > 2 || (c.length !== 2 && c.length !== 4)) return undefined;
  const year = c.length === 2 ? expandTwoDigitYear(z, PIVOT_YEAR) : z;
  // Dots mean day-first in most of the world; otherwise US month-first unless impossible.
  const dayFirst = separator === '.' || x > 12;
  const [month, day] = dayFirst ? [y, x] : [x, y];
  return isRealCalendarDate(year, month, day) ? { year, month, day } : undefined;
}
