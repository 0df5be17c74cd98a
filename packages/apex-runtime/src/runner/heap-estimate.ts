/**
 * A rough Apex heap estimate: the bytes of the values reachable from some roots, each value
 * counted once. Salesforce does not document per-value sizes, so these are our own, modelled
 * on a JVM: numbers and dates by their width, strings 2 bytes per UTF-16 unit, blobs by length,
 * plus a fixed overhead per object, collection slot and field. It is a comparison aid between
 * tests and runs, not a prediction of Limits.getHeapSize().
 */
import { ApexList, ApexMap, ApexSet } from '../collections.ts';
import {
  ApexBlob,
  ApexDate,
  ApexDatetime,
  ApexDecimal,
  ApexDouble,
  ApexInstance,
  ApexTime,
  SObjectValue,
  type ApexValue,
} from '../values.ts';

const OBJECT_OVERHEAD = 16;
const SLOT = 8;

function scalarBytes(value: ApexValue): number | undefined {
  switch (typeof value) {
    case 'boolean':
      return 1;
    case 'number':
      return 4;
    case 'bigint':
      return 8;
    case 'string':
      return 2 * value.length;
  }
  if (value === null) return 0;
  if (value instanceof ApexDouble || value instanceof ApexDate) return 8;
  if (value instanceof ApexDatetime || value instanceof ApexTime) return 8;
  if (value instanceof ApexDecimal) return OBJECT_OVERHEAD + value.value.toString().length;
  if (value instanceof ApexBlob) return value.bytes.length;
  return undefined;
}

/** Direct children of a composite value, with the bytes of its own structure. */
function composite(value: ApexValue): { own: number; children: Iterable<ApexValue> } {
  if (value instanceof ApexList)
    return { own: OBJECT_OVERHEAD + SLOT * value.items.length, children: value.items };
  if (value instanceof ApexSet)
    return { own: OBJECT_OVERHEAD + SLOT * value.size, children: value.values() };
  if (value instanceof ApexMap) {
    return {
      own: OBJECT_OVERHEAD + 2 * SLOT * value.size,
      children: [...value.keys(), ...value.values()],
    };
  }
  if (value instanceof SObjectValue || value instanceof ApexInstance) {
    return { own: OBJECT_OVERHEAD + SLOT * value.fields.size, children: value.fields.values() };
  }
  // Enum constants, Type values and system objects: counted as a bare object.
  return { own: OBJECT_OVERHEAD, children: [] };
}

export function estimateHeapBytes(roots: Iterable<ApexValue>): number {
  const seen = new Set<object>();
  let total = 0;
  const pending: ApexValue[] = [...roots];
  for (let value = pending.pop(); value !== undefined; value = pending.pop()) {
    const scalar = scalarBytes(value);
    if (scalar !== undefined) {
      total += scalar;
      continue;
    }
    if (value === null || typeof value !== 'object' || seen.has(value)) continue;
    seen.add(value);
    const { own, children } = composite(value);
    total += own;
    for (const child of children) pending.push(child);
  }
  return total;
}
