/**
 * System.Double.
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_double.htm
 */
import { method, staticMethod } from '../../natives.ts';
import type { NativeClass, NativeContext } from '../../natives.ts';
import { ApexDouble, UnsupportedError } from '../../values.ts';
import type { ApexValue } from '../../values.ts';
import { selfAs, stringArg } from './arguments.ts';
import { parseDouble } from './double-text.ts';
import { roundHalfCeiling, toDecimalValue } from './kinds.ts';
import { formatLocaleDecimal } from './locale-format.ts';

const isDouble = (value: ApexValue): value is ApexDouble => value instanceof ApexDouble;

function doubleOf(self: ApexValue, ctx: NativeContext): number {
  return selfAs(self, isDouble, ctx).value;
}

function parseOrThrow(text: string, ctx: NativeContext): ApexDouble {
  const value = parseDouble(text);
  if (value === null) throw ctx.error('System.TypeException', `Invalid double: ${text}`);
  return new ApexDouble(value);
}

/** Truncation toward zero for in-range finite values; Java saturates beyond the range, Apex is undocumented. */
function truncated(value: number, min: number, max: number, target: string): number {
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new UnsupportedError(`Double.${target}() of a value outside the ${target} range`);
  }
  return Math.trunc(value);
}

export const doubleClass: NativeClass = {
  name: 'System.Double',
  methods: [
    staticMethod('valueOf', ['String'], 'Double', (ctx, _self, args) =>
      parseOrThrow(stringArg(args, 0, ctx), ctx),
    ),
    staticMethod('valueOf', ['Object'], 'Double', (ctx, _self, args) => {
      const value = args[0];
      if (value instanceof ApexDouble) return value;
      if (typeof value === 'string') return parseOrThrow(value, ctx);
      throw new UnsupportedError(
        `Double.valueOf(Object) with a ${value === null ? 'null' : typeof value} argument`,
      );
    }),
    method('format', [], 'String', (ctx, self) => {
      const decimal = toDecimalValue(selfAs(self, isDouble, ctx));
      if (!decimal) throw new UnsupportedError('Double.format() of NaN or Infinity');
      return formatLocaleDecimal(decimal);
    }),
    method('intValue', [], 'Integer', (ctx, self) =>
      truncated(doubleOf(self, ctx), -2147483648, 2147483647, 'intValue'),
    ),
    method('longValue', [], 'Long', (ctx, self) =>
      BigInt(truncated(doubleOf(self, ctx), -(2 ** 63), 2 ** 63 - 1024, 'longValue')),
    ),
    // "Returns the closest Long to the Double value": Java Math.round, halves round toward +infinity.
    method('round', [], 'Long', (ctx, self) => {
      const rounded = roundHalfCeiling(doubleOf(self, ctx));
      return BigInt(truncated(rounded, -(2 ** 63), 2 ** 63 - 1024, 'round'));
    }),
  ],
};
