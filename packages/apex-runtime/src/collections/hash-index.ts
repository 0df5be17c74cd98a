/**
 * An insertion-ordered hash table keyed by Apex values (keyEquals/keyHash), the storage behind
 * ApexSet and ApexMap. Apex iterates sets and maps in a deterministic order; this runtime uses
 * insertion order, and re-putting an existing key keeps its position (and its original key).
 *
 * An entry stays in the bucket of the hash its key had when it was stored. Apex behaves the same
 * way: "If
 * the object in your map keys or set elements changes after being added to the collection, it
 * won't be found anymore because of changed field values"
 * (https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/langCon_apex_collections_maps_keys_userdefined.htm),
 * so mutating an sObject or user-object key after insertion makes lookups miss it here too.
 */
import { keyEquals, keyHash, type EqualityHooks } from '../equality.ts';
import type { ApexValue } from '../values.ts';

export interface HashEntry {
  readonly key: ApexValue;
  value: ApexValue;
}

export class HashIndex {
  private readonly buckets = new Map<number, HashEntry[]>();
  /** JavaScript Sets iterate in insertion order and delete in O(1). */
  private readonly order = new Set<HashEntry>();

  constructor(readonly hooks: EqualityHooks) {}

  get size(): number {
    return this.order.size;
  }

  find(key: ApexValue): HashEntry | undefined {
    const bucket = this.buckets.get(keyHash(key, this.hooks));
    return bucket?.find((entry) => keyEquals(entry.key, key, this.hooks));
  }

  /** Stores value under key; returns the entry that held the key before, if any. */
  put(key: ApexValue, value: ApexValue): HashEntry | undefined {
    const hash = keyHash(key, this.hooks);
    const bucket = this.buckets.get(hash);
    const existing = bucket?.find((entry) => keyEquals(entry.key, key, this.hooks));
    if (existing) {
      const previous = { ...existing };
      existing.value = value;
      return previous;
    }
    const entry: HashEntry = { key, value };
    if (bucket) bucket.push(entry);
    else this.buckets.set(hash, [entry]);
    this.order.add(entry);
    return undefined;
  }

  /** Removes key; returns the removed entry, if any. */
  delete(key: ApexValue): HashEntry | undefined {
    const hash = keyHash(key, this.hooks);
    const bucket = this.buckets.get(hash);
    const index = bucket ? bucket.findIndex((entry) => keyEquals(entry.key, key, this.hooks)) : -1;
    if (!bucket || index < 0) return undefined;
    const [removed] = bucket.splice(index, 1);
    if (bucket.length === 0) this.buckets.delete(hash);
    if (removed) this.order.delete(removed);
    return removed;
  }

  clear(): void {
    this.buckets.clear();
    this.order.clear();
  }

  entries(): IterableIterator<HashEntry> {
    return this.order.values();
  }
}
