/**
 * The JSON forms of Date, Datetime and Time.
 *
 * Serialized: Date '2026-11-22'; Time '10:00:00.000Z'; Datetime '2026-11-22T10:00:00.000Z' in Apex
 * objects and maps, but '2026-11-22T10:00:00.000+0000' for sObject fields (the form of the REST
 * API, which sObject serialization follows).
 *
 * Parsed: ISO 8601 with a 'T', seconds and fractions optional, and a zone of 'Z', '+hh:mm',
 * '+hhmm' or '+hh'. A date-time without a zone fails loudly (UnsupportedError): the zone Apex
 * assumes for it is undocumented.
 */
import { ApexDate, ApexDatetime, ApexTime, UnsupportedError } from '../../values.ts';

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

export function formatDate(date: ApexDate): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

export function formatDatetime(datetime: ApexDatetime, zone: 'Z' | '+0000'): string {
  const iso = new Date(datetime.millis).toISOString();
  return zone === 'Z' ? iso : iso.replace(/Z$/, '+0000');
}

export function formatTime(time: ApexTime): string {
  const millis = time.millis;
  const hours = Math.floor(millis / 3_600_000);
  const minutes = Math.floor(millis / 60_000) % 60;
  const seconds = Math.floor(millis / 1000) % 60;
  return `${pad(hours)}:${pad(minutes)}:${pad(seconds)}.${pad(millis % 1000, 3)}Z`;
}

/** Milliseconds at midnight UTC of a date (setUTCFullYear, unlike Date.UTC, takes years < 100 as is). */
function utcMidnight(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

function daysInMonth(year: number, month: number): number {
  return new Date(utcMidnight(year, month + 1, 0)).getUTCDate();
}

export function parseDate(text: string): ApexDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [match[1], match[2], match[3]].map(Number) as [number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return new ApexDate(year, month, day);
}

/** Milliseconds of a time of day 'HH:mm[:ss[.fraction]]'; undefined when out of range. */
function timeOfDay(
  hours: string,
  minutes: string,
  seconds = '0',
  fraction = '',
): number | undefined {
  const [h, m, s] = [hours, minutes, seconds].map(Number) as [number, number, number];
  if (h > 23 || m > 59 || s > 59) return undefined;
  const millis = Math.floor(Number(`0.${fraction || '0'}`) * 1000);
  return ((h * 60 + m) * 60 + s) * 1000 + millis;
}

export function parseDatetime(text: string): ApexDatetime | undefined {
  const match =
    /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/.exec(
      text,
    );
  if (!match) return undefined;
  const [, datePart = '', hours = '', minutes = '', seconds, fraction, zone] = match;
  const date = parseDate(datePart);
  const time = timeOfDay(hours, minutes, seconds, fraction);
  if (!date || time === undefined) return undefined;
  if (zone === undefined) throw new UnsupportedError('JSON date-time without a time zone');
  const utc = utcMidnight(date.year, date.month, date.day) + time;
  return new ApexDatetime(utc - zoneOffsetMillis(zone));
}

function zoneOffsetMillis(zone: string): number {
  if (zone === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2) || '0');
  return sign * (hours * 60 + minutes) * 60_000;
}

export function parseTime(text: string): ApexTime | undefined {
  const match = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?Z?$/.exec(text);
  if (!match) return undefined;
  const millis = timeOfDay(match[1] ?? '', match[2] ?? '', match[3], match[4]);
  return millis === undefined ? undefined : new ApexTime(millis);
}
