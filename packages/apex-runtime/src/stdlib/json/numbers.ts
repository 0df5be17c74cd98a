/** Numbers between JSON text and Apex values. */
import { Decimal } from 'decimal.js';
import { ApexDecimal } from '../../values.ts';

const INT_MIN = -(2 ** 31);
const INT_MAX = 2 ** 31 - 1;
const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;

/**
 * A Decimal as Java's BigDecimal.toString writes it (Jackson's default for BigDecimal): plain
 * with its scale ('1.50'), or scientific when the adjusted exponent is below -6 ('1E-7').
 */
export function decimalJsonText(decimal: ApexDecimal): string {
  const scale = Math.max(0, decimal.scale);
  const plain = decimal.value.toFixed(scale);
  const negative = plain.startsWith('-');
  const digits = plain
    .replace(/^-/, '')
    .replace('.', '')
    .replace(/^0+(?=\d)/, '');
  const adjusted = digits.length - 1 - scale;
  if (adjusted >= -6) return plain;
  const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  return `${negative ? '-' : ''}${mantissa}E${adjusted}`;
}

/** A JSON number as a Decimal keeping its written scale ('100.10' has scale 2). */
export function decimalFromJson(text: string): ApexDecimal {
  const value = new Decimal(text);
  const [mantissa = '', exponent = '0'] = text.toLowerCase().split('e');
  const fractionDigits = mantissa.split('.')[1]?.length ?? 0;
  // An exponent shifts the scale; Apex's scale for '1e3' (negative in Java) is kept at 0 here.
  return new ApexDecimal(value, Math.max(0, fractionDigits - Number(exponent)));
}

/** An integral JSON number as Integer when it fits 32 bits, else Long when it fits 64, else undefined. */
export function integerFromJson(text: string): number | bigint | undefined {
  const value = BigInt(text);
  if (value >= BigInt(INT_MIN) && value <= BigInt(INT_MAX)) return Number(value);
  if (value >= LONG_MIN && value <= LONG_MAX) return value;
  return undefined;
}
