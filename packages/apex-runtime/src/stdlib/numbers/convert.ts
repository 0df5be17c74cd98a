/**
 * Converting a number to another number type: implicit widening on assignment and parameter passing,
 * and casts. "Variables of lower numeric types can always be assigned to higher types without
 * explicit conversion" (Integer -> Long -> Double -> Decimal). A cast in the other direction on a
 * runtime value fails like Apex's `(Integer) someObject` holding a Long.
 * https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/langCon_apex_rules_of_conversion.htm
 */
import {
  ApexDate,
  ApexDatetime,
  ApexDouble,
  ApexTime,
  ApexBlob,
  UnsupportedError,
} from '../../values.ts';
import type { ApexValue } from '../../values.ts';
import type { NativeContext } from '../../natives.ts';
import { NUMERIC_RANK, numericKind, toDecimalValue, toDoubleValue, toLongValue } from './kinds.ts';
import type { ApexNumber, NumericKind } from './kinds.ts';

/** The runtime type name Apex prints in "Invalid conversion from runtime type X to Y". */
export function runtimeTypeName(value: ApexValue, ctx: NativeContext): string {
  const kind = numericKind(value);
  if (kind) return kind;
  if (typeof value === 'string') return 'String';
  if (typeof value === 'boolean') return 'Boolean';
  if (value instanceof ApexDate) return 'Date';
  if (value instanceof ApexDatetime) return 'Datetime';
  if (value instanceof ApexTime) return 'Time';
  if (value instanceof ApexBlob) return 'Blob';
  const type = ctx.typeOf(value);
  return type.kind === 'class' || type.kind === 'sobject' ? type.name : 'Object';
}

export function invalidConversion(value: ApexValue, target: string, ctx: NativeContext): Error {
  return ctx.error(
    'System.TypeException',
    `Invalid conversion from runtime type ${runtimeTypeName(value, ctx)} to ${target}`,
  );
}

/**
 * `value` as the number type `target`. Widening always succeeds; Decimal -> Double is allowed (the
 * two convert freely, as Decimal.doubleValue does); narrowing a runtime value throws TypeException.
 */
export function convertNumber(
  value: ApexValue,
  target: NumericKind,
  ctx: NativeContext,
): ApexValue {
  if (value === null) return null;
  const kind = numericKind(value);
  if (!kind) throw invalidConversion(value, target, ctx);
  if (kind === target) return value;
  const number = value as ApexNumber;
  const widening = NUMERIC_RANK[target] > NUMERIC_RANK[kind];
  if (!widening && !(kind === 'Decimal' && target === 'Double')) {
    throw invalidConversion(value, target, ctx);
  }
  switch (target) {
    case 'Long':
      return toLongValue(number as number);
    case 'Double':
      return new ApexDouble(toDoubleValue(number));
    case 'Decimal': {
      const decimal = toDecimalValue(number);
      if (!decimal) throw new UnsupportedError('conversion of a NaN or infinite Double to Decimal');
      return decimal;
    }
    case 'Integer':
      throw invalidConversion(value, target, ctx);
  }
}
