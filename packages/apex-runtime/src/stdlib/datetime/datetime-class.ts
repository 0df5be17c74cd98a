/**
 * System.Datetime. The running user's time zone is GMT in this runtime, so each "local" method
 * (hour(), date(), format(pattern)...) agrees with its Gmt twin; format(pattern, timezone) converts
 * to the named zone.
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_datetime.htm
 */
import { method, staticMethod } from '../../natives.ts';
import type { NativeClass, NativeContext, NativeMethod } from '../../natives.ts';
import { ApexDatetime, UnsupportedError } from '../../values.ts';
import type { ApexValue } from '../../values.ts';
import {
  dateArg,
  datetimeArg,
  integerArg,
  isDatetime,
  longArg,
  selfAs,
  stringArg,
  timeArg,
} from '../numbers/arguments.ts';
import {
  addMonths,
  dateOfDatetime,
  datetimeOf,
  dayOfYear,
  fieldsOf,
  MILLIS_PER_DAY,
  MILLIS_PER_HOUR,
  MILLIS_PER_MINUTE,
  MILLIS_PER_SECOND,
  timeOfDatetime,
} from './calendar.ts';
import type { DatetimeFields } from './calendar.ts';
import { checkedDate } from './date-class.ts';
import { formatPattern } from './simple-date-format.ts';
import { parseStandardDatetime } from './standard-text.ts';
import { GMT, zoneNamed } from './time-zones.ts';
import type { Zone } from './time-zones.ts';

const datetimeSelf = (self: ApexValue, ctx: NativeContext): ApexDatetime =>
  selfAs(self, isDatetime, ctx);

/** Formats the instant as seen in `zone`. */
export function formatInZone(datetime: ApexDatetime, pattern: string, zone: Zone): string {
  const offsetMinutes = zone.offsetMinutes(datetime.millis);
  const fields = fieldsOf(new ApexDatetime(datetime.millis + offsetMinutes * MILLIS_PER_MINUTE));
  return formatPattern(pattern, fields, { offsetMinutes, isGmt: zone.isGmt });
}

/** A GMT instant from fields; values outside their ranges are refused (undocumented in Apex). */
function instantOf(args: ApexValue[], ctx: NativeContext, withTime: boolean): ApexDatetime {
  const date = checkedDate(
    integerArg(args, 0, ctx),
    integerArg(args, 1, ctx),
    integerArg(args, 2, ctx),
  );
  if (!withTime) return datetimeOf(date, 0);
  const [hour, minute, second] = [3, 4, 5].map((index) => integerArg(args, index, ctx)) as [
    number,
    number,
    number,
  ];
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
    throw new UnsupportedError('Datetime.newInstance with an out-of-range hour, minute or second');
  }
  return datetimeOf(
    date,
    hour * MILLIS_PER_HOUR + minute * MILLIS_PER_MINUTE + second * MILLIS_PER_SECOND,
  );
}

function valueOfText(text: string, ctx: NativeContext): ApexDatetime {
  const parsed = parseStandardDatetime(text);
  if (!parsed) throw ctx.error('System.TypeException', `Invalid date/time: ${text}`);
  return datetimeOf(parsed.date, parsed.millisOfDay);
}

/** A component getter and its Gmt twin, identical while the user's zone is GMT. */
function componentPair(
  name: string,
  read: (fields: DatetimeFields, datetime: ApexDatetime) => number,
): NativeMethod[] {
  const impl = (ctx: NativeContext, self: ApexValue): number => {
    const datetime = datetimeSelf(self, ctx);
    return read(fieldsOf(datetime), datetime);
  };
  return [method(name, [], 'Integer', impl), method(`${name}Gmt`, [], 'Integer', impl)];
}

/** Adds a fixed number of milliseconds per unit (no daylight saving time in GMT). */
function adder(name: string, unitMillis: number): NativeMethod {
  return method(
    name,
    ['Integer'],
    'Datetime',
    (ctx, self, args) =>
      new ApexDatetime(datetimeSelf(self, ctx).millis + integerArg(args, 0, ctx) * unitMillis),
  );
}

function monthAdder(name: string, monthsPerUnit: number): NativeMethod {
  return method(name, ['Integer'], 'Datetime', (ctx, self, args) => {
    const datetime = datetimeSelf(self, ctx);
    const date = addMonths(dateOfDatetime(datetime), integerArg(args, 0, ctx) * monthsPerUnit);
    return datetimeOf(date, timeOfDatetime(datetime).millis);
  });
}

export const datetimeClass: NativeClass = {
  name: 'System.Datetime',
  implements: ['System.Comparable'],
  methods: [
    staticMethod('now', [], 'Datetime', (ctx) => new ApexDatetime(ctx.runtime.now())),
    staticMethod(
      'newInstance',
      ['Long'],
      'Datetime',
      (ctx, _self, args) => new ApexDatetime(Number(longArg(args, 0, ctx))),
    ),
    ...['newInstance', 'newInstanceGmt'].flatMap((name) => [
      staticMethod(name, ['Date', 'Time'], 'Datetime', (ctx, _self, args) =>
        datetimeOf(dateArg(args, 0, ctx), timeArg(args, 1, ctx).millis),
      ),
      staticMethod(name, ['Integer', 'Integer', 'Integer'], 'Datetime', (ctx, _self, args) =>
        instantOf(args, ctx, false),
      ),
      staticMethod(
        name,
        ['Integer', 'Integer', 'Integer', 'Integer', 'Integer', 'Integer'],
        'Datetime',
        (ctx, _self, args) => instantOf(args, ctx, true),
      ),
    ]),
    staticMethod('valueOf', ['String'], 'Datetime', (ctx, _self, args) =>
      valueOfText(stringArg(args, 0, ctx), ctx),
    ),
    staticMethod('valueOfGmt', ['String'], 'Datetime', (ctx, _self, args) =>
      valueOfText(stringArg(args, 0, ctx), ctx),
    ),
    staticMethod('valueOf', ['Object'], 'Datetime', (_ctx, _self, args) => {
      const value = args[0] ?? null;
      if (value instanceof ApexDatetime) return value;
      throw new UnsupportedError(
        `Datetime.valueOf(Object) with a ${value === null ? 'null' : typeof value} argument`,
      );
    }),
    adder('addDays', MILLIS_PER_DAY),
    adder('addHours', MILLIS_PER_HOUR),
    adder('addMinutes', MILLIS_PER_MINUTE),
    adder('addSeconds', MILLIS_PER_SECOND),
    monthAdder('addMonths', 1),
    monthAdder('addYears', 12),
    ...['date', 'dateGmt'].map((name) =>
      method(name, [], 'Date', (ctx, self) => dateOfDatetime(datetimeSelf(self, ctx))),
    ),
    ...['time', 'timeGmt'].map((name) =>
      method(name, [], 'Time', (ctx, self) => timeOfDatetime(datetimeSelf(self, ctx))),
    ),
    ...componentPair('year', (f) => f.year),
    ...componentPair('month', (f) => f.month),
    ...componentPair('day', (f) => f.day),
    ...componentPair('hour', (f) => f.hour),
    ...componentPair('minute', (f) => f.minute),
    ...componentPair('second', (f) => f.second),
    ...componentPair('millisecond', (f) => f.millisecond),
    ...componentPair('dayOfYear', (_f, datetime) => dayOfYear(dateOfDatetime(datetime))),
    method('getTime', [], 'Long', (ctx, self) => BigInt(datetimeSelf(self, ctx).millis)),
    method('isSameDay', ['Datetime'], 'Boolean', (ctx, self, args) => {
      const a = dateOfDatetime(datetimeSelf(self, ctx));
      const b = dateOfDatetime(datetimeArg(args, 0, ctx));
      return a.year === b.year && a.month === b.month && a.day === b.day;
    }),
    // en_US with ICU locale formats: "system.assertEquals('6/6/1993, 3:03 AM', mydatetime.format())".
    method('format', [], 'String', (ctx, self) =>
      formatInZone(datetimeSelf(self, ctx), 'M/d/yyyy, h:mm a', GMT),
    ),
    method('format', ['String'], 'String', (ctx, self, args) =>
      formatInZone(datetimeSelf(self, ctx), stringArg(args, 0, ctx), GMT),
    ),
    method('format', ['String', 'String'], 'String', (ctx, self, args) =>
      formatInZone(
        datetimeSelf(self, ctx),
        stringArg(args, 0, ctx),
        zoneNamed(stringArg(args, 1, ctx)),
      ),
    ),
    method('formatGmt', ['String'], 'String', (ctx, self, args) =>
      formatInZone(datetimeSelf(self, ctx), stringArg(args, 0, ctx), GMT),
    ),
  ],
};
