/**
 * System.Math.
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_math.htm
 *
 * Overloads are resolved by Apex at compile time from the static argument types; the interpreter
 * picks one at run time from the argument values. So that any pick gives Apex's answer, each
 * numeric method computes in the highest number type among its actual arguments (Integer < Long <
 * Double < Decimal), which is the overload Apex's compiler chooses.
 *
 * The Decimal overloads of the transcendental functions (sqrt, exp, log, sin...) and of
 * ceil/floor/rint/signum are not implemented: the precision and scale of their Decimal results are
 * not documented. Double results come from JavaScript's Math, which can differ from Java's in the
 * last binary digit of transcendental functions.
 */
import { webcrypto } from 'node:crypto';
import { staticMethod } from '../natives.ts';
import type { NativeClass, NativeContext, NativeImpl, NativeMethod } from '../natives.ts';
import { ApexDouble, UnsupportedError } from '../values.ts';
import type { ApexDecimal, ApexValue } from '../values.ts';
import { divideByZero, nullPointer } from './numbers/arguments.ts';
import { absDecimal, compareDecimals, roundToInteger } from './numbers/decimal-core.ts';
import {
  NUMERIC_RANK,
  numericKind,
  roundHalfCeiling,
  toDecimalValue,
  toDoubleValue,
  toLongValue,
  wrapInteger,
  wrapLong,
} from './numbers/kinds.ts';
import type { ApexNumber, NumericKind } from './numbers/kinds.ts';

/** The arguments as numbers and the highest number type among them. */
function numbersOf(
  args: ApexValue[],
  ctx: NativeContext,
  name: string,
): { values: ApexNumber[]; kind: NumericKind } {
  let kind: NumericKind = 'Integer';
  const values = args.map((arg) => {
    if (arg === null) throw nullPointer(ctx);
    const argKind = numericKind(arg);
    if (!argKind) throw new UnsupportedError(`Math.${name} with a ${typeof arg} argument`);
    if (NUMERIC_RANK[argKind] > NUMERIC_RANK[kind]) kind = argKind;
    return arg as ApexNumber;
  });
  return { values, kind };
}

function asDecimal(value: ApexNumber, name: string): ApexDecimal {
  const decimal = toDecimalValue(value);
  if (!decimal)
    throw new UnsupportedError(`Math.${name} mixing a NaN or infinite Double with a Decimal`);
  return decimal;
}

/** Overload entries for every listed parameter type, all sharing one kind-dispatching implementation. */
function overloads(
  name: string,
  types: NumericKind[],
  arity: number,
  returns: (t: NumericKind) => string,
  impl: NativeImpl,
): NativeMethod[] {
  return types.map((type) =>
    staticMethod(name, Array<string>(arity).fill(type), returns(type), impl),
  );
}

const sameType = (type: NumericKind): string => type;

function absImpl(ctx: NativeContext, args: ApexValue[]): ApexValue {
  const { values, kind } = numbersOf(args, ctx, 'abs');
  const [value] = values as [ApexNumber];
  switch (kind) {
    case 'Integer':
      return wrapInteger(Math.abs(value as number)); // abs(-2147483648) stays negative, as in Java
    case 'Long': {
      const long = toLongValue(value as number | bigint);
      return wrapLong(long < 0n ? -long : long);
    }
    case 'Double':
      return new ApexDouble(Math.abs(toDoubleValue(value)));
    case 'Decimal':
      return absDecimal(asDecimal(value, 'abs'));
  }
}

/** max when sign is 1, min when it is -1. */
function extremeImpl(sign: 1 | -1, name: string): NativeImpl {
  return (ctx, _self, args) => {
    const { values, kind } = numbersOf(args, ctx, name);
    const [a, b] = values as [ApexNumber, ApexNumber];
    switch (kind) {
      case 'Integer':
        return sign > 0 ? Math.max(a as number, b as number) : Math.min(a as number, b as number);
      case 'Long': {
        const x = toLongValue(a as number | bigint);
        const y = toLongValue(b as number | bigint);
        return (sign > 0 ? x >= y : x <= y) ? x : y;
      }
      case 'Double':
        return new ApexDouble(
          sign > 0
            ? Math.max(toDoubleValue(a), toDoubleValue(b))
            : Math.min(toDoubleValue(a), toDoubleValue(b)),
        );
      case 'Decimal': {
        const x = asDecimal(a, name);
        const y = asDecimal(b, name);
        return compareDecimals(x, y) * sign >= 0 ? x : y;
      }
    }
  };
}

/** Math.mod: the remainder takes the sign of the dividend, as Java's % does (mod(-7, 3) is -1). */
function modImpl(ctx: NativeContext, args: ApexValue[]): ApexValue {
  const { values, kind } = numbersOf(args, ctx, 'mod');
  const [a, b] = values as [ApexNumber, ApexNumber];
  if (kind === 'Integer') {
    if (b === 0) throw divideByZero(ctx);
    return wrapInteger((a as number) % (b as number));
  }
  if (kind === 'Long') {
    const divisor = toLongValue(b as number | bigint);
    if (divisor === 0n) throw divideByZero(ctx);
    return toLongValue(a as number | bigint) % divisor;
  }
  throw new UnsupportedError(`Math.mod with a ${kind} argument`);
}

/** A Double function; a Decimal argument means Apex would pick the undocumented Decimal overload. */
function doubleFunction(name: string, compute: (...values: number[]) => number): NativeImpl {
  return (ctx, _self, args) => {
    const { values, kind } = numbersOf(args, ctx, name);
    if (kind === 'Decimal') throw new UnsupportedError(`Math.${name}(Decimal)`);
    return new ApexDouble(compute(...values.map(toDoubleValue)));
  };
}

function doubleOverloads(
  name: string,
  arity: number,
  compute: (...values: number[]) => number,
): NativeMethod[] {
  return overloads(name, ['Double', 'Decimal'], arity, sameType, doubleFunction(name, compute));
}

/** round(Decimal) half-even and round(Double) like Java Math.round, both as Integer or Long. */
function roundImpl(target: 'Integer' | 'Long'): NativeImpl {
  return (ctx, _self, args) => {
    const { values, kind } = numbersOf(args, ctx, target === 'Integer' ? 'round' : 'roundToLong');
    const [value] = values as [ApexNumber];
    const rounded =
      kind === 'Decimal'
        ? roundToInteger(asDecimal(value, 'round'), 'HALF_EVEN')
        : BigInt(roundHalfCeiling(toDoubleValue(value)));
    const limit = target === 'Integer' ? 2n ** 31n : 2n ** 63n;
    // "If the result is less than -2,147,483,648 or greater than 2,147,483,647, Apex generates an error"
    // without naming it.
    if (rounded < -limit || rounded >= limit)
      throw new UnsupportedError(`Math.round beyond ${target}`);
    return target === 'Integer' ? Number(rounded) : rounded;
  };
}

/** A uniformly distributed Double in [0, 1) from 53 random bits of a cryptographic generator. */
function randomDouble(): number {
  const [high = 0, low = 0] = webcrypto.getRandomValues(new Uint32Array(2));
  return ((high >>> 5) * 2 ** 26 + (low >>> 6)) / 2 ** 53;
}

export const mathClass: NativeClass = {
  name: 'System.Math',
  staticFields: {
    E: () => new ApexDouble(Math.E),
    PI: () => new ApexDouble(Math.PI),
  },
  methods: [
    ...overloads('abs', ['Integer', 'Long', 'Double', 'Decimal'], 1, sameType, (ctx, _s, args) =>
      absImpl(ctx, args),
    ),
    ...overloads(
      'max',
      ['Integer', 'Long', 'Double', 'Decimal'],
      2,
      sameType,
      extremeImpl(1, 'max'),
    ),
    ...overloads(
      'min',
      ['Integer', 'Long', 'Double', 'Decimal'],
      2,
      sameType,
      extremeImpl(-1, 'min'),
    ),
    ...overloads('mod', ['Integer', 'Long'], 2, sameType, (ctx, _s, args) => modImpl(ctx, args)),
    ...doubleOverloads('acos', 1, Math.acos),
    ...doubleOverloads('asin', 1, Math.asin),
    ...doubleOverloads('atan', 1, Math.atan),
    // Java's atan2(y, x); the Apex docs name the parameters (xCoordinate, yCoordinate) in that order.
    ...doubleOverloads('atan2', 2, Math.atan2),
    ...doubleOverloads('cbrt', 1, Math.cbrt),
    ...doubleOverloads('ceil', 1, Math.ceil),
    ...doubleOverloads('cos', 1, Math.cos),
    ...doubleOverloads('cosh', 1, Math.cosh),
    ...doubleOverloads('exp', 1, Math.exp),
    ...doubleOverloads('floor', 1, Math.floor),
    ...doubleOverloads('log', 1, Math.log),
    ...doubleOverloads('log10', 1, Math.log10),
    ...doubleOverloads('rint', 1, roundHalfEvenDouble),
    ...doubleOverloads('signum', 1, Math.sign),
    ...doubleOverloads('sin', 1, Math.sin),
    ...doubleOverloads('sinh', 1, Math.sinh),
    ...doubleOverloads('sqrt', 1, Math.sqrt),
    ...doubleOverloads('tan', 1, Math.tan),
    ...doubleOverloads('tanh', 1, Math.tanh),
    // pow has only a Double overload, so Decimal arguments convert to Double as they do in Apex.
    staticMethod('pow', ['Double', 'Double'], 'Double', (ctx, _self, args) => {
      const [base = 0, exponent = 0] = numbersOf(args, ctx, 'pow').values.map(toDoubleValue);
      return new ApexDouble(Math.pow(base, exponent));
    }),
    staticMethod('random', [], 'Double', () => new ApexDouble(randomDouble())),
    ...overloads('round', ['Double', 'Decimal'], 1, () => 'Integer', roundImpl('Integer')),
    ...overloads('roundToLong', ['Double', 'Decimal'], 1, () => 'Long', roundImpl('Long')),
  ],
};

/** Java Math.rint: the closest whole number, ties to the even one, keeping the sign of zero. */
function roundHalfEvenDouble(value: number): number {
  if (!Number.isFinite(value)) return value;
  const floor = Math.floor(value);
  const fraction = value - floor;
  const tieTarget = floor % 2 === 0 ? floor : floor + 1;
  const rounded = fraction < 0.5 ? floor : fraction > 0.5 ? floor + 1 : tieTarget;
  return rounded === 0 && (value < 0 || Object.is(value, -0)) ? -0 : rounded;
}

export const mathClasses: NativeClass[] = [mathClass];
