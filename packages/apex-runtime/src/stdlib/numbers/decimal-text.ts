/**
 * Decimal <-> text with Java BigDecimal rules. Decimal.valueOf(String) is documented as "As in Java,
 * the string is interpreted as representing a signed Decimal", and String.valueOf(Decimal) prints like
 * BigDecimal.toString (a zero with scale 32 prints '0E-32'); toPlainString never uses an exponent.
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_decimal.htm
 */
import { fromScaled, toScaled } from './decimal-core.ts';
import type { Scaled } from './decimal-core.ts';
import type { ApexDecimal } from '../../values.ts';

const BIG_DECIMAL_SYNTAX = /^([+-]?)(?:(\d+)(?:\.(\d*))?|\.(\d+))(?:[eE]([+-]?\d{1,9}))?$/;

/** Parses Java's BigDecimal(String) grammar; the scale is the digits after the point minus the exponent. */
export function parseDecimal(text: string): ApexDecimal | null {
  const match = BIG_DECIMAL_SYNTAX.exec(text);
  if (!match) return null;
  const [, sign = '', intDigits, pointDigits, onlyFraction, exponent] = match;
  const fraction = pointDigits ?? onlyFraction ?? '';
  const unscaled = BigInt(`${sign}${intDigits ?? ''}${fraction}` || '0');
  return fromScaled(unscaled, fraction.length - Number(exponent ?? '0'));
}

function coefficientDigits(s: Scaled): string {
  return (s.unscaled < 0n ? -s.unscaled : s.unscaled).toString();
}

/** BigDecimal.toString: plain unless the scale is negative or the adjusted exponent is below -6. */
export function decimalToString(d: ApexDecimal): string {
  const s = toScaled(d);
  const digits = coefficientDigits(s);
  const sign = s.unscaled < 0n ? '-' : '';
  const adjusted = -s.scale + (digits.length - 1);
  if (s.scale >= 0 && adjusted >= -6) return sign + placePoint(digits, s.scale);
  const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  return `${sign}${mantissa}E${adjusted > 0 ? '+' : ''}${adjusted}`;
}

/** BigDecimal.toPlainString: never an exponent; a negative scale appends zeros. */
export function decimalToPlainString(d: ApexDecimal): string {
  const s = toScaled(d);
  const digits = coefficientDigits(s);
  const sign = s.unscaled < 0n ? '-' : '';
  if (s.scale <= 0) return sign + digits + (s.unscaled === 0n ? '' : '0'.repeat(-s.scale));
  return sign + placePoint(digits, s.scale);
}

/** Inserts the decimal point `scale` digits from the right, padding with leading zeros. */
function placePoint(digits: string, scale: number): string {
  if (scale === 0) return digits;
  const padded = digits.padStart(scale + 1, '0');
  return `${padded.slice(0, padded.length - scale)}.${padded.slice(padded.length - scale)}`;
}
