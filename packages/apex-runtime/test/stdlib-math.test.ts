/**
 * System.Math, against the examples of
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_math.htm
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ApexDecimal, ApexDouble, UnsupportedError } from '../src/values.ts';
import type { ApexValue } from '../src/values.ts';
import { mathClass } from '../src/stdlib/math.ts';
import { formatPrimitive, parseDecimal } from '../src/stdlib/numbers/index.ts';
import { apexErrorOf, callStatic } from './stdlib-fake-context.ts';

const math = (signature: string, ...args: ApexValue[]): ApexValue =>
  callStatic(mathClass, signature, args);
const dec = (text: string): ApexDecimal => {
  const value = parseDecimal(text);
  assert.ok(value, text);
  return value;
};
const dbl = (value: number): ApexDouble => new ApexDouble(value);

describe('System.Math', () => {
  it('mod: remainder with the sign of the dividend (mod(12, 2) = 0, mod(8, 3) = 2, mod(-7, 3) = -1)', () => {
    assert.equal(math('mod(Integer,Integer)', 12, 2), 0);
    assert.equal(math('mod(Integer,Integer)', 8, 3), 2);
    assert.equal(math('mod(Integer,Integer)', -7, 3), -1);
    assert.equal(math('mod(Integer,Integer)', 7, -3), 1);
    assert.equal(math('mod(Long,Long)', -7n, 3n), -1n);
    assert.equal(apexErrorOf(() => math('mod(Integer,Integer)', 1, 0)).message, 'Divide by 0');
  });

  it('abs keeps the argument type (math.abs(-42) = 42)', () => {
    assert.equal(math('abs(Integer)', -42), 42);
    assert.equal(math('abs(Long)', -42n), 42n);
    assert.deepEqual(math('abs(Double)', dbl(-1.5)), dbl(1.5));
    assert.equal(formatPrimitive(math('abs(Decimal)', dec('-6.02214129'))), '6.02214129');
  });

  it('max and min in the highest argument type (max(12.3, 156.6) = 156.6)', () => {
    assert.equal(formatPrimitive(math('max(Decimal,Decimal)', dec('12.3'), dec('156.6'))), '156.6');
    assert.equal(formatPrimitive(math('min(Decimal,Decimal)', dec('12.3'), dec('156.6'))), '12.3');
    assert.equal(math('max(Integer,Integer)', 3, 9), 9);
    assert.equal(math('min(Integer,Integer)', 3, 9), 3);
    assert.equal(math('max(Long,Long)', 3, 9n), 9n);
    assert.ok(math('max(Double,Double)', 1, dec('2.5')) instanceof ApexDecimal);
    assert.deepEqual(math('min(Double,Double)', dbl(0.5), 2), dbl(0.5));
  });

  it('round and roundToLong: half-even for Decimal (4.5 -> 4, 5.5 -> 6), Java Math.round for Double', () => {
    assert.equal(math('round(Decimal)', dec('4.5')), 4);
    assert.equal(math('round(Decimal)', dec('5.5')), 6);
    assert.equal(math('roundToLong(Decimal)', dec('4.5')), 4n);
    assert.equal(math('roundToLong(Decimal)', dec('5.5')), 6n);
    assert.equal(math('round(Double)', dbl(2.5)), 3);
    assert.equal(math('roundToLong(Double)', dbl(-2.5)), -2n);
    assert.throws(() => math('round(Double)', dbl(3e9)), UnsupportedError);
  });

  it('Double functions', () => {
    assert.deepEqual(math('pow(Double,Double)', dbl(2), dbl(10)), dbl(1024));
    assert.deepEqual(math('sqrt(Double)', dbl(16)), dbl(4));
    assert.deepEqual(math('sqrt(Double)', 16), dbl(4));
    assert.deepEqual(math('ceil(Double)', dbl(1.2)), dbl(2));
    assert.deepEqual(math('floor(Double)', dbl(-1.2)), dbl(-2));
    assert.deepEqual(math('rint(Double)', dbl(2.5)), dbl(2));
    assert.deepEqual(math('rint(Double)', dbl(3.5)), dbl(4));
    assert.deepEqual(math('signum(Double)', dbl(-3)), dbl(-1));
    assert.deepEqual(math('log10(Double)', dbl(1000)), dbl(3));
    assert.deepEqual(math('exp(Double)', dbl(0)), dbl(1));
  });

  it('refuses the Decimal overloads whose result precision is undocumented', () => {
    assert.throws(() => math('sqrt(Decimal)', dec('2')), UnsupportedError);
    assert.throws(() => math('ceil(Decimal)', dec('1.5')), UnsupportedError);
  });

  it('random is in [0, 1)', () => {
    for (let i = 0; i < 100; i += 1) {
      const value = math('random()');
      assert.ok(value instanceof ApexDouble);
      assert.ok(value.value >= 0 && value.value < 1);
    }
  });

  it('exposes E and PI', () => {
    assert.deepEqual(mathClass.staticFields?.PI?.(undefined as never), dbl(Math.PI));
    assert.deepEqual(mathClass.staticFields?.E?.(undefined as never), dbl(Math.E));
  });
});
