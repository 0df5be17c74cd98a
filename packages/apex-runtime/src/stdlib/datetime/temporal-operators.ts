/**
 * + and - with a Date or Datetime on the left: "If x is a Date and y is an Integer, returns a new Date
 * that is incremented by the specified number of days. If x is a Datetime and y is an Integer or
 * Double, returns a new Date[time] that is incremented by the specified number of days, with the
 * fractional portion corresponding to a portion of a day."
 * https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/langCon_apex_expressions_operators_understanding.htm
 */
import {
  ApexDate,
  ApexDatetime,
  ApexDecimal,
  ApexDouble,
  ApexTime,
  UnsupportedError,
} from '../../values.ts';
import type { ApexValue } from '../../values.ts';
import { addDays, MILLIS_PER_DAY } from './calendar.ts';

export function isTemporal(value: ApexValue): value is ApexDate | ApexDatetime | ApexTime {
  return value instanceof ApexDate || value instanceof ApexDatetime || value instanceof ApexTime;
}

/** Whole days as a number, or null when the value is not an Integer or Long. */
function wholeDays(value: ApexValue): number | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  return null;
}

/** Days (possibly fractional) as milliseconds, refusing fractions that are not whole milliseconds. */
function daysAsMillis(value: ApexValue): number | null {
  const whole = wholeDays(value);
  if (whole !== null) return whole * MILLIS_PER_DAY;
  let days: number;
  if (value instanceof ApexDouble) days = value.value;
  else if (value instanceof ApexDecimal) days = Number(value.value.toString());
  else return null;
  const millis = days * MILLIS_PER_DAY;
  // How Apex rounds a fraction of a day that is not a whole millisecond is not documented.
  if (!Number.isInteger(millis))
    throw new UnsupportedError('Datetime plus a fraction of a day below a millisecond');
  return millis;
}

export function temporalArithmetic(
  op: string,
  left: ApexDate | ApexDatetime | ApexTime,
  right: ApexValue,
): ApexValue {
  const sign = op === '+' ? 1 : op === '-' ? -1 : 0;
  if (sign !== 0 && left instanceof ApexDate) {
    const days = wholeDays(right);
    if (days !== null) return addDays(left, sign * days);
  }
  if (sign !== 0 && left instanceof ApexDatetime) {
    const millis = daysAsMillis(right);
    if (millis !== null) return new ApexDatetime(left.millis + sign * millis);
  }
  // Time +/- Integer compiles in Apex, but its unit is not documented.
  const leftType =
    left instanceof ApexDate ? 'Date' : left instanceof ApexDatetime ? 'Datetime' : 'Time';
  throw new UnsupportedError(`operator ${op} on ${leftType}`);
}
