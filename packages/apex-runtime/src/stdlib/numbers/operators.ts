/**
 * The arithmetic, comparison and bitwise operators the interpreter evaluates on numbers.
 *
 * Promotion follows the documented hierarchy Integer < Long < Double < Decimal: an operation is done
 * in the higher type of its operands, so Integer op Long is Long and Double op Decimal is Decimal.
 * Integer and Long wrap on overflow ("Integer i = 2147483647 + 1" gives -2147483648).
 * https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/langCon_apex_rules_of_conversion.htm
 * https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/langCon_apex_expressions_operators_understanding.htm
 *
 * String concatenation is the interpreter's; Date/Datetime + number is delegated to the datetime module.
 */
import { ApexDecimal, ApexDouble, UnsupportedError } from '../../values.ts';
import type { ApexValue } from '../../values.ts';
import type { NativeContext } from '../../natives.ts';
import {
  addDecimals,
  compareDecimals,
  divideExactly,
  isZeroDecimal,
  multiplyDecimals,
  negateDecimal,
  subtractDecimals,
} from './decimal-core.ts';
import {
  NUMERIC_RANK,
  numericKind,
  toDecimalValue,
  toDoubleValue,
  toLongValue,
  wrapInteger,
  wrapLong,
} from './kinds.ts';
import type { ApexNumber, NumericKind } from './kinds.ts';
import { isTemporal, temporalArithmetic } from '../datetime/temporal-operators.ts';
import { divideByZero, nullPointer } from './arguments.ts';

export type ArithmeticOperator = '+' | '-' | '*' | '/';
export type BitwiseOperator = '&' | '|' | '^';
export type ShiftOperator = '<<' | '>>' | '>>>';

export { isNumeric } from './kinds.ts';

function describe(value: ApexValue): string {
  return numericKind(value) ?? (value === null ? 'null' : typeof value);
}

/** The higher of the two operand kinds, or null when either is not a number. */
function commonKind(a: ApexValue, b: ApexValue): NumericKind | null {
  const ka = numericKind(a);
  const kb = numericKind(b);
  if (!ka || !kb) return null;
  return NUMERIC_RANK[ka] >= NUMERIC_RANK[kb] ? ka : kb;
}

function asDecimal(value: ApexNumber, op: string): ApexDecimal {
  const decimal = toDecimalValue(value);
  if (!decimal) throw new UnsupportedError(`Decimal ${op} with a NaN or infinite Double`);
  return decimal;
}

/** a op b for two numbers, or a Date/Datetime and a number. */
export function arithmetic(
  op: ArithmeticOperator,
  a: ApexValue,
  b: ApexValue,
  ctx: NativeContext,
): ApexValue {
  if (a === null || b === null) throw nullPointer(ctx);
  if (isTemporal(a)) return temporalArithmetic(op, a, b);
  const kind = commonKind(a, b);
  if (!kind) throw new UnsupportedError(`operator ${op} on ${describe(a)} and ${describe(b)}`);
  const x = a as ApexNumber;
  const y = b as ApexNumber;
  switch (kind) {
    case 'Integer':
      return integerArithmetic(op, x as number, y as number, ctx);
    case 'Long':
      return longArithmetic(
        op,
        toLongValue(x as number | bigint),
        toLongValue(y as number | bigint),
        ctx,
      );
    case 'Double':
      return doubleArithmetic(op, toDoubleValue(x), toDoubleValue(y));
    case 'Decimal':
      return decimalArithmetic(op, asDecimal(x, op), asDecimal(y, op), ctx);
  }
}

function integerArithmetic(
  op: ArithmeticOperator,
  a: number,
  b: number,
  ctx: NativeContext,
): number {
  switch (op) {
    case '+':
      return wrapInteger(a + b);
    case '-':
      return wrapInteger(a - b);
    case '*':
      return Math.imul(a, b);
    case '/':
      if (b === 0) throw divideByZero(ctx);
      // Truncates toward zero; -2147483648 / -1 wraps back to -2147483648 as in Java.
      return wrapInteger(Math.trunc(a / b));
  }
}

function longArithmetic(op: ArithmeticOperator, a: bigint, b: bigint, ctx: NativeContext): bigint {
  switch (op) {
    case '+':
      return wrapLong(a + b);
    case '-':
      return wrapLong(a - b);
    case '*':
      return wrapLong(a * b);
    case '/':
      if (b === 0n) throw divideByZero(ctx);
      return wrapLong(a / b);
  }
}

function doubleArithmetic(op: ArithmeticOperator, a: number, b: number): ApexDouble {
  switch (op) {
    case '+':
      return new ApexDouble(a + b);
    case '-':
      return new ApexDouble(a - b);
    case '*':
      return new ApexDouble(a * b);
    case '/':
      // Whether Apex throws or yields Infinity/NaN here is not documented.
      if (b === 0) throw new UnsupportedError('Double division by zero');
      return new ApexDouble(a / b);
  }
}

function decimalArithmetic(
  op: ArithmeticOperator,
  a: ApexDecimal,
  b: ApexDecimal,
  ctx: NativeContext,
): ApexDecimal {
  switch (op) {
    case '+':
      return addDecimals(a, b);
    case '-':
      return subtractDecimals(a, b);
    case '*':
      return multiplyDecimals(a, b);
    case '/': {
      if (isZeroDecimal(b)) throw divideByZero(ctx);
      const quotient = divideExactly(a, b);
      // The precision Apex gives a non-terminating quotient is not documented (an org returns
      // 1/31 = 0.0322580645161290322580645161290323); refuse rather than guess digits.
      if (!quotient) {
        throw new UnsupportedError(
          'Decimal division with a non-terminating result (use Decimal.divide)',
        );
      }
      return quotient;
    }
  }
}

/** Unary minus. Integer and Long wrap (-(-2147483648) is -2147483648). */
export function negate(a: ApexValue, ctx: NativeContext): ApexValue {
  if (a === null) throw nullPointer(ctx);
  if (typeof a === 'number') return wrapInteger(-a);
  if (typeof a === 'bigint') return wrapLong(-a);
  if (a instanceof ApexDouble) return new ApexDouble(-a.value);
  if (a instanceof ApexDecimal) return negateDecimal(a);
  throw new UnsupportedError(`unary minus on ${describe(a)}`);
}

/**
 * Orders two numbers for < > <= >= (negative, zero, positive). Comparison happens in the higher
 * type. NaN compares as NaN, so every relational operator on it is false, as in Java.
 */
export function compareNumbers(a: ApexValue, b: ApexValue, ctx: NativeContext): number {
  if (a === null || b === null) throw nullPointer(ctx);
  const kind = commonKind(a, b);
  if (!kind) throw new UnsupportedError(`comparison of ${describe(a)} and ${describe(b)}`);
  const x = a as ApexNumber;
  const y = b as ApexNumber;
  if (kind === 'Integer' || kind === 'Long') {
    const lx = toLongValue(x as number | bigint);
    const ly = toLongValue(y as number | bigint);
    return lx < ly ? -1 : lx > ly ? 1 : 0;
  }
  if (kind === 'Double') {
    const dx = toDoubleValue(x);
    const dy = toDoubleValue(y);
    if (Number.isNaN(dx) || Number.isNaN(dy)) return NaN;
    return dx < dy ? -1 : dx > dy ? 1 : 0;
  }
  return compareDecimals(asDecimal(x, 'comparison'), asDecimal(y, 'comparison'));
}

/** & | ^ on two Booleans (both sides evaluated) or on Integer/Long (mixed gives Long). */
export function bitwise(
  op: BitwiseOperator,
  a: ApexValue,
  b: ApexValue,
  ctx: NativeContext,
): ApexValue {
  if (a === null || b === null) throw nullPointer(ctx);
  if (typeof a === 'boolean' && typeof b === 'boolean') {
    if (op === '&') return a && b;
    if (op === '|') return a || b;
    return a !== b;
  }
  if (typeof a === 'number' && typeof b === 'number') {
    if (op === '&') return a & b;
    if (op === '|') return a | b;
    return a ^ b;
  }
  if (
    (typeof a === 'number' || typeof a === 'bigint') &&
    (typeof b === 'number' || typeof b === 'bigint')
  ) {
    const x = toLongValue(a);
    const y = toLongValue(b);
    if (op === '&') return wrapLong(x & y);
    if (op === '|') return wrapLong(x | y);
    return wrapLong(x ^ y);
  }
  throw new UnsupportedError(`operator ${op} on ${describe(a)} and ${describe(b)}`);
}

/** ~x on Integer or Long. */
export function bitwiseNot(a: ApexValue, ctx: NativeContext): ApexValue {
  if (a === null) throw nullPointer(ctx);
  if (typeof a === 'number') return ~a;
  if (typeof a === 'bigint') return wrapLong(~a);
  throw new UnsupportedError(`operator ~ on ${describe(a)}`);
}

/** << >> >>> with Java semantics: the left operand's type, the count masked to 5 (Integer) or 6 (Long) bits. */
export function shift(
  op: ShiftOperator,
  a: ApexValue,
  b: ApexValue,
  ctx: NativeContext,
): ApexValue {
  if (a === null || b === null) throw nullPointer(ctx);
  if (typeof a === 'number' && typeof b === 'number') {
    if (op === '<<') return a << b;
    if (op === '>>') return a >> b;
    return wrapInteger(a >>> b);
  }
  if (typeof a === 'bigint' && (typeof b === 'number' || typeof b === 'bigint')) {
    const count = toLongValue(b) & 63n;
    if (op === '<<') return wrapLong(a << count);
    if (op === '>>') return a >> count;
    return wrapLong(BigInt.asUintN(64, a) >> count);
  }
  // Whether Integer << Long yields Integer (Java) or Long is not documented for Apex.
  throw new UnsupportedError(`operator ${op} on ${describe(a)} and ${describe(b)}`);
}
