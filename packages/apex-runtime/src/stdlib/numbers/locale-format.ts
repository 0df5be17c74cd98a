/**
 * The format() methods of Integer, Long, Double and Decimal: the number in the context user's
 * locale. The running user's locale is en_US in this runtime: ',' groups thousands, '.' separates
 * the fraction, and at most three fraction digits are kept ("Decimal myDecimal = 12345.6789;
 * system.assertEquals('12,345.679', myDecimal.format())"), with Java NumberFormat's half-even rounding.
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_decimal.htm (format)
 */
import { UnsupportedError } from '../../values.ts';
import type { ApexDecimal } from '../../values.ts';
import { rescale, stripTrailingZeros, toScaled } from './decimal-core.ts';
import { decimalToPlainString, decimalToString } from './decimal-text.ts';

const MAX_FRACTION_DIGITS = 3;

/** Groups the digits of a whole number by thousands: 1234567 -> 1,234,567. */
export function groupThousands(whole: bigint | number): string {
  const sign = whole < 0 ? '-' : '';
  const digits = String(whole < 0 ? -whole : whole);
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Decimal.format() / Double.format() for en_US. */
export function formatLocaleDecimal(value: ApexDecimal): string {
  // "Scientific notation will be used if an exponent is needed": which magnitudes need one is not
  // documented, so values whose String form has an exponent are refused.
  if (decimalToString(value).includes('E')) {
    throw new UnsupportedError('format() of a number that prints with an exponent');
  }
  const negative = toScaled(value).unscaled < 0n;
  const rounded = stripTrailingZeros(rescale(value, MAX_FRACTION_DIGITS, 'HALF_EVEN'));
  const [whole = '0', fraction] = decimalToPlainString(rounded).replace('-', '').split('.');
  const grouped = groupThousands(BigInt(whole));
  // Java's DecimalFormat keeps the sign of a negative value that rounds to zero ("-0").
  return (negative ? '-' : '') + grouped + (fraction ? `.${fraction}` : '');
}
