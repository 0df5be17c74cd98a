/**
 * Exact Decimal arithmetic with Java BigDecimal semantics, which Apex Decimal follows: a value is an
 * unscaled integer times 10^-scale, + and - keep the larger scale, * adds the scales, and rounding
 * only happens where a method asks for it. Computing on bigint keeps every digit; decimal.js is
 * only the storage type that values.ts prescribes.
 * Scale rules: https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_decimal.htm
 */
import { Decimal } from 'decimal.js';
import { ApexDecimal } from '../../values.ts';
import { divideRounded } from './rounding.ts';
import type { RoundingModeName } from './rounding.ts';

/**
 * decimal.js rounds arithmetic results to `precision` significant digits (20 by default). The runtime
 * never computes with decimal.js, but values it builds carry this constructor, so anyone who does
 * compute on them gets exact sums and products instead of silent rounding.
 */
const RuntimeDecimal = Decimal.clone({ precision: 1000, rounding: Decimal.ROUND_HALF_UP });

/** A Decimal as Java's BigDecimal sees it. */
export interface Scaled {
  readonly unscaled: bigint;
  readonly scale: number;
}

export function pow10(exponent: number): bigint {
  return 10n ** BigInt(exponent);
}

export function toScaled(d: ApexDecimal): Scaled {
  const places = d.value.decimalPlaces();
  if (d.scale < 0 && places === 0) {
    const whole = BigInt(d.value.toFixed(0));
    const factor = pow10(-d.scale);
    if (whole % factor === 0n) return { unscaled: whole / factor, scale: d.scale };
    return { unscaled: whole, scale: 0 };
  }
  // A value built elsewhere with more digits than its declared scale keeps its digits.
  const scale = Math.max(d.scale, places);
  return { unscaled: BigInt(d.value.toFixed(scale).replace('.', '')), scale };
}

export function fromScaled(unscaled: bigint, scale: number): ApexDecimal {
  return new ApexDecimal(new RuntimeDecimal(`${unscaled}e${-scale}`), scale);
}

export function decimalOfInteger(value: number | bigint): ApexDecimal {
  return fromScaled(BigInt(value), 0);
}

/** Both unscaled values expressed at the larger scale. */
function aligned(a: Scaled, b: Scaled): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [a.unscaled * pow10(scale - a.scale), b.unscaled * pow10(scale - b.scale), scale];
}

export function addDecimals(a: ApexDecimal, b: ApexDecimal): ApexDecimal {
  const [x, y, scale] = aligned(toScaled(a), toScaled(b));
  return fromScaled(x + y, scale);
}

export function subtractDecimals(a: ApexDecimal, b: ApexDecimal): ApexDecimal {
  const [x, y, scale] = aligned(toScaled(a), toScaled(b));
  return fromScaled(x - y, scale);
}

export function multiplyDecimals(a: ApexDecimal, b: ApexDecimal): ApexDecimal {
  const x = toScaled(a);
  const y = toScaled(b);
  return fromScaled(x.unscaled * y.unscaled, x.scale + y.scale);
}

export function compareDecimals(a: ApexDecimal, b: ApexDecimal): number {
  const [x, y] = aligned(toScaled(a), toScaled(b));
  return x < y ? -1 : x > y ? 1 : 0;
}

export function negateDecimal(a: ApexDecimal): ApexDecimal {
  const x = toScaled(a);
  return fromScaled(-x.unscaled, x.scale);
}

export function absDecimal(a: ApexDecimal): ApexDecimal {
  const x = toScaled(a);
  return x.unscaled < 0n ? fromScaled(-x.unscaled, x.scale) : a;
}

export function signumOf(a: ApexDecimal): -1 | 0 | 1 {
  const u = toScaled(a).unscaled;
  return u < 0n ? -1 : u > 0n ? 1 : 0;
}

export function isZeroDecimal(a: ApexDecimal): boolean {
  return signumOf(a) === 0;
}

/**
 * Java's BigDecimal.divide(divisor): the exact quotient at the preferred scale
 * (dividend scale - divisor scale) or the smallest larger scale that holds it exactly.
 * Null when the quotient does not terminate. The divisor must be non-zero.
 */
export function divideExactly(a: ApexDecimal, b: ApexDecimal): ApexDecimal | null {
  const x = toScaled(a);
  const y = toScaled(b);
  let numerator = x.unscaled;
  let extraDigits = 0;
  // A terminating quotient needs at most as many extra digits as the divisor's factors of 2 and 5.
  const limit = y.unscaled.toString().length * 4 + 4;
  while (numerator % y.unscaled !== 0n) {
    if (extraDigits > limit) return null;
    numerator *= 10n;
    extraDigits += 1;
  }
  return fromScaled(numerator / y.unscaled, x.scale - y.scale + extraDigits);
}

/** a / b rounded to `scale` decimal places (Decimal.divide(divisor, scale, roundingMode)). */
export function divideToScale(
  a: ApexDecimal,
  b: ApexDecimal,
  scale: number,
  mode: RoundingModeName,
): ApexDecimal {
  const x = toScaled(a);
  const y = toScaled(b);
  // value = (ux / uy) * 10^(sy - sx); wanted unscaled = value * 10^scale.
  const shift = scale + y.scale - x.scale;
  const numerator = shift >= 0 ? x.unscaled * pow10(shift) : x.unscaled;
  const denominator = shift >= 0 ? y.unscaled : y.unscaled * pow10(-shift);
  return fromScaled(divideRounded(numerator, denominator, mode), scale);
}

/** Decimal.setScale: the same value at another scale, rounding when digits are dropped. */
export function rescale(a: ApexDecimal, scale: number, mode: RoundingModeName): ApexDecimal {
  const x = toScaled(a);
  if (scale >= x.scale) return fromScaled(x.unscaled * pow10(scale - x.scale), scale);
  return fromScaled(divideRounded(x.unscaled, pow10(x.scale - scale), mode), scale);
}

/** The value rounded to a whole number (Decimal.round, intValue/longValue with mode DOWN). */
export function roundToInteger(a: ApexDecimal, mode: RoundingModeName): bigint {
  const x = toScaled(a);
  if (x.scale <= 0) return x.unscaled * pow10(-x.scale);
  return divideRounded(x.unscaled, pow10(x.scale), mode);
}

/** Java stripTrailingZeros: zero becomes 0 (scale 0); 100 becomes 1E+2 (scale -2). */
export function stripTrailingZeros(a: ApexDecimal): ApexDecimal {
  const x = toScaled(a);
  if (x.unscaled === 0n) return fromScaled(0n, 0);
  let unscaled = x.unscaled;
  let scale = x.scale;
  while (unscaled % 10n === 0n) {
    unscaled /= 10n;
    scale -= 1;
  }
  return fromScaled(unscaled, scale);
}

/** Decimal.precision(): the number of digits of the unscaled value (1 for zero). */
export function precisionOf(a: ApexDecimal): number {
  const u = toScaled(a).unscaled;
  return (u < 0n ? -u : u).toString().length;
}

/** Decimal.pow(n) for 0 <= n: exact, scale = scale * n as in Java BigDecimal.pow. */
export function powerOf(a: ApexDecimal, exponent: number): ApexDecimal {
  const x = toScaled(a);
  return fromScaled(x.unscaled ** BigInt(exponent), x.scale * exponent);
}
