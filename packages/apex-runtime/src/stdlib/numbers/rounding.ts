/**
 * System.RoundingMode and integer division with an explicit rounding mode, the primitive every
 * Decimal rounding (setScale, divide, round, format) is built on.
 * Modes and their examples: https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_decimal.htm
 */
import { ApexEnumValue } from '../../values.ts';
import type { ApexValue } from '../../values.ts';

export const ROUNDING_MODES = [
  'CEILING',
  'DOWN',
  'FLOOR',
  'HALF_DOWN',
  'HALF_EVEN',
  'HALF_UP',
  'UNNECESSARY',
  'UP',
] as const;

export type RoundingModeName = (typeof ROUNDING_MODES)[number];

export const ROUNDING_MODE_ENUM = 'System.RoundingMode';

/**
 * Thrown by UNNECESSARY when the result is inexact. Callers holding a NativeContext turn it into
 * System.MathException (the docs: "If this rounding mode is specified on an operation that yields an
 * inexact result, a MathException is thrown"); the message is Java's BigDecimal wording.
 */
export class RoundingNecessaryError extends Error {
  constructor() {
    super('Rounding necessary');
  }
}

/** The mode named by a System.RoundingMode enum value (null when the value is not one). */
export function roundingModeOf(value: ApexValue): RoundingModeName | null {
  if (!(value instanceof ApexEnumValue) || value.enumType !== ROUNDING_MODE_ENUM) return null;
  const name = value.name.toUpperCase();
  return (ROUNDING_MODES as readonly string[]).includes(name) ? (name as RoundingModeName) : null;
}

/** Builds the enum constant, for code that needs to hand a mode back to Apex. */
export function roundingModeValue(mode: RoundingModeName): ApexEnumValue {
  return new ApexEnumValue(ROUNDING_MODE_ENUM, mode, ROUNDING_MODES.indexOf(mode));
}

/** numerator / denominator rounded to an integer with the given mode (denominator must be non-zero). */
export function divideRounded(
  numerator: bigint,
  denominator: bigint,
  mode: RoundingModeName,
): bigint {
  if (denominator < 0n) return divideRounded(-numerator, -denominator, mode);
  const truncated = numerator / denominator; // BigInt division truncates toward zero
  const remainder = numerator - truncated * denominator;
  if (remainder === 0n) return truncated;
  const sign = numerator < 0n ? -1n : 1n;
  const awayFromZero = truncated + sign;
  const twiceRemainder = 2n * (remainder < 0n ? -remainder : remainder);
  switch (mode) {
    case 'UP':
      return awayFromZero;
    case 'DOWN':
      return truncated;
    case 'CEILING':
      return sign > 0n ? awayFromZero : truncated;
    case 'FLOOR':
      return sign < 0n ? awayFromZero : truncated;
    case 'HALF_UP':
      return twiceRemainder >= denominator ? awayFromZero : truncated;
    case 'HALF_DOWN':
      return twiceRemainder > denominator ? awayFromZero : truncated;
    case 'HALF_EVEN':
      if (twiceRemainder !== denominator) {
        return twiceRemainder > denominator ? awayFromZero : truncated;
      }
      return truncated % 2n === 0n ? truncated : awayFromZero;
    case 'UNNECESSARY':
      throw new RoundingNecessaryError();
  }
}
