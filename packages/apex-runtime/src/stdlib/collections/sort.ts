/**
 * List.sort ordering.
 *
 * "Sorting is in ascending order for elements of primitive data types, such as strings"; custom
 * types sort through Comparable.compareTo or a Comparator
 * (https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/langCon_apex_collections_lists_sorting.htm).
 * Strings compare by UTF-16 code unit, case-sensitively ('B' before 'a'), like Java's
 * String.compareTo, which the docs' "Unicode sort order" describes.
 *
 * Not implemented (UnsupportedError): the multi-step default order of sObjects
 * (https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_list_sorting_sobject.htm),
 * which needs field labels; enums. Nulls sort first, as the List.sort() example documents.
 */
import { numericValue } from '../../equality.ts';
import type { NativeContext } from '../../natives.ts';
import {
  ApexDate,
  ApexDatetime,
  ApexInstance,
  ApexTime,
  UnsupportedError,
  type ApexValue,
} from '../../values.ts';

export type Comparator = (a: ApexValue, b: ApexValue) => number;

/** The natural order of List.sort(). */
export function naturalOrder(ctx: NativeContext): Comparator {
  return (a, b) => {
    // "Elements are sorted in nulls-first order" (Apex Reference, List.sort()).
    if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
    if (a instanceof ApexInstance) return compareResult(ctx.invoke(a, 'compareTo', [b]));
    return comparePrimitives(a, b);
  };
}

/** The order of List.sort(comparator): comparator.compare(a, b). */
export function comparatorOrder(ctx: NativeContext, comparator: ApexValue): Comparator {
  return (a, b) => compareResult(ctx.invoke(comparator, 'compare', [a, b]));
}

function compareResult(result: ApexValue): number {
  if (typeof result !== 'number') throw new TypeError('compareTo/compare must return an Integer');
  return result;
}

function comparePrimitives(a: ApexValue, b: ApexValue): number {
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  const numberA = numericValue(a);
  const numberB = numericValue(b);
  if (numberA !== undefined && numberB !== undefined) return numberA.comparedTo(numberB);
  if (a instanceof ApexDate && b instanceof ApexDate) {
    return a.year - b.year || a.month - b.month || a.day - b.day;
  }
  if (
    (a instanceof ApexDatetime && b instanceof ApexDatetime) ||
    (a instanceof ApexTime && b instanceof ApexTime)
  ) {
    return Math.sign(a.millis - b.millis);
  }
  throw new UnsupportedError(`List.sort() of ${describe(a)} elements`);
}

function describe(value: ApexValue): string {
  return typeof value === 'object' && value !== null ? value.constructor.name : typeof value;
}
