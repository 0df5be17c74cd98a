/**
 * Apex List, Set and Map values. Each carries its element (key/value) types, which instanceof,
 * casts and JSON need at runtime. Sets and maps are real hash tables over keyEquals/keyHash
 * (src/equality.ts) and iterate in insertion order.
 *
 * The interpreter builds these directly (literals, `new List<T>(...)`, SOQL results); the
 * System.List/Set/Map methods live in src/stdlib/collections/.
 */
import { HashIndex } from './collections/hash-index.ts';
import type { EqualityHooks } from './equality.ts';
import type { ApexCollection, ApexType, ApexValue } from './values.ts';

export class ApexList implements ApexCollection {
  readonly collectionKind = 'list' as const;

  constructor(
    readonly elemType: ApexType,
    /** The elements, in order; natives and the interpreter mutate this array in place. */
    readonly items: ApexValue[] = [],
  ) {}

  get type(): ApexType {
    return { kind: 'list', elem: this.elemType };
  }
}

export class ApexSet implements ApexCollection {
  readonly collectionKind = 'set' as const;
  private readonly index: HashIndex;

  /**
   * @param keySetOf a map whose keySet() this set is: it then shares the map's keys, so removing
   *   an element removes the map entry, and adding is refused (Apex: a keySet supports removal
   *   but is otherwise read-only).
   */
  constructor(
    readonly elemType: ApexType,
    readonly hooks: EqualityHooks,
    readonly keySetOf?: ApexMap,
  ) {
    this.index = keySetOf ? keySetOf.sharedIndex() : new HashIndex(hooks);
  }

  get type(): ApexType {
    return { kind: 'set', elem: this.elemType };
  }

  get size(): number {
    return this.index.size;
  }

  /** Adds value; false when an equal element was already present. */
  add(value: ApexValue): boolean {
    if (this.keySetOf) throw new Error('A map key set is read-only: check keySetOf before add');
    if (this.index.find(value)) return false;
    this.index.put(value, true);
    return true;
  }

  has(value: ApexValue): boolean {
    return this.index.find(value) !== undefined;
  }

  /** Removes value; false when it was absent. */
  delete(value: ApexValue): boolean {
    return this.index.delete(value) !== undefined;
  }

  clear(): void {
    this.index.clear();
  }

  *values(): IterableIterator<ApexValue> {
    for (const entry of this.index.entries()) yield entry.key;
  }
}

export class ApexMap implements ApexCollection {
  readonly collectionKind = 'map' as const;
  private readonly index: HashIndex;

  constructor(
    readonly keyType: ApexType,
    readonly valueType: ApexType,
    readonly hooks: EqualityHooks,
  ) {
    this.index = new HashIndex(hooks);
  }

  get type(): ApexType {
    return { kind: 'map', key: this.keyType, value: this.valueType };
  }

  get size(): number {
    return this.index.size;
  }

  /** The value stored under key, or undefined when the key is absent (Apex get returns null). */
  get(key: ApexValue): ApexValue | undefined {
    return this.index.find(key)?.value;
  }

  has(key: ApexValue): boolean {
    return this.index.find(key) !== undefined;
  }

  /** Stores value under key; returns the previous value, or null (as Apex put does). */
  put(key: ApexValue, value: ApexValue): ApexValue {
    return this.index.put(key, value)?.value ?? null;
  }

  /** Removes key; returns its value, or null when absent (as Apex remove does). */
  remove(key: ApexValue): ApexValue {
    return this.index.delete(key)?.value ?? null;
  }

  clear(): void {
    this.index.clear();
  }

  *keys(): IterableIterator<ApexValue> {
    for (const entry of this.index.entries()) yield entry.key;
  }

  *values(): IterableIterator<ApexValue> {
    for (const entry of this.index.entries()) yield entry.value;
  }

  *entries(): IterableIterator<[ApexValue, ApexValue]> {
    for (const entry of this.index.entries()) yield [entry.key, entry.value];
  }

  /** Apex keySet(): a live view of the keys (see ApexSet.keySetOf). */
  keySet(): ApexSet {
    return new ApexSet(this.keyType, this.hooks, this);
  }

  /** For keySet views only: the storage the view shares. */
  sharedIndex(): HashIndex {
    return this.index;
  }
}

export type AnyApexCollection = ApexList | ApexSet | ApexMap;

/**
 * The String.valueOf form of a collection: `(a, b)` for lists, `{a, b}` for sets and
 * `{k1=v1, k2=v2}` for maps; elements use the caller's String.valueOf.
 */
export function collectionToString(
  collection: AnyApexCollection,
  stringify: (value: ApexValue) => string,
): string {
  switch (collection.collectionKind) {
    case 'list':
      return `(${collection.items.map(stringify).join(', ')})`;
    case 'set':
      return `{${Array.from(collection.values(), stringify).join(', ')}}`;
    case 'map':
      return `{${Array.from(collection.entries(), ([k, v]) => `${stringify(k)}=${stringify(v)}`).join(', ')}}`;
  }
}
