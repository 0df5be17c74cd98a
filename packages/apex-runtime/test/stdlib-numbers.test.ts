/**
 * Number operators, conversions and String.valueOf of primitives.
 * Expected values: Apex Developer Guide (rules of conversion, expression operators) and the Apex
 * Reference (Decimal, String.valueOf); Java semantics where Apex defers to them.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Decimal } from 'decimal.js';
import {
  ApexBlob,
  ApexDate,
  ApexDatetime,
  ApexDecimal,
  ApexDouble,
  ApexTime,
  UnsupportedError,
} from '../src/values.ts';
import type { ApexValue } from '../src/values.ts';
import {
  arithmetic,
  bitwise,
  bitwiseNot,
  compareNumbers,
  convertNumber,
  formatForConcatenation,
  formatPrimitive,
  negate,
  parseDecimal,
  shift,
} from '../src/stdlib/numbers/index.ts';
import { apexErrorOf, fakeContext } from './stdlib-fake-context.ts';

const ctx = fakeContext();
const dec = (text: string): ApexDecimal => {
  const value = parseDecimal(text);
  assert.ok(value, text);
  return value;
};
const dbl = (value: number): ApexDouble => new ApexDouble(value);
const show = (value: ApexValue): string | undefined => formatPrimitive(value);

describe('Integer and Long arithmetic', () => {
  it('wraps Integer overflow (Developer Guide: 2147483647 + 1 = -2147483648)', () => {
    assert.equal(arithmetic('+', 2147483647, 1, ctx), -2147483648);
    assert.equal(arithmetic('-', -2147483648, 1, ctx), 2147483647);
    assert.equal(arithmetic('*', 65536, 65536, ctx), 0);
    // "Long MillsPerYear = 365 * 24 * 60 * 60 * 1000" overflows in Integer arithmetic.
    const product = [24, 60, 60, 1000].reduce(
      (acc: ApexValue, n) => arithmetic('*', acc, n, ctx),
      365,
    );
    assert.equal(product, 1471228928);
  });

  it('promotes Integer with Long to Long and wraps at 64 bits', () => {
    assert.equal(arithmetic('+', 1, 2n, ctx), 3n);
    assert.equal(arithmetic('+', 9223372036854775807n, 1, ctx), -9223372036854775808n);
  });

  it('truncates division toward zero', () => {
    assert.equal(arithmetic('/', 7, 2, ctx), 3);
    assert.equal(arithmetic('/', -7, 2, ctx), -3);
    assert.equal(arithmetic('/', -7n, 2n, ctx), -3n);
    assert.equal(arithmetic('/', -2147483648, -1, ctx), -2147483648);
  });

  it("throws System.MathException 'Divide by 0'", () => {
    assert.deepEqual(
      apexErrorOf(() => arithmetic('/', 1, 0, ctx)),
      {
        type: 'System.MathException',
        message: 'Divide by 0',
      },
    );
    assert.equal(apexErrorOf(() => arithmetic('/', 1n, 0, ctx)).message, 'Divide by 0');
    assert.equal(apexErrorOf(() => arithmetic('/', dec('1.5'), 0, ctx)).message, 'Divide by 0');
  });

  it('throws NullPointerException for a null operand', () => {
    assert.deepEqual(
      apexErrorOf(() => arithmetic('+', null, 1, ctx)),
      {
        type: 'System.NullPointerException',
        message: 'Attempt to de-reference a null object',
      },
    );
  });

  it('negates with wrap-around', () => {
    assert.equal(negate(-2147483648, ctx), -2147483648);
    assert.equal(negate(5, ctx), -5);
    assert.equal(show(negate(dec('1.50'), ctx)), '-1.50');
  });
});

describe('Double and Decimal arithmetic', () => {
  it('computes in Double when a Double meets an Integer or Long', () => {
    const sum = arithmetic('+', dbl(1.5), 2, ctx);
    assert.ok(sum instanceof ApexDouble);
    assert.equal(sum.value, 3.5);
    assert.equal(show(arithmetic('/', dbl(5), 2n, ctx)), '2.5');
  });

  it('computes in Decimal when a Decimal is involved, Double included (Decimal is highest)', () => {
    const sum = arithmetic('+', dbl(0.5), dec('1.25'), ctx);
    assert.ok(sum instanceof ApexDecimal);
    assert.equal(show(sum), '1.75');
  });

  it('keeps the larger scale on + and - and adds scales on *', () => {
    assert.equal(show(arithmetic('+', dec('1.50'), dec('2.5'), ctx)), '4.00');
    assert.equal(show(arithmetic('-', dec('1.0'), 1, ctx)), '0.0');
    assert.equal(show(arithmetic('*', dec('1.50'), dec('2.5'), ctx)), '3.750');
    assert.equal(show(arithmetic('*', dec('4.12'), dec('4.12'), ctx)), '16.9744');
  });

  it('divides Decimals exactly when the quotient terminates', () => {
    assert.equal(show(arithmetic('/', dec('1.0'), dec('4.0'), ctx)), '0.25');
    assert.equal(show(arithmetic('/', dec('6.00'), 3, ctx)), '2.00');
    assert.equal(show(arithmetic('/', 10, dec('4'), ctx)), '2.5');
  });

  it('refuses a non-terminating Decimal quotient (its precision is undocumented)', () => {
    assert.throws(() => arithmetic('/', dec('1'), dec('3'), ctx), UnsupportedError);
  });

  it('adds days to a Date and to a Datetime', () => {
    const date = arithmetic('+', new ApexDate(2024, 2, 28), 2, ctx);
    assert.deepEqual(date, new ApexDate(2024, 3, 1));
    const datetime = arithmetic('-', new ApexDatetime(Date.UTC(2024, 0, 2)), dbl(0.5), ctx);
    assert.deepEqual(datetime, new ApexDatetime(Date.UTC(2024, 0, 1, 12)));
  });
});

describe('comparison and bitwise operators', () => {
  it('compares across number types', () => {
    assert.equal(compareNumbers(1, 2n, ctx), -1);
    assert.equal(compareNumbers(dec('1.10'), dec('1.1'), ctx), 0);
    assert.equal(compareNumbers(dbl(2.5), 2, ctx), 1);
    assert.ok(Number.isNaN(compareNumbers(dbl(NaN), 1, ctx)));
  });

  it('applies & | ^ to Booleans and integers', () => {
    assert.equal(bitwise('&', true, false, ctx), false);
    assert.equal(bitwise('^', true, false, ctx), true);
    assert.equal(bitwise('|', 5, 2, ctx), 7);
    assert.equal(bitwise('&', 6, 3n, ctx), 2n);
    assert.equal(bitwiseNot(0, ctx), -1);
  });

  it('shifts like Java, masking the count', () => {
    assert.equal(shift('<<', 1, 33, ctx), 2);
    assert.equal(shift('>>', -8, 1, ctx), -4);
    assert.equal(shift('>>>', -8, 28, ctx), 15);
    assert.equal(shift('>>>', -1n, 60, ctx), 15n);
  });
});

describe('convertNumber', () => {
  it('widens along Integer -> Long -> Double -> Decimal', () => {
    assert.equal(convertNumber(5, 'Long', ctx), 5n);
    assert.equal(show(convertNumber(5, 'Double', ctx)), '5.0');
    assert.equal(show(convertNumber(5n, 'Decimal', ctx)), '5');
    // A Double becomes a Decimal through its String form: 1.0 keeps scale 1.
    assert.equal(show(convertNumber(dbl(1), 'Decimal', ctx)), '1.0');
  });

  it('rejects narrowing a runtime value', () => {
    assert.deepEqual(
      apexErrorOf(() => convertNumber(5n, 'Integer', ctx)),
      {
        type: 'System.TypeException',
        message: 'Invalid conversion from runtime type Long to Integer',
      },
    );
    assert.equal(convertNumber(null, 'Integer', ctx), null);
  });
});

describe('formatPrimitive (String.valueOf)', () => {
  it('prints Booleans, Integers, Longs and null', () => {
    assert.equal(show(null), 'null');
    assert.equal(show(true), 'true');
    assert.equal(show(22), '22');
    assert.equal(show(123456789n), '123456789');
  });

  it('prints Doubles like Java (String.valueOf(12.34) is 12.34)', () => {
    assert.equal(show(dbl(12.34)), '12.34');
    assert.equal(show(dbl(1)), '1.0');
    assert.equal(show(dbl(1.5e10)), '1.5E10');
    assert.equal(show(dbl(0.0001)), '1.0E-4');
    assert.equal(show(dbl(0.001)), '0.001');
    assert.equal(show(dbl(1234567)), '1234567.0');
    assert.equal(show(dbl(12345678)), '1.2345678E7');
    assert.equal(show(dbl(-0)), '-0.0');
    assert.equal(show(dbl(NaN)), 'NaN');
  });

  it('prints Decimals with their scale, like BigDecimal.toString', () => {
    assert.equal(show(dec('3.14159265')), '3.14159265');
    assert.equal(show(dec('1.50')), '1.50');
    assert.equal(show(dec('0.000001')), '0.000001');
    assert.equal(show(dec('0.0000001')), '1E-7');
    assert.equal(show(new ApexDecimal(new Decimal(0), 32)), '0E-32');
    assert.equal(show(dec('1E+3')), '1E+3');
  });

  it('prints dates and times in their standard forms', () => {
    assert.equal(show(new ApexDate(2026, 11, 22)), '2026-11-22');
    // String.valueOf(Datetime.newInstance(1996, 6, 23)) is '1996-06-23 00:00:00' (GMT user).
    assert.equal(show(new ApexDatetime(Date.UTC(1996, 5, 23))), '1996-06-23 00:00:00');
    assert.equal(show(new ApexTime(((18 * 60 + 30) * 60 + 2) * 1000 + 20)), '18:30:02.020Z');
    assert.equal(show(new ApexBlob(new Uint8Array(12))), 'Blob[12]');
  });

  it('concatenates a Date with a midnight time', () => {
    assert.equal(formatForConcatenation(new ApexDate(2018, 6, 24)), '2018-06-24 00:00:00');
    assert.equal(formatForConcatenation(7), '7');
  });
});
