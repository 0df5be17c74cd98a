/**
 * System.Date.
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_date.htm
 *
 * Locale-dependent methods use the runtime user's locale, en_US: format() gives '3/21/2001',
 * parse() reads 'M/d/yyyy', toStartOfWeek() goes back to Sunday.
 */
import { method, staticMethod } from '../../natives.ts';
import type { NativeClass, NativeContext } from '../../natives.ts';
import { ApexDate, ApexDatetime, UnsupportedError } from '../../values.ts';
import type { ApexValue } from '../../values.ts';
import { dateArg, integerArg, isDate, selfAs, stringArg } from '../numbers/arguments.ts';
import {
  addDays,
  addMonths,
  dateOfDatetime,
  dayOfYear,
  daysInMonth,
  epochDayOfDate,
  isLeapYear,
  isoDayOfWeek,
  isValidDate,
  MILLIS_PER_DAY,
} from './calendar.ts';
import { parseStandardDatetime } from './standard-text.ts';

const dateSelf = (self: ApexValue, ctx: NativeContext): ApexDate => selfAs(self, isDate, ctx);

/** A date from fields; out-of-range months or days are refused (Apex's handling is undocumented). */
export function checkedDate(year: number, month: number, day: number): ApexDate {
  if (!isValidDate(year, month, day))
    throw new UnsupportedError('Date.newInstance with an out-of-range month or day');
  return new ApexDate(year, month, day);
}

function dateValueOf(text: string, ctx: NativeContext): ApexDate {
  const parsed = parseStandardDatetime(text);
  if (!parsed) throw ctx.error('System.TypeException', `Invalid date: ${text}`);
  return parsed.date;
}

/** Date.parse for en_US: month/day/year. */
function parseUsDate(text: string): ApexDate {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  const date = match ? [Number(match[3]), Number(match[1]), Number(match[2])] : null;
  // The error Apex raises for unparseable text is not documented.
  if (!date || !isValidDate(date[0] ?? 0, date[1] ?? 0, date[2] ?? 0)) {
    throw new UnsupportedError('Date.parse of text that is not M/d/yyyy');
  }
  return new ApexDate(date[0] ?? 0, date[1] ?? 0, date[2] ?? 0);
}

export const dateClass: NativeClass = {
  name: 'System.Date',
  implements: ['System.Comparable'],
  methods: [
    staticMethod('newInstance', ['Integer', 'Integer', 'Integer'], 'Date', (ctx, _self, args) =>
      checkedDate(integerArg(args, 0, ctx), integerArg(args, 1, ctx), integerArg(args, 2, ctx)),
    ),
    // "Returns the current date in the current user's time zone" (GMT in this runtime).
    staticMethod('today', [], 'Date', (ctx) => dateOfDatetime(new ApexDatetime(ctx.runtime.now()))),
    staticMethod('valueOf', ['String'], 'Date', (ctx, _self, args) =>
      dateValueOf(stringArg(args, 0, ctx), ctx),
    ),
    staticMethod('valueOf', ['Object'], 'Date', (_ctx, _self, args) => {
      const value = args[0] ?? null;
      if (value instanceof ApexDate) return value;
      // API 54.0 and later: a Datetime converts to its date without the time.
      if (value instanceof ApexDatetime) return dateOfDatetime(value);
      throw new UnsupportedError(
        `Date.valueOf(Object) with a ${value === null ? 'null' : typeof value} argument`,
      );
    }),
    staticMethod('parse', ['String'], 'Date', (ctx, _self, args) =>
      parseUsDate(stringArg(args, 0, ctx)),
    ),
    staticMethod('daysInMonth', ['Integer', 'Integer'], 'Integer', (ctx, _self, args) => {
      const month = integerArg(args, 1, ctx);
      if (month < 1 || month > 12)
        throw new UnsupportedError('Date.daysInMonth with a month outside 1..12');
      return daysInMonth(integerArg(args, 0, ctx), month);
    }),
    staticMethod('isLeapYear', ['Integer'], 'Boolean', (ctx, _self, args) =>
      isLeapYear(integerArg(args, 0, ctx)),
    ),
    method('addDays', ['Integer'], 'Date', (ctx, self, args) =>
      addDays(dateSelf(self, ctx), integerArg(args, 0, ctx)),
    ),
    method('addMonths', ['Integer'], 'Date', (ctx, self, args) =>
      addMonths(dateSelf(self, ctx), integerArg(args, 0, ctx)),
    ),
    method('addYears', ['Integer'], 'Date', (ctx, self, args) =>
      addMonths(dateSelf(self, ctx), 12 * integerArg(args, 0, ctx)),
    ),
    method('day', [], 'Integer', (ctx, self) => dateSelf(self, ctx).day),
    method('month', [], 'Integer', (ctx, self) => dateSelf(self, ctx).month),
    method('year', [], 'Integer', (ctx, self) => dateSelf(self, ctx).year),
    method('dayOfYear', [], 'Integer', (ctx, self) => dayOfYear(dateSelf(self, ctx))),
    method(
      'daysBetween',
      ['Date'],
      'Integer',
      (ctx, self, args) =>
        epochDayOfDate(dateArg(args, 0, ctx)) - epochDayOfDate(dateSelf(self, ctx)),
    ),
    method('monthsBetween', ['Date'], 'Integer', (ctx, self, args) => {
      const from = dateSelf(self, ctx);
      const to = dateArg(args, 0, ctx);
      return (to.year - from.year) * 12 + (to.month - from.month);
    }),
    method('isSameDay', ['Date'], 'Boolean', (ctx, self, args) => {
      const a = dateSelf(self, ctx);
      const b = dateArg(args, 0, ctx);
      return a.year === b.year && a.month === b.month && a.day === b.day;
    }),
    method('format', [], 'String', (ctx, self) => {
      const date = dateSelf(self, ctx);
      return `${date.month}/${date.day}/${date.year}`;
    }),
    method('toStartOfMonth', [], 'Date', (ctx, self) => {
      const date = dateSelf(self, ctx);
      return new ApexDate(date.year, date.month, 1);
    }),
    method('toStartOfWeek', [], 'Date', (ctx, self) => {
      const date = dateSelf(self, ctx);
      return addDays(date, -(isoDayOfWeek(date) % 7));
    }),
  ],
};

/** The Datetime at midnight GMT of a date (Date to Datetime conversion zeroes the time). */
export function midnightOf(date: ApexDate): ApexDatetime {
  return new ApexDatetime(epochDayOfDate(date) * MILLIS_PER_DAY);
}
