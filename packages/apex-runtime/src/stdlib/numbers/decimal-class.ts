/**
 * System.Decimal.
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_decimal.htm
 */
import { method, staticMethod } from '../../natives.ts';
import type { NativeClass, NativeContext, NativeImpl } from '../../natives.ts';
import { ApexDouble, UnsupportedError } from '../../values.ts';
import type { ApexDecimal, ApexValue } from '../../values.ts';
import {
  decimalArg,
  divideByZero,
  integerArg,
  isDecimal,
  nullPointer,
  selfAs,
  stringArg,
} from './arguments.ts';
import {
  absDecimal,
  divideToScale,
  isZeroDecimal,
  powerOf,
  precisionOf,
  rescale,
  roundToInteger,
  stripTrailingZeros,
  toScaled,
} from './decimal-core.ts';
import { decimalToPlainString, parseDecimal } from './decimal-text.ts';
import { toDoubleValue } from './kinds.ts';
import { formatLocaleDecimal } from './locale-format.ts';
import { RoundingNecessaryError, roundingModeOf } from './rounding.ts';
import type { RoundingModeName } from './rounding.ts';

const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;

function decimalSelf(self: ApexValue, ctx: NativeContext): ApexDecimal {
  return selfAs(self, isDecimal, ctx);
}

export function roundingModeArg(
  args: ApexValue[],
  index: number,
  ctx: NativeContext,
): RoundingModeName {
  const value = args[index];
  if (value === undefined || value === null) throw nullPointer(ctx);
  const mode = roundingModeOf(value);
  if (!mode) throw new UnsupportedError('a rounding mode that is not a System.RoundingMode value');
  return mode;
}

/** Runs a rounding computation, turning UNNECESSARY on an inexact result into System.MathException. */
export function withRounding<T>(ctx: NativeContext, compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (error instanceof RoundingNecessaryError)
      throw ctx.error('System.MathException', error.message);
    throw error;
  }
}

/** setScale documents "The value of scale must be between -33 and 33"; what happens beyond is not. */
function checkedScale(scale: number): number {
  if (scale < -33 || scale > 33) throw new UnsupportedError('Decimal scale outside -33..33');
  return scale;
}

function checkedDivisor(divisor: ApexDecimal, ctx: NativeContext): ApexDecimal {
  if (isZeroDecimal(divisor)) throw divideByZero(ctx);
  return divisor;
}

/** The whole part (truncated toward zero), refusing values that do not fit: Apex's overflow is undocumented. */
function wholePart(value: ApexDecimal, min: bigint, max: bigint, target: string): bigint {
  const whole = roundToInteger(value, 'DOWN');
  if (whole < min || whole > max)
    throw new UnsupportedError(`Decimal.${target}() of a value outside the range`);
  return whole;
}

const roundWith =
  (pickMode: (ctx: NativeContext, args: ApexValue[]) => RoundingModeName): NativeImpl =>
  (ctx, self, args) =>
    withRounding(ctx, () => {
      const rounded = roundToInteger(decimalSelf(self, ctx), pickMode(ctx, args));
      if (rounded < LONG_MIN || rounded > LONG_MAX)
        throw new UnsupportedError('Decimal.round() beyond Long');
      return rounded;
    });

/**
 * divide(divisor, scale) does not document its rounding mode; HALF_UP and HALF_EVEN differ only on
 * an exact tie, so ties are refused instead of guessed.
 */
function divideWithDefaultRounding(
  dividend: ApexDecimal,
  divisor: ApexDecimal,
  scale: number,
): ApexDecimal {
  const halfUp = divideToScale(dividend, divisor, scale, 'HALF_UP');
  const halfEven = divideToScale(dividend, divisor, scale, 'HALF_EVEN');
  if (toScaled(halfUp).unscaled !== toScaled(halfEven).unscaled) {
    throw new UnsupportedError(
      'Decimal.divide(divisor, scale) on an exact tie (its rounding is undocumented)',
    );
  }
  return halfUp;
}

export const decimalClass: NativeClass = {
  name: 'System.Decimal',
  methods: [
    staticMethod('valueOf', ['String'], 'Decimal', (ctx, _self, args) => {
      const text = stringArg(args, 0, ctx);
      const value = parseDecimal(text);
      if (!value) throw ctx.error('System.TypeException', `Invalid decimal: ${text}`);
      return value;
    }),
    staticMethod('valueOf', ['Double'], 'Decimal', (ctx, _self, args) => decimalArg(args, 0, ctx)),
    staticMethod('valueOf', ['Long'], 'Decimal', (ctx, _self, args) => decimalArg(args, 0, ctx)),
    method('abs', [], 'Decimal', (ctx, self) => absDecimal(decimalSelf(self, ctx))),
    method('divide', ['Decimal', 'Integer'], 'Decimal', (ctx, self, args) =>
      divideWithDefaultRounding(
        decimalSelf(self, ctx),
        checkedDivisor(decimalArg(args, 0, ctx), ctx),
        checkedScale(integerArg(args, 1, ctx)),
      ),
    ),
    method('divide', ['Decimal', 'Integer', 'System.RoundingMode'], 'Decimal', (ctx, self, args) =>
      withRounding(ctx, () =>
        divideToScale(
          decimalSelf(self, ctx),
          checkedDivisor(decimalArg(args, 0, ctx), ctx),
          checkedScale(integerArg(args, 1, ctx)),
          roundingModeArg(args, 2, ctx),
        ),
      ),
    ),
    method(
      'doubleValue',
      [],
      'Double',
      (ctx, self) => new ApexDouble(toDoubleValue(decimalSelf(self, ctx))),
    ),
    method('format', [], 'String', (ctx, self) => formatLocaleDecimal(decimalSelf(self, ctx))),
    method('intValue', [], 'Integer', (ctx, self) =>
      Number(wholePart(decimalSelf(self, ctx), -(2n ** 31n), 2n ** 31n - 1n, 'intValue')),
    ),
    method('longValue', [], 'Long', (ctx, self) =>
      wholePart(decimalSelf(self, ctx), LONG_MIN, LONG_MAX, 'longValue'),
    ),
    method('pow', ['Integer'], 'Decimal', (ctx, self, args) => {
      const exponent = integerArg(args, 0, ctx);
      // "The value of exponent must be between 0 and 32,767."
      if (exponent < 0 || exponent > 32767)
        throw new UnsupportedError('Decimal.pow exponent outside 0..32767');
      return powerOf(decimalSelf(self, ctx), exponent);
    }),
    method('precision', [], 'Integer', (ctx, self) => precisionOf(decimalSelf(self, ctx))),
    method(
      'round',
      [],
      'Long',
      roundWith(() => 'HALF_EVEN'),
    ),
    method(
      'round',
      ['System.RoundingMode'],
      'Long',
      roundWith((ctx, args) => roundingModeArg(args, 0, ctx)),
    ),
    method('scale', [], 'Integer', (ctx, self) => toScaled(decimalSelf(self, ctx)).scale),
    method('setScale', ['Integer'], 'Decimal', (ctx, self, args) =>
      rescale(decimalSelf(self, ctx), checkedScale(integerArg(args, 0, ctx)), 'HALF_EVEN'),
    ),
    method('setScale', ['Integer', 'System.RoundingMode'], 'Decimal', (ctx, self, args) =>
      withRounding(ctx, () =>
        rescale(
          decimalSelf(self, ctx),
          checkedScale(integerArg(args, 0, ctx)),
          roundingModeArg(args, 1, ctx),
        ),
      ),
    ),
    method('stripTrailingZeros', [], 'Decimal', (ctx, self) =>
      stripTrailingZeros(decimalSelf(self, ctx)),
    ),
    method('toPlainString', [], 'String', (ctx, self) =>
      decimalToPlainString(decimalSelf(self, ctx)),
    ),
  ],
};
