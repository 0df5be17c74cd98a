/**
 * System.Time: a time of day. Adding past midnight wraps around, since a Time has no date.
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_time.htm
 */
import { method, staticMethod } from '../../natives.ts';
import type { NativeClass, NativeContext, NativeMethod } from '../../natives.ts';
import { UnsupportedError } from '../../values.ts';
import type { ApexTime, ApexValue } from '../../values.ts';
import { integerArg, isTime, selfAs } from '../numbers/arguments.ts';
import {
  MILLIS_PER_HOUR,
  MILLIS_PER_MINUTE,
  MILLIS_PER_SECOND,
  timeOf,
  wrapTime,
} from './calendar.ts';

const timeSelf = (self: ApexValue, ctx: NativeContext): ApexTime => selfAs(self, isTime, ctx);

function adder(name: string, unitMillis: number): NativeMethod {
  return method(name, ['Integer'], 'Time', (ctx, self, args) =>
    wrapTime(timeSelf(self, ctx).millis + integerArg(args, 0, ctx) * unitMillis),
  );
}

function component(name: string, unitMillis: number, modulo: number): NativeMethod {
  return method(
    name,
    [],
    'Integer',
    (ctx, self) => Math.floor(timeSelf(self, ctx).millis / unitMillis) % modulo,
  );
}

export const timeClass: NativeClass = {
  name: 'System.Time',
  implements: ['System.Comparable'],
  methods: [
    staticMethod(
      'newInstance',
      ['Integer', 'Integer', 'Integer', 'Integer'],
      'Time',
      (ctx, _self, args) => {
        const [hour, minute, second, millisecond] = [0, 1, 2, 3].map((index) =>
          integerArg(args, index, ctx),
        ) as [number, number, number, number];
        const inRange =
          hour >= 0 && hour < 24 && minute >= 0 && minute < 60 && second >= 0 && second < 60;
        // How Apex treats out-of-range fields is not documented.
        if (!inRange || millisecond < 0 || millisecond > 999) {
          throw new UnsupportedError('Time.newInstance with an out-of-range field');
        }
        return timeOf(hour, minute, second, millisecond);
      },
    ),
    adder('addHours', MILLIS_PER_HOUR),
    adder('addMinutes', MILLIS_PER_MINUTE),
    adder('addSeconds', MILLIS_PER_SECOND),
    adder('addMilliseconds', 1),
    component('hour', MILLIS_PER_HOUR, 24),
    component('minute', MILLIS_PER_MINUTE, 60),
    component('second', MILLIS_PER_SECOND, 60),
    component('millisecond', 1, 1000),
  ],
};
