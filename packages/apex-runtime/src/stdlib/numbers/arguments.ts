/**
 * Reading native-method receivers and arguments with Apex's checks. Shared by the number, string,
 * date/time and Math natives. A null where Apex needs a value throws the NullPointerException Apex
 * throws when it unboxes or dereferences null.
 */
import { ApexDate, ApexDatetime, ApexDecimal, ApexTime, UnsupportedError } from '../../values.ts';
import type { ApexValue } from '../../values.ts';
import type { NativeContext } from '../../natives.ts';
import { isNumeric, toDecimalValue, toDoubleValue } from './kinds.ts';

export function nullPointer(ctx: NativeContext): Error {
  return ctx.error('System.NullPointerException', 'Attempt to de-reference a null object');
}

/** Integer, Long and Decimal division (and Math.mod) by zero. */
export function divideByZero(ctx: NativeContext): Error {
  return ctx.error('System.MathException', 'Divide by 0');
}

function present(args: ApexValue[], index: number, ctx: NativeContext): ApexValue {
  const value = args[index];
  if (value === undefined || value === null) throw nullPointer(ctx);
  return value;
}

function wrongType(what: string, value: ApexValue): UnsupportedError {
  return new UnsupportedError(`${what} argument of runtime kind ${typeof value}`);
}

export function stringArg(args: ApexValue[], index: number, ctx: NativeContext): string {
  const value = present(args, index, ctx);
  if (typeof value !== 'string') throw wrongType('String', value);
  return value;
}

/** A String argument that may be null. */
export function optionalStringArg(args: ApexValue[], index: number): string | null {
  const value = args[index];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw wrongType('String', value);
  return value;
}

export function integerArg(args: ApexValue[], index: number, ctx: NativeContext): number {
  const value = present(args, index, ctx);
  if (typeof value !== 'number') throw wrongType('Integer', value);
  return value;
}

/** A Long parameter; an Integer argument widens. */
export function longArg(args: ApexValue[], index: number, ctx: NativeContext): bigint {
  const value = present(args, index, ctx);
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number') return BigInt(value);
  throw wrongType('Long', value);
}

/** A Double parameter; any number widens or converts. */
export function doubleArg(args: ApexValue[], index: number, ctx: NativeContext): number {
  const value = present(args, index, ctx);
  if (!isNumeric(value)) throw wrongType('Double', value);
  return toDoubleValue(value);
}

/** A Decimal parameter; any number converts (a Double through its string form). */
export function decimalArg(args: ApexValue[], index: number, ctx: NativeContext): ApexDecimal {
  const value = present(args, index, ctx);
  if (!isNumeric(value)) throw wrongType('Decimal', value);
  const decimal = toDecimalValue(value);
  if (!decimal) throw new UnsupportedError('a NaN or infinite Double passed as a Decimal');
  return decimal;
}

export function dateArg(args: ApexValue[], index: number, ctx: NativeContext): ApexDate {
  const value = present(args, index, ctx);
  if (!(value instanceof ApexDate)) throw wrongType('Date', value);
  return value;
}

export function datetimeArg(args: ApexValue[], index: number, ctx: NativeContext): ApexDatetime {
  const value = present(args, index, ctx);
  if (!(value instanceof ApexDatetime)) throw wrongType('Datetime', value);
  return value;
}

export function timeArg(args: ApexValue[], index: number, ctx: NativeContext): ApexTime {
  const value = present(args, index, ctx);
  if (!(value instanceof ApexTime)) throw wrongType('Time', value);
  return value;
}

/** The receiver of an instance method, checked against the JavaScript representation expected. */
export function selfAs<T extends ApexValue>(
  self: ApexValue,
  guard: (value: ApexValue) => value is T,
  ctx: NativeContext,
): T {
  if (self === null) throw nullPointer(ctx);
  if (!guard(self)) throw new UnsupportedError(`receiver of runtime kind ${typeof self}`);
  return self;
}

export const isString = (value: ApexValue): value is string => typeof value === 'string';
export const isInteger = (value: ApexValue): value is number => typeof value === 'number';
export const isLong = (value: ApexValue): value is bigint => typeof value === 'bigint';
export const isDecimal = (value: ApexValue): value is ApexDecimal => value instanceof ApexDecimal;
export const isDate = (value: ApexValue): value is ApexDate => value instanceof ApexDate;
export const isDatetime = (value: ApexValue): value is ApexDatetime =>
  value instanceof ApexDatetime;
export const isTime = (value: ApexValue): value is ApexTime => value instanceof ApexTime;
