/** Earliest and latest years accepted as a date in text: older or later ones are not PHI dates. */
const MIN_YEAR = 1850;
const MAX_YEAR = 2150;

/** Days per month in a common year, January first. */
const DAYS_IN_MONTH: readonly number[] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Gregorian leap year rule: divisible by 4, except centuries not divisible by 400. */
function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/**
 * True when year-month-day is a date that exists in the proleptic Gregorian calendar
 * (ISO 8601), with the year between 1850 and 2150: month 1-12, day 1 to the month's length,
 * February 29 only in leap years (every 4th year, except centuries not divisible by 400, so
 * 1900 and 2100 are not leap years and 2000 is). All three must be integers.
 */
export function isRealCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return false;
  const days = month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  return day <= days;
}

/**
 * Expands a two-digit year (0-99) to four digits with a sliding 100-year window around
 * `pivotYear` (usually the current year): the result is the year ending in `yy` within
 * [pivotYear - 89, pivotYear + 10]. So a year more than 10 years after the pivot goes to the
 * previous century (pivot 2025: 35 -> 2035, 36 -> 1936; a birth date `03/04/52` is 1952). This
 * is the sliding-window technique of two-digit year parsers (e.g. Java's SimpleDateFormat uses
 * -80/+20), weighted towards the past because PHI dates are mostly birth and service dates.
 * Returns NaN (never throws) when `yy` is not an integer 0-99 or `pivotYear` is not an integer.
 */
export function expandTwoDigitYear(yy: number, pivotYear: number): number {
  if (!Number.isInteger(yy) || yy < 0 || yy > 99 || !Number.isInteger(pivotYear)) return NaN;
  let year = pivotYear - (((pivotYear % 100) + 100) % 100) + yy;
  if (year > pivotYear + 10) year -= 100;
  else if (year < pivotYear - 89) year += 100;
  return year;
}

/** Full English month names, lower case, January first: `MONTH_NAMES[m - 1]` names month m. */
export const MONTH_NAMES: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Full names, three-letter abbreviations and "sept", to month numbers 1-12. */
const MONTH_LOOKUP: ReadonlyMap<string, number> = new Map(
  MONTH_NAMES.flatMap((name, i): [string, number][] => [
    [name, i + 1],
    [name.slice(0, 3), i + 1],
  ]).concat([['sept', 9]]),
);

/**
 * The month number 1-12 named by `word`: a full English month name (`January`), its
 * three-letter abbreviation (`Jan`, the abbreviations of the Chicago Manual of Style and
 * CLDR English) or `Sept`, case-insensitive, optionally followed by one dot (`Jan.`).
 * Returns undefined for anything else, including surrounding spaces.
 */
export function monthFromName(word: string): number | undefined {
  let length = word.length;
  if (length > 0 && word.charCodeAt(length - 1) === 46 /* . */) length--;
  if (length < 3 || length > 9) return undefined;
  return MONTH_LOOKUP.get(word.slice(0, length).toLowerCase());
}
