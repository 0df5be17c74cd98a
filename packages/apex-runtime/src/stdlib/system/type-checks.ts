/**
 * `instanceof` and equals() for natives, built on what NativeContext offers.
 */
import { hooksFromContext, keyEquals } from '../../equality.ts';
import type { NativeContext } from '../../natives.ts';
import { isValidId } from '../../org/ids.ts';
import { ApexThrow, type ApexType, type ApexValue } from '../../values.ts';

/**
 * `value instanceof type` (false for null, as in Apex). NativeContext has no instanceof, so
 * for non-primitive types this asks whether assignment would accept the value: for classes,
 * sObjects and collections that is exactly instanceof.
 */
export function isInstance(ctx: NativeContext, value: ApexValue, type: ApexType): boolean {
  if (value === null) return false;
  if (type.kind === 'primitive') {
    if (type.name === 'Object') return true;
    if (type.name === 'Id') return typeof value === 'string' && isValidId(value);
    const actual = ctx.typeOf(value);
    return actual.kind === 'primitive' && actual.name === type.name;
  }
  try {
    ctx.coerce(value, type);
    return true;
  } catch (error) {
    if (error instanceof ApexThrow) return false;
    throw error;
  }
}

/**
 * Object.equals semantics (what assertEquals compares with): like `==` but Strings compare
 * case-sensitively, the same notion as Set elements and Map keys.
 */
export function objectEquals(ctx: NativeContext, a: ApexValue, b: ApexValue): boolean {
  return keyEquals(a, b, hooksFromContext(ctx));
}
