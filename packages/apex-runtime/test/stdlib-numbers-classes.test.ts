/**
 * System.Integer, Long, Double, Decimal and RoundingMode natives, against the examples of
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_decimal.htm
 * (and the Integer, Long and Double pages).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ApexDecimal, ApexDouble, ApexEnumValue, UnsupportedError } from '../src/values.ts';
import type { ApexValue } from '../src/values.ts';
import {
  formatPrimitive,
  numberClasses,
  parseDecimal,
  roundingModeValue,
} from '../src/stdlib/numbers/index.ts';
import type { NativeClass } from '../src/natives.ts';
import { apexErrorOf, callOn, callStatic } from './stdlib-fake-context.ts';
import type { RoundingModeName } from '../src/stdlib/numbers/rounding.ts';

const classNamed = (name: string): NativeClass => {
  const found = numberClasses.find((cls) => cls.name === name);
  assert.ok(found, name);
  return found;
};
const IntegerClass = classNamed('System.Integer');
const LongClass = classNamed('System.Long');
const DoubleClass = classNamed('System.Double');
const DecimalClass = classNamed('System.Decimal');
const dec = (text: string): ApexDecimal => {
  const value = parseDecimal(text);
  assert.ok(value, text);
  return value;
};
const show = (value: ApexValue): string | undefined => formatPrimitive(value);
const mode = (name: RoundingModeName): ApexEnumValue => roundingModeValue(name);

describe('System.Integer and System.Long', () => {
  it('parses with valueOf and rejects bad input with the Apex message', () => {
    assert.equal(callStatic(IntegerClass, 'valueOf(String)', ['-42']), -42);
    assert.deepEqual(
      apexErrorOf(() => callStatic(IntegerClass, 'valueOf(String)', ['abc'])),
      { type: 'System.TypeException', message: 'Invalid integer: abc' },
    );
    assert.equal(
      apexErrorOf(() => callStatic(IntegerClass, 'valueOf(String)', ['2147483648'])).message,
      'Invalid integer: 2147483648',
    );
    assert.equal(
      callStatic(LongClass, 'valueOf(String)', ['9223372036854775807']),
      9223372036854775807n,
    );
    assert.equal(
      apexErrorOf(() => callStatic(LongClass, 'valueOf(String)', ['1.5'])).message,
      'Invalid long: 1.5',
    );
  });

  it('formats with en_US grouping', () => {
    assert.equal(callOn(IntegerClass, 22, 'format()'), '22');
    assert.equal(callOn(IntegerClass, -1234567, 'format()'), '-1,234,567');
    assert.equal(callOn(LongClass, 299792458n, 'format()'), '299,792,458');
  });

  it('Long.intValue keeps the value when it fits', () => {
    assert.equal(callOn(LongClass, 1500n, 'intValue()'), 1500);
  });
});

describe('System.Double', () => {
  it('parses Java double syntax', () => {
    const value = callStatic(DoubleClass, 'valueOf(String)', ['3.14159']);
    assert.ok(value instanceof ApexDouble);
    assert.equal(value.value, 3.14159);
    assert.equal(
      (callStatic(DoubleClass, 'valueOf(String)', [' 1e3d ']) as ApexDouble).value,
      1000,
    );
    assert.equal(
      apexErrorOf(() => callStatic(DoubleClass, 'valueOf(String)', ['x'])).message,
      'Invalid double: x',
    );
  });

  it('rounds like Java Math.round and truncates in intValue/longValue', () => {
    assert.equal(callOn(DoubleClass, new ApexDouble(4.5), 'round()'), 5n);
    assert.equal(callOn(DoubleClass, new ApexDouble(-4.5), 'round()'), -4n);
    assert.equal(callOn(DoubleClass, new ApexDouble(-4.7), 'intValue()'), -4);
    assert.equal(callOn(DoubleClass, new ApexDouble(1.6e10), 'longValue()'), 16000000000n);
  });

  it('formats with at most three fraction digits', () => {
    assert.equal(callOn(DoubleClass, new ApexDouble(1234.56789), 'format()'), '1,234.568');
  });
});

describe('System.Decimal', () => {
  it('valueOf(String) keeps the scale of the text and rejects bad input', () => {
    const value = callStatic(DecimalClass, 'valueOf(String)', ['12.4567']);
    assert.equal(show(value), '12.4567');
    assert.equal(callOn(DecimalClass, value, 'scale()'), 4);
    assert.deepEqual(
      apexErrorOf(() => callStatic(DecimalClass, 'valueOf(String)', ['1,5'])),
      {
        type: 'System.TypeException',
        message: 'Invalid decimal: 1,5',
      },
    );
  });

  it('valueOf(Double) and valueOf(Long) (2.718281828459045, 299792458)', () => {
    assert.equal(
      show(callStatic(DecimalClass, 'valueOf(Double)', [new ApexDouble(2.718281828459045)])),
      '2.718281828459045',
    );
    assert.equal(show(callStatic(DecimalClass, 'valueOf(Long)', [299792458n])), '299792458');
  });

  it('setScale rounds half-even by default (8.987551787 -> 8.988) and pads with zeros', () => {
    assert.equal(show(callOn(DecimalClass, dec('8.987551787'), 'setScale(Integer)', [3])), '8.988');
    assert.equal(show(callOn(DecimalClass, dec('2.125'), 'setScale(Integer)', [2])), '2.12');
    assert.equal(show(callOn(DecimalClass, dec('1.5'), 'setScale(Integer)', [3])), '1.500');
    // "Decimal d = 4000; d = d.setScale(-3);" gives 4*10^3.
    assert.equal(show(callOn(DecimalClass, dec('4000'), 'setScale(Integer)', [-3])), '4E+3');
  });

  it('setScale and round honour every RoundingMode (documented examples)', () => {
    const inputs = ['5.5', '1.1', '-1.1', '-2.7'];
    const expected: Record<RoundingModeName, bigint[] | null> = {
      CEILING: [6n, 2n, -1n, -2n],
      DOWN: [5n, 1n, -1n, -2n],
      FLOOR: [5n, 1n, -2n, -3n],
      HALF_DOWN: [5n, 1n, -1n, -3n],
      HALF_EVEN: [6n, 1n, -1n, -3n],
      HALF_UP: [6n, 1n, -1n, -3n],
      UP: [6n, 2n, -2n, -3n],
      UNNECESSARY: null,
    };
    for (const [name, values] of Object.entries(expected) as [
      RoundingModeName,
      bigint[] | null,
    ][]) {
      if (!values) continue;
      assert.deepEqual(
        inputs.map((input) =>
          callOn(DecimalClass, dec(input), 'round(System.RoundingMode)', [mode(name)]),
        ),
        values,
        name,
      );
    }
    assert.equal(
      show(
        callOn(DecimalClass, dec('1.25'), 'setScale(Integer,System.RoundingMode)', [
          1,
          mode('HALF_UP'),
        ]),
      ),
      '1.3',
    );
  });

  it('UNNECESSARY throws System.MathException on an inexact result', () => {
    assert.equal(
      callOn(DecimalClass, dec('1.0'), 'round(System.RoundingMode)', [mode('UNNECESSARY')]),
      1n,
    );
    assert.equal(
      apexErrorOf(() =>
        callOn(DecimalClass, dec('5.5'), 'round(System.RoundingMode)', [mode('UNNECESSARY')]),
      ).type,
      'System.MathException',
    );
  });

  it('round() is half-even (4.5 -> 4, 5.5 -> 6, -5.7 -> -6)', () => {
    assert.deepEqual(
      ['4.5', '5.5', '5.2', '-5.7'].map((text) => callOn(DecimalClass, dec(text), 'round()')),
      [4n, 6n, 5n, -6n],
    );
  });

  it('divide(divisor, scale[, mode]) (19/100 -> 0.190, 12.4567/7 UP -> 1.78)', () => {
    assert.equal(
      show(callOn(DecimalClass, dec('19'), 'divide(Decimal,Integer)', [dec('100'), 3])),
      '0.190',
    );
    assert.equal(
      show(callOn(DecimalClass, dec('5'), 'divide(Decimal,Integer)', [dec('3'), 30])),
      '1.666666666666666666666666666667',
    );
    assert.equal(
      show(
        callOn(DecimalClass, dec('12.4567'), 'divide(Decimal,Integer,System.RoundingMode)', [
          dec('7'),
          2,
          mode('UP'),
        ]),
      ),
      '1.78',
    );
    assert.throws(
      () => callOn(DecimalClass, dec('1'), 'divide(Decimal,Integer)', [dec('8'), 2]),
      UnsupportedError,
    );
    assert.equal(
      apexErrorOf(() => callOn(DecimalClass, dec('1'), 'divide(Decimal,Integer)', [dec('0'), 2]))
        .message,
      'Divide by 0',
    );
  });

  it('converts with intValue, longValue, doubleValue', () => {
    assert.equal(callOn(DecimalClass, dec('1.602176565'), 'intValue()'), 1);
    assert.equal(callOn(DecimalClass, dec('-1.9'), 'intValue()'), -1);
    assert.equal(callOn(DecimalClass, dec('376.730313461'), 'longValue()'), 376n);
    assert.deepEqual(
      callOn(DecimalClass, dec('6.62606957'), 'doubleValue()'),
      new ApexDouble(6.62606957),
    );
  });

  it('abs, pow, precision, stripTrailingZeros, toPlainString, format', () => {
    assert.equal(show(callOn(DecimalClass, dec('-6.02214129'), 'abs()')), '6.02214129');
    assert.equal(show(callOn(DecimalClass, dec('4.12'), 'pow(Integer)', [2])), '16.9744');
    assert.equal(show(callOn(DecimalClass, dec('4.12'), 'pow(Integer)', [0])), '1');
    assert.equal(callOn(DecimalClass, dec('123.45'), 'precision()'), 5);
    assert.equal(callOn(DecimalClass, dec('123.123'), 'precision()'), 6);
    assert.equal(show(callOn(DecimalClass, dec('1.10000'), 'stripTrailingZeros()')), '1.1');
    assert.equal(callOn(DecimalClass, dec('12345.6789'), 'toPlainString()'), '12345.6789');
    assert.equal(callOn(DecimalClass, dec('1E+3'), 'toPlainString()'), '1000');
    assert.equal(callOn(DecimalClass, dec('12345.6789'), 'format()'), '12,345.679');
    assert.equal(callOn(DecimalClass, dec('100.00'), 'format()'), '100');
  });
});

describe('System.RoundingMode', () => {
  it('exposes its constants as enum values', () => {
    const cls = classNamed('System.RoundingMode');
    const halfUp = cls.staticFields?.HALF_UP?.(undefined as never);
    assert.ok(halfUp instanceof ApexEnumValue);
    assert.equal(halfUp.enumType, 'System.RoundingMode');
    assert.equal(halfUp.name, 'HALF_UP');
  });
});
