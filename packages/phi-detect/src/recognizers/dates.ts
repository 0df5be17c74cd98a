import {
  DATE_WORDS,
  MONTH_DAY_WORDS,
  NON_PHI_REFERENCE_WORDS,
  mentions,
} from '../context/keywords.ts';
import type { ScanContext } from '../engine/scan-context.ts';
import { expandTwoDigitYear, isRealCalendarDate, monthFromName } from '../validators/index.ts';
import { matchesOf } from '../engine/matches.ts';
import {
  MONTH_ABBREVIATION,
  MONTH_PATTERN as MONTH,
  SPANISH_MONTH_PATTERN,
  spanishMonth,
} from './date-patterns.ts';
import {
  MONTH_THE_ORDINAL_DAY,
  ORDINAL_DAY_OF_MONTH,
  WEEKDAY_THE_DAY,
  ordinalDay,
} from './date-words.ts';

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
const ORDINAL = '(?:st|nd|rd|th)?';
/** March 4th, 2024 · Mar. 4 · March 4 2024 · Mar-04-2024 */
const MONTH_FIRST = new RegExp(
  String.raw`(?<![a-z])(${MONTH})\.?(?:\s+|[-/])(\d{1,2})${ORDINAL}(?![\d:])(?:(?:,?\s+|[-/])(\d{4})(?!\d))?${TIME_TAIL}`,
  'gi',
);
/** 19580722 or 07221958: eight digits are a date only right after a date word ("DOB 19580722"). */
const COMPACT = /(?<![\w-])(\d{8})(?![\w-])/g;
/** 4 March 2024 · 4th of March · 04-Mar-2024 */
const DAY_FIRST = new RegExp(
  String.raw`(?<![\d.])(\d{1,2})${ORDINAL}(?:\s+of\s+|[\s-])(${MONTH})\.?(?![a-z])(?:,?[\s-](\d{4})(?!\d))?`,
  'gi',
);
/** 04MAR24 · 4MAR2024: the day-month-year stamp of pharmacy and billing systems. */
const DAY_MONTH_STAMP = new RegExp(
  String.raw`(?<![A-Za-z0-9])(\d{1,2})(${MONTH_ABBREVIATION})(\d{4}|\d{2})(?![A-Za-z0-9])`,
  'gi',
);
/** 12 de abril · 3 de marzo de 2024: Spanish, which many members write. */
const SPANISH_DAY_MONTH = new RegExp(
  String.raw`(?<![\d.])(\d{1,2})\s+de\s+(${SPANISH_MONTH_PATTERN})(?![a-z])(?:\s+de(?:l)?\s+(\d{4})(?!\d))?`,
  'gi',
);
/** March 2024 (a month and year still narrow down a birth or a visit). */
const MONTH_YEAR = new RegExp(String.raw`(?<![a-z])(${MONTH})\.?,?\s+(\d{4})(?!\d)`, 'gi');
/** Month words that are also everyday words: only capitalised, or with a day and a year. */
const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'jan', 'mar', 'dec', 'sept', 'june']);

type Report = (date: ParsedDate, base: number, rule: string) => void;

/**
 * Dates: numeric (US month-first; day-first when the day cannot be a month; ISO year-first),
 * with month names, ordinal words and weekdays, and month/day alone near a date word. All must
 * be real calendar dates. Bare years and weekdays are not reported: HIPAA Safe Harbor allows
 * the year.
 */
export function findDates(context: ScanContext, parsed: ParsedDate[] = []): void {
  const report: Report = (date, base, rule) => {
    const keyword = hasDateWordBefore(context, date.start);
    const reference = mentions(context.before(date.start, 16), NON_PHI_REFERENCE_WORDS);
    const confidence = base + (keyword ? 0.15 : 0) - (reference ? 0.5 : 0);
    // A day without its month cannot be compared with a known birthdate.
    if (date.month > 0) parsed.push(date);
    context.add(
      'DATE',
      date.start,
      date.end,
      rule,
      confidence,
      'A date (birth, service or another date about a person)',
    );
  };
  findNumericDates(context, report);
  findWrittenDates(context, report);
  findMonthDayDates(context, report);
}

function hasDateWordBefore(context: ScanContext, start: number): boolean {
  return mentions(context.before(start, 28), DATE_WORDS);
}

function findNumericDates(context: ScanContext, report: Report): void {
  for (const match of matchesOf(NUMERIC, context.text)) {
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
  for (const match of matchesOf(COMPACT, context.text)) {
    const date = interpretCompact(match[1] ?? '');
    if (!date || !hasDateWordBefore(context, match.index)) continue;
    report({ start: match.index, end: match.index + 8, ...date }, 0.7, 'date.compact');
  }
}

interface DayMonthYear {
  readonly day: number;
  readonly month: number;
  readonly year?: number;
}

/** A way of writing a day and a month (and maybe a year); one loop reports them all. */
interface DayMonthForm {
  readonly pattern: RegExp;
  readonly rule: string;
  /** The parts of a match, or undefined when its words name no month or day. */
  readonly read: (match: RegExpExecArray, context: ScanContext) => DayMonthYear | undefined;
  readonly confidence: (hasYear: boolean) => number;
}

const optionalYear = (text: string | undefined): number | undefined =>
  text === undefined ? undefined : Number(text);

/** Month-name forms with the month and the day in the given groups and the year in group 3. */
const monthNameForm = (pattern: RegExp, monthGroup: number, dayGroup: number): DayMonthForm => ({
  pattern,
  rule: 'date.month-name',
  read: (match, context) => {
    const year = optionalYear(match[3]);
    const month = acceptMonth(match[monthGroup] ?? '', year !== undefined, context, match.index);
    return month === undefined ? undefined : { day: Number(match[dayGroup]), month, year };
  },
  confidence: (hasYear) => (hasYear ? 0.82 : 0.72),
});

/** "fifth of March", "March the twenty-first". */
const ordinalWordForm = (pattern: RegExp, monthGroup: number, dayGroup: number): DayMonthForm => ({
  pattern,
  rule: 'date.words',
  read: (match) => {
    const day = ordinalDay(match[dayGroup] ?? '');
    const month = monthFromName(match[monthGroup] ?? '');
    if (day === undefined || month === undefined) return undefined;
    return { day, month, year: optionalYear(match[3]) };
  },
  confidence: () => 0.75,
});

const DAY_MONTH_FORMS: readonly DayMonthForm[] = [
  monthNameForm(MONTH_FIRST, 1, 2),
  monthNameForm(DAY_FIRST, 2, 1),
  ordinalWordForm(ORDINAL_DAY_OF_MONTH, 2, 1),
  ordinalWordForm(MONTH_THE_ORDINAL_DAY, 1, 2),
  {
    pattern: DAY_MONTH_STAMP,
    rule: 'date.stamp',
    read: ([, day = '', monthWord = '', year = '']) => {
      const month = monthFromName(monthWord);
      if (month === undefined) return undefined;
      const fullYear =
        year.length === 2 ? expandTwoDigitYear(Number(year), PIVOT_YEAR) : Number(year);
      return { day: Number(day), month, year: fullYear };
    },
    confidence: () => 0.75,
  },
  {
    pattern: SPANISH_DAY_MONTH,
    rule: 'date.spanish',
    read: ([, day = '', monthWord = '', year]) => {
      const month = spanishMonth(monthWord);
      return month === undefined
        ? undefined
        : { day: Number(day), month, year: optionalYear(year) };
    },
    confidence: () => 0.75,
  },
];

function findWrittenDates(context: ScanContext, report: Report): void {
  for (const form of DAY_MONTH_FORMS) {
    for (const match of matchesOf(form.pattern, context.text)) {
      const date = form.read(match, context);
      if (!date || !isRealCalendarDate(date.year ?? 2000, date.month, date.day)) continue;
      const start = match.index;
      const confidence = form.confidence(date.year !== undefined);
      report({ start, end: start + match[0].length, ...date }, confidence, form.rule);
    }
  }
  for (const match of matchesOf(MONTH_YEAR, context.text)) {
    const [, monthWord = '', year = ''] = match;
    const month = acceptMonth(monthWord, true, context, match.index);
    if (month === undefined || Number(year) < 1850 || Number(year) > 2150) continue;
    const start = match.index;
    report(
      { start, end: start + match[0].length, month, year: Number(year) },
      0.55,
      'date.month-year',
    );
  }
  // "Thursday the 18th": a day of an unnamed month.
  for (const match of matchesOf(WEEKDAY_THE_DAY, context.text)) {
    const day = match[1] === undefined ? ordinalDay(match[2] ?? '') : Number(match[1]);
    if (day === undefined || day < 1 || day > 31) continue;
    const start = match.index;
    report({ start, end: start + match[0].length, month: 0, day }, 0.7, 'date.weekday-day');
  }
}

function findMonthDayDates(context: ScanContext, report: Report): void {
  for (const match of matchesOf(MONTH_DAY_NUMERIC, context.text)) {
    const month = Number(match[1]);
    const day = Number(match[2]);
    const start = match.index;
    if (
      !isRealCalendarDate(2000, month, day) ||
      !(hasDateWordBefore(context, start) || mentions(context.before(start, 12), MONTH_DAY_WORDS))
    )
      continue;
    report({ start, end: start + match[0].length, month, day }, 0.55, 'date.month-day');
  }
}

/**
 * A month name, unless it is one of the everyday words ("may", "march") written in lower case
 * with no year and no date word before it ("on march 4" is a date, "we march 4 miles" is not).
 */
function acceptMonth(
  word: string,
  hasYear: boolean,
  context: ScanContext,
  start: number,
): number | undefined {
  const lower = word.toLowerCase();
  const capitalised = word[0] !== undefined && word[0] === word[0].toUpperCase();
  const everydayWord = AMBIGUOUS_MONTHS.has(lower) && !capitalised && !hasYear;
  if (everydayWord && !hasDateWordBefore(context, start)) return undefined;
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
  // "3.4.11" is a version number; dotted dates with a short year write two-digit parts.
  if (separator === '.' && c.length === 2 && (a.length < 2 || b.length < 2)) return undefined;
  const year = c.length === 2 ? expandTwoDigitYear(z, PIVOT_YEAR) : z;
  // Dots mean day-first in most of the world; otherwise US month-first. Either way, the other
  // order when the first cannot be a date ("07.22.1958", "22/07/1958").
  const dayFirst = (separator === '.' && y <= 12) || x > 12;
  const [month, day] = dayFirst ? [y, x] : [x, y];
  return isRealCalendarDate(year, month, day) ? { year, month, day } : undefined;
}

/** YYYYMMDD first (ISO basic format, what EHR exports print), then US MMDDYYYY. */
function interpretCompact(
  digits: string,
): { year: number; month: number; day: number } | undefined {
  const part = (from: number, to: number): number => Number(digits.slice(from, to));
  const readings = [
    { year: part(0, 4), month: part(4, 6), day: part(6, 8) },
    { year: part(4, 8), month: part(0, 2), day: part(2, 4) },
  ];
  return readings.find(
    ({ year, month, day }) => year >= 1850 && year <= 2150 && isRealCalendarDate(year, month, day),
  );
}
