/**
 * Proleptic Gregorian calendar arithmetic shared by Date, Datetime and Time.
 *
 * Time zone: the running user's time zone is GMT in this runtime, so "local" Datetime methods
 * (date(), hour(), format()...) give the same results as their Gmt variants. An org whose user
 * lives elsewhere would see other local values.
 */
import { ApexDate, ApexDatetime, ApexTime } from '../../values.ts';

export const MILLIS_PER_SECOND = 1000;
export const MILLIS_PER_MINUTE = 60 * MILLIS_PER_SECOND;
export const MILLIS_PER_HOUR = 60 * MILLIS_PER_MINUTE;
export const MILLIS_PER_DAY = 24 * MILLIS_PER_HOUR;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1 = January). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  return DAYS_IN_MONTH[month - 1] ?? NaN;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function epochDayOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const marchBasedMonth = (month + 9) % 12;
  const dayOfYearFromMarch = Math.floor((153 * marchBasedMonth + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYearFromMarch;
  return era * 146097 + dayOfEra - 719468;
}

/** The calendar date of a day count since 1970-01-01 (civil_from_days). */
export function dateOfEpochDay(epochDay: number): ApexDate {
  const shifted = epochDay + 719468;
  const era = Math.floor(shifted / 146097);
  const dayOfEra = shifted - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYearFromMarch =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const marchBasedMonth = Math.floor((5 * dayOfYearFromMarch + 2) / 153);
  const day = dayOfYearFromMarch - Math.floor((153 * marchBasedMonth + 2) / 5) + 1;
  const month = marchBasedMonth < 10 ? marchBasedMonth + 3 : marchBasedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return new ApexDate(year, month, day);
}

/** True when the fields name a real calendar date (month 1-12, day within the month). */
export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

export function epochDayOfDate(date: ApexDate): number {
  return epochDayOf(date.year, date.month, date.day);
}

export function addDays(date: ApexDate, days: number): ApexDate {
  return dateOfEpochDay(epochDayOfDate(date) + days);
}

/** Adds months keeping the day, clamped to the last day of the target month (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(date: ApexDate, months: number): ApexDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return new ApexDate(year, month, Math.min(date.day, daysInMonth(year, month)));
}

export function dayOfYear(date: ApexDate): number {
  return epochDayOfDate(date) - epochDayOf(date.year, 1, 1) + 1;
}

/** Monday = 1 ... Sunday = 7 (ISO), as Java's Calendar-based patterns need it. */
export function isoDayOfWeek(date: ApexDate): number {
  const sundayBased = (((epochDayOfDate(date) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
  return sundayBased === 0 ? 7 : sundayBased;
}

/** The calendar fields of an instant in GMT. */
export interface DatetimeFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

export function fieldsOf(datetime: ApexDatetime): DatetimeFields {
  const epochDay = Math.floor(datetime.millis / MILLIS_PER_DAY);
  const date = dateOfEpochDay(epochDay);
  const ofDay = datetime.millis - epochDay * MILLIS_PER_DAY;
  return {
    year: date.year,
    month: date.month,
    day: date.day,
    hour: Math.floor(ofDay / MILLIS_PER_HOUR),
    minute: Math.floor(ofDay / MILLIS_PER_MINUTE) % 60,
    second: Math.floor(ofDay / MILLIS_PER_SECOND) % 60,
    millisecond: ofDay % MILLIS_PER_SECOND,
  };
}

export function datetimeOf(date: ApexDate, millisOfDay: number): ApexDatetime {
  return new ApexDatetime(epochDayOfDate(date) * MILLIS_PER_DAY + millisOfDay);
}

export function dateOfDatetime(datetime: ApexDatetime): ApexDate {
  return dateOfEpochDay(Math.floor(datetime.millis / MILLIS_PER_DAY));
}

export function timeOfDatetime(datetime: ApexDatetime): ApexTime {
  const epochDay = Math.floor(datetime.millis / MILLIS_PER_DAY);
  return new ApexTime(datetime.millis - epochDay * MILLIS_PER_DAY);
}

/** Time of day from its fields; values past their range roll over the day (Time wraps at midnight). */
export function timeOf(
  hour: number,
  minute: number,
  second: number,
  millisecond: number,
): ApexTime {
  return wrapTime(
    hour * MILLIS_PER_HOUR + minute * MILLIS_PER_MINUTE + second * MILLIS_PER_SECOND + millisecond,
  );
}

export function wrapTime(millis: number): ApexTime {
  return new ApexTime(((millis % MILLIS_PER_DAY) + MILLIS_PER_DAY) % MILLIS_PER_DAY);
}
