/**
 * Numbers: the operator semantics the interpreter calls, String.valueOf for primitives, and the
 * System.Integer, Long, Double, Decimal and RoundingMode natives.
 */
import type { NativeClass } from '../../natives.ts';
import { decimalClass } from './decimal-class.ts';
import { doubleClass } from './double-class.ts';
import { integerClass, longClass } from './integer-classes.ts';
import { ROUNDING_MODE_ENUM, ROUNDING_MODES, roundingModeValue } from './rounding.ts';

export {
  arithmetic,
  bitwise,
  bitwiseNot,
  compareNumbers,
  isNumeric,
  negate,
  shift,
} from './operators.ts';
export type { ArithmeticOperator, BitwiseOperator, ShiftOperator } from './operators.ts';
export { convertNumber, invalidConversion, runtimeTypeName } from './convert.ts';
export { formatForConcatenation, formatPrimitive } from './format-primitive.ts';
export { numericKind } from './kinds.ts';
export type { ApexNumber, NumericKind } from './kinds.ts';
export { decimalToString, parseDecimal } from './decimal-text.ts';
export { doubleToString, parseDouble } from './double-text.ts';
export { roundingModeOf, roundingModeValue } from './rounding.ts';

/** System.RoundingMode: its constants, as ApexEnumValue with enumType 'System.RoundingMode'. */
const roundingModeClass: NativeClass = {
  name: ROUNDING_MODE_ENUM,
  methods: [],
  staticFields: Object.fromEntries(
    ROUNDING_MODES.map((mode) => [mode, () => roundingModeValue(mode)]),
  ),
};

export const numberClasses: NativeClass[] = [
  integerClass,
  longClass,
  doubleClass,
  decimalClass,
  roundingModeClass,
];
