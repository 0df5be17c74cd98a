/** Bind values that are collections (List, Set, or a JS array) expand to their elements. */
import { ApexList, ApexSet } from '../../collections.ts';
import type { ApexValue } from '../../values.ts';

export function collectionItems(value: unknown): ApexValue[] | null {
  if (Array.isArray(value)) return value as ApexValue[];
  if (value instanceof ApexList) return value.items;
  if (value instanceof ApexSet) return [...value.values()];
  if (typeof value === 'object' && value !== null && 'collectionKind' in value) {
    // Duck typing for collection implementations that are not the classes above.
    const items = (value as { items?: unknown }).items;
    if (Array.isArray(items)) return items as ApexValue[];
    const values = (value as { values?: unknown }).values;
    if (typeof values === 'function') return [...(values.call(value) as Iterable<ApexValue>)];
  }
  return null;
}
