/** Helpers shared by the System.List, System.Set and System.Map natives. */
import { ApexList, ApexMap, ApexSet } from '../../collections.ts';
import type { NativeContext } from '../../natives.ts';
import type { ApexType, ApexValue } from '../../values.ts';

export function asList(self: ApexValue): ApexList {
  if (self instanceof ApexList) return self;
  throw new TypeError('System.List method called on a value that is not an ApexList');
}

export function asSet(self: ApexValue): ApexSet {
  if (self instanceof ApexSet) return self;
  throw new TypeError('System.Set method called on a value that is not an ApexSet');
}

export function asMap(self: ApexValue): ApexMap {
  if (self instanceof ApexMap) return self;
  throw new TypeError('System.Map method called on a value that is not an ApexMap');
}

/** Apex's message for a null argument to a system method. */
export function nullArgument(ctx: NativeContext): Error {
  return ctx.error('System.NullPointerException', 'Argument cannot be null.');
}

/** Index errors on lists, worded as Apex does ('List index out of bounds: 3'). */
export function listIndexError(ctx: NativeContext, index: number): Error {
  return ctx.error('System.ListException', `List index out of bounds: ${index}`);
}

/** An Integer index argument, checked against [0, limit). */
export function indexArg(ctx: NativeContext, value: ApexValue, limit: number): number {
  if (value === null) throw nullArgument(ctx);
  if (typeof value !== 'number') throw new TypeError('List index must be an Integer');
  if (value < 0 || value >= limit) throw listIndexError(ctx, value);
  return value;
}

/** The elements of a List or Set argument (addAll, containsAll, removeAll...). */
export function elementsOf(ctx: NativeContext, value: ApexValue): ApexValue[] {
  if (value === null) throw nullArgument(ctx);
  if (value instanceof ApexList) return [...value.items];
  if (value instanceof ApexSet) return [...value.values()];
  throw new TypeError('Expected a List or Set argument');
}

/**
 * Converts an element to a collection's element type the way assignment would (an Integer added
 * to a List<Decimal> becomes a Decimal, a String added to a Set<Id> an Id). Object, sObject and
 * class element types need no conversion.
 */
export function toElementType(ctx: NativeContext, type: ApexType, value: ApexValue): ApexValue {
  if (value === null || type.kind !== 'primitive' || type.name === 'Object') return value;
  return ctx.coerce(value, type);
}
