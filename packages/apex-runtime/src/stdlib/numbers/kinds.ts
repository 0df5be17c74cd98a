/**
 * The four Apex number types as JavaScript values (values.ts) and the lossless or documented
 * conversions between them. Numbers form a hierarchy, lowest to highest Integer, Long, Double,
 * Decimal; a lower type is always assignable to a higher one.
 * https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/langCon_apex_rules_of_conversion.htm
 */
import { ApexDecimal, ApexDouble } from '../../values.ts';
import type { ApexValue } from '../../values.ts';
import { decimalOfInteger } from './decimal-core.ts';
import { parseDecimal } from './decimal-text.ts';
import { doubleToString } from './double-text.ts';

export type NumericKind = 'Integer' | 'Long' | 'Double' | 'Decimal';

export type ApexNumber = number | bigint | ApexDouble | ApexDecimal;

/** Position in the documented hierarchy; a binary operation works in the higher of its operands. */
export const NUMERIC_RANK: Record<NumericKind, number> = {
  Integer: 0,
  Long: 1,
  Double: 2,
  Decimal: 3,
};

export function numericKind(value: ApexValue): NumericKind | null {
  if (typeof value === 'number') return 'Integer';
  if (typeof value === 'bigint') return 'Long';
  if (value instanceof ApexDouble) return 'Double';
  if (value instanceof ApexDecimal) return 'Decimal';
  return null;
}

export function isNumeric(value: ApexValue): value is ApexNumber {
  return numericKind(value) !== null;
}

/** Integer arithmetic wraps like Java int: 2147483647 + 1 = -2147483648. */
export function wrapInteger(value: number | bigint): number {
  return typeof value === 'bigint' ? Number(BigInt.asIntN(32, value)) : value | 0;
}

/** Long arithmetic wraps like Java long. */
export function wrapLong(value: bigint): bigint {
  return BigInt.asIntN(64, value);
}

export function toLongValue(value: number | bigint): bigint {
  return typeof value === 'bigint' ? value : BigInt(value);
}

/** The Double a lower-ranked or Decimal value converts to (Decimal.doubleValue rounds to nearest). */
export function toDoubleValue(value: ApexNumber): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof ApexDouble) return value.value;
  return Number(value.value.toString());
}

/**
 * The Decimal a number converts to. Integers get scale 0; a Double is "first converted to a String.
 * The scale is then set using the number of characters after the decimal point" (Decimal setScale
 * docs), so 1.5d becomes 1.5 and 1.0d becomes 1.0. NaN and infinities have no Decimal form: null.
 */
export function toDecimalValue(value: ApexNumber): ApexDecimal | null {
  if (value instanceof ApexDecimal) return value;
  if (value instanceof ApexDouble) {
    return Number.isFinite(value.value) ? parseDecimal(doubleToString(value.value)) : null;
  }
  return decimalOfInteger(value);
}

/** Java Math.round(double): the closest whole number, halves rounding toward positive infinity. */
export function roundHalfCeiling(value: number): number {
  const floor = Math.floor(value);
  return value - floor >= 0.5 ? floor + 1 : floor;
}
