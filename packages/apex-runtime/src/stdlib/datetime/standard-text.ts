/**
 * The fixed text forms of Date, Datetime and Time (String.valueOf, JSON-free debug output) and
 * parsing of the "yyyy-MM-dd HH:mm:ss" form that Date.valueOf and Datetime.valueOf accept.
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_string.htm (valueOf)
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_datetime.htm (valueOf)
 */
import { ApexDate } from '../../values.ts';
import type { ApexDatetime, ApexTime } from '../../values.ts';
import {
  fieldsOf,
  isValidDate,
  MILLIS_PER_HOUR,
  MILLIS_PER_MINUTE,
  MILLIS_PER_SECOND,
} from './calendar.ts';

export function pad(value: number, width: number): string {
  const digits = String(Math.abs(value)).padStart(width, '0');
  return value < 0 ? `-${digits}` : digits;
}

/** String.valueOf(Date): "yyyy-MM-dd". */
export function dateToString(date: ApexDate): string {
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** String.valueOf(Datetime): "yyyy-MM-dd HH:mm:ss" in the user's zone, which is GMT here. */
export function datetimeToString(datetime: ApexDatetime): string {
  const f = fieldsOf(datetime);
  return `${dateToString(new ApexDate(f.year, f.month, f.day))} ${pad(f.hour, 2)}:${pad(f.minute, 2)}:${pad(f.second, 2)}`;
}

/** String.valueOf(Time): "HH:mm:ss.SSSZ", e.g. 18:30:02.020Z. */
export function timeToString(time: ApexTime): string {
  const hour = Math.floor(time.millis / MILLIS_PER_HOUR);
  const minute = Math.floor(time.millis / MILLIS_PER_MINUTE) % 60;
  const second = Math.floor(time.millis / MILLIS_PER_SECOND) % 60;
  return `${pad(hour, 2)}:${pad(minute, 2)}:${pad(second, 2)}.${pad(time.millis % MILLIS_PER_SECOND, 3)}Z`;
}

export interface StandardFields {
  date: ApexDate;
  /** Milliseconds after midnight; 0 when the text had no time part. */
  millisOfDay: number;
  hasTime: boolean;
}

// The docs build the string without zero padding ('2008-10-5 12:20:20'), so one or two digits pass.
const STANDARD_SYNTAX = /^(\d{4})-(\d{1,2})-(\d{1,2})(?: (\d{1,2}):(\d{1,2}):(\d{1,2}))?$/;

/** Parses "yyyy-MM-dd" optionally followed by " HH:mm:ss"; null when the text or the date is invalid. */
export function parseStandardDatetime(text: string): StandardFields | null {
  const match = STANDARD_SYNTAX.exec(text);
  if (!match) return null;
  const [year, month, day, hour = 0, minute = 0, second = 0] = match
    .slice(1)
    .map((part) => (part === undefined ? undefined : Number(part))) as number[];
  if (year === undefined || month === undefined || day === undefined) return null;
  if (!isValidDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;
  return {
    date: new ApexDate(year, month, day),
    millisOfDay: hour * MILLIS_PER_HOUR + minute * MILLIS_PER_MINUTE + second * MILLIS_PER_SECOND,
    hasTime: match[4] !== undefined,
  };
}
