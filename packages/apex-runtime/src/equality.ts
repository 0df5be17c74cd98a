/**
 * Apex equality and hashing over the values model (src/values.ts).
 *
 * Apex has two notions of "equal":
 *
 * - The `==` operator (operatorEquals). Per the Apex Developer Guide, Expression Operators
 *   (https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/langCon_apex_expressions_operators_understanding.htm):
 *   "Unlike Java, == in Apex compares object value equality, not reference equality, except for
 *   user-defined types": String comparison is case-INsensitive, sObjects compare all field values,
 *   collections and built-in objects compare deeply, user-defined types compare by reference
 *   unless the class provides equals. The List/Set/Map `equals` docs say "The == operator is used
 *   to compare the elements", so collections recurse with the same operator.
 * - Collection keys (keyEquals/keyHash), used by Set, Map, List.contains/indexOf. String keys are
 *   case-SENSITIVE ("Map keys of type String are case-sensitive",
 *   https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/langCon_apex_collections_maps.htm),
 *   user types use their equals/hashCode ("Using Custom Types in Map Keys and Sets",
 *   https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/langCon_apex_collections_maps_keys_userdefined.htm),
 *   sObjects compare by field values.
 *
 * Numbers of different kinds (Integer, Long, Double, Decimal) compare by numeric value in both
 * notions (1 == 1L == 1.0); a Decimal's scale does not matter (1.0 == 1.00). This runtime also
 * applies that to keys of a Set<Object>/Map<Object,...>, where Apex's behaviour is undocumented.
 * An sObject field holding null is treated like an unset field.
 */
import { Decimal } from 'decimal.js';
import type { ApexList, ApexMap, ApexSet } from './collections.ts';
import { hasIdShape } from './org/ids.ts';
import type { NativeContext } from './natives.ts';
import {
  ApexBlob,
  ApexDate,
  ApexDatetime,
  ApexDecimal,
  ApexDouble,
  ApexEnumValue,
  ApexInstance,
  ApexTime,
  NativeObject,
  SObjectValue,
  TypeValue,
  type ApexCollection,
  type ApexType,
  type ApexValue,
} from './values.ts';

/** How equality reaches user code: a class's own equals(Object) and hashCode(). */
export interface EqualityHooks {
  /** a.equals(b) when a's class declares equals(Object); undefined when it does not. */
  userEquals(a: ApexInstance, b: ApexValue): boolean | undefined;
  /** a.hashCode() when a's class declares hashCode(); undefined when it does not. */
  userHashCode(a: ApexInstance): number | undefined;
}

/**
 * Hooks for natives, built on the interpreter's own equals/hashCode: NativeContext.equals is
 * "`==` with user equals", which for an instance is exactly the user's equals or reference
 * equality, so keyEquals/keyHash stay correct whichever class the instance has.
 */
export function hooksFromContext(ctx: NativeContext): EqualityHooks {
  return {
    userEquals: (a, b) => ctx.equals(a, b),
    userHashCode: (a) => ctx.hashCode(a),
  };
}

type Mode = 'operator' | 'key';

/** The `==` operator. */
export function operatorEquals(a: ApexValue, b: ApexValue, hooks: EqualityHooks): boolean {
  return valuesEqual(a, b, 'operator', hooks);
}

/** Equality of Set elements and Map keys (and List.contains/indexOf). */
export function keyEquals(a: ApexValue, b: ApexValue, hooks: EqualityHooks): boolean {
  return valuesEqual(a, b, 'key', hooks);
}

/**
 * `==` between Ids: case-sensitive, and a 15-character Id equals its 18-character form (same
 * Expression Operators page). The interpreter calls this when an operand's static type is Id,
 * because an Id and a String are both JavaScript strings at runtime.
 */
export function idEquals(a: string, b: string): boolean {
  if (hasIdShape(a) && hasIdShape(b)) return a.slice(0, 15) === b.slice(0, 15);
  return a === b;
}

function valuesEqual(a: ApexValue, b: ApexValue, mode: Mode, hooks: EqualityHooks): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  if (typeof a === 'string') {
    if (typeof b !== 'string') return false;
    return mode === 'operator' ? a.toLowerCase() === b.toLowerCase() : false;
  }
  if (typeof a === 'boolean' || typeof b === 'boolean') return false;
  // Fast path: two Integers or two Longs (the common case) need no Decimal.
  if (typeof a === typeof b && (typeof a === 'number' || typeof a === 'bigint')) return false;
  const numA = numericValue(a);
  if (numA !== undefined) {
    const numB = numericValue(b);
    return numB !== undefined && numA.eq(numB);
  }
  if (a instanceof ApexInstance) {
    const result = hooks.userEquals(a, b);
    return result ?? false;
  }
  if (isCollection(a)) return isCollection(b) && collectionsEqual(a, b, mode, hooks);
  if (a instanceof SObjectValue) {
    return b instanceof SObjectValue && sobjectsEqual(a, b, mode, hooks);
  }
  return builtInEqual(a, b);
}

/** Date/Datetime/Time/Blob/enum/Type values compare by value; other system objects by reference. */
function builtInEqual(a: ApexValue, b: ApexValue): boolean {
  if (a instanceof ApexDate) {
    return b instanceof ApexDate && a.year === b.year && a.month === b.month && a.day === b.day;
  }
  if (a instanceof ApexDatetime) return b instanceof ApexDatetime && a.millis === b.millis;
  if (a instanceof ApexTime) return b instanceof ApexTime && a.millis === b.millis;
  if (a instanceof ApexBlob) return b instanceof ApexBlob && bytesEqual(a.bytes, b.bytes);
  if (a instanceof ApexEnumValue) {
    return b instanceof ApexEnumValue && a.enumType === b.enumType && a.name === b.name;
  }
  if (a instanceof TypeValue) return b instanceof TypeValue && typeKey(a.type) === typeKey(b.type);
  return false;
}

/** The numeric value of an Integer, Long, Double or Decimal; undefined for other values. */
export function numericValue(v: ApexValue): Decimal | undefined {
  if (typeof v === 'number') return new Decimal(v);
  if (typeof v === 'bigint') return new Decimal(v.toString());
  if (v instanceof ApexDouble) return new Decimal(v.value);
  if (v instanceof ApexDecimal) return v.value;
  return undefined;
}

export function isCollection(v: ApexValue): v is ApexCollection & (ApexList | ApexSet | ApexMap) {
  return typeof v === 'object' && v !== null && 'collectionKind' in v;
}

function collectionsEqual(
  a: ApexList | ApexSet | ApexMap,
  b: ApexList | ApexSet | ApexMap,
  mode: Mode,
  hooks: EqualityHooks,
): boolean {
  if (a.collectionKind === 'list' && b.collectionKind === 'list') {
    return (
      a.items.length === b.items.length &&
      a.items.every((item, i) => valuesEqual(item, b.items[i] ?? null, mode, hooks))
    );
  }
  if (a.collectionKind === 'set' && b.collectionKind === 'set') {
    if (a.size !== b.size) return false;
    for (const item of a.values()) {
      if (!containsMatching(b.values(), item, mode, hooks, (x) => b.has(x))) return false;
    }
    return true;
  }
  if (a.collectionKind === 'map' && b.collectionKind === 'map') {
    if (a.size !== b.size) return false;
    for (const [key, value] of a.entries()) {
      const otherKey = b.has(key) ? key : findMatching(b.keys(), key, mode, hooks);
      if (otherKey === undefined) return false;
      if (!valuesEqual(value, b.get(otherKey) ?? null, mode, hooks)) return false;
    }
    return true;
  }
  return false;
}

/**
 * Membership under `mode`. The hashed lookup finds key-equal values; `==` is looser (strings
 * ignore case), so operator mode falls back to a scan.
 */
function containsMatching(
  candidates: Iterable<ApexValue>,
  value: ApexValue,
  mode: Mode,
  hooks: EqualityHooks,
  hashedHas: (v: ApexValue) => boolean,
): boolean {
  if (hashedHas(value)) return true;
  return mode === 'operator' && findMatching(candidates, value, mode, hooks) !== undefined;
}

function findMatching(
  candidates: Iterable<ApexValue>,
  value: ApexValue,
  mode: Mode,
  hooks: EqualityHooks,
): ApexValue | undefined {
  if (mode === 'key') return undefined;
  for (const candidate of candidates) {
    if (valuesEqual(value, candidate, mode, hooks)) return candidate;
  }
  return undefined;
}

function sobjectsEqual(
  a: SObjectValue,
  b: SObjectValue,
  mode: Mode,
  hooks: EqualityHooks,
): boolean {
  if (a.sobjectType.toLowerCase() !== b.sobjectType.toLowerCase()) return false;
  const fieldsA = setFields(a);
  const fieldsB = setFields(b);
  if (fieldsA.size !== fieldsB.size) return false;
  for (const [name, value] of fieldsA) {
    const other = fieldsB.get(name);
    if (other === undefined || !valuesEqual(value, other, mode, hooks)) return false;
  }
  return true;
}

function setFields(record: SObjectValue): Map<string, ApexValue> {
  const result = new Map<string, ApexValue>();
  for (const [name, value] of record.fields) if (value !== null) result.set(name, value);
  return result;
}

function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

/** A stable text form of a type, for comparing System.Type values. */
export function typeKey(type: ApexType): string {
  switch (type.kind) {
    case 'primitive':
      return type.name.toLowerCase();
    case 'list':
      return `list<${typeKey(type.elem)}>`;
    case 'set':
      return `set<${typeKey(type.elem)}>`;
    case 'map':
      return `map<${typeKey(type.key)},${typeKey(type.value)}>`;
    case 'sobject':
    case 'class':
      return type.name.toLowerCase();
    case 'void':
      return 'void';
  }
}

// ---------------------------------------------------------------------------------------------
// Hashing: consistent with keyEquals (equal keys hash alike). Values follow Java's hashCode where
// Apex documents Java semantics (String, Integer, Boolean); the rest only need consistency.

const identityHashes = new WeakMap<object, number>();
let nextIdentityHash = 1;

function identityHash(value: object): number {
  let hash = identityHashes.get(value);
  if (hash === undefined) {
    // A multiplicative spread keeps consecutive objects in different buckets.
    hash = Math.imul(nextIdentityHash++, 0x9e3779b1);
    identityHashes.set(value, hash);
  }
  return hash;
}

/** Java's String.hashCode. */
export function stringHash(text: string): number {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return hash;
}

/** The hash Set and Map use for a key (an int32). */
export function keyHash(value: ApexValue, hooks: EqualityHooks): number {
  if (value === null) return 0;
  if (typeof value === 'string') return stringHash(value);
  if (typeof value === 'boolean') return value ? 1231 : 1237;
  if (typeof value === 'number' && Number.isInteger(value)) return value | 0;
  const number = numericValue(value);
  if (number !== undefined) return numberHash(number);
  if (value instanceof ApexInstance) {
    return (hooks.userHashCode(value) ?? identityHash(value)) | 0;
  }
  if (isCollection(value)) return collectionHash(value, hooks);
  if (value instanceof SObjectValue) return sobjectHash(value, hooks);
  return builtInHash(value);
}

/** Numbers equal by value hash alike, whatever their kind or scale. */
function numberHash(number: Decimal): number {
  if (number.isInteger() && number.abs().lte(0x7fffffff)) return number.toNumber() | 0;
  return stringHash(number.toString());
}

function collectionHash(value: ApexList | ApexSet | ApexMap, hooks: EqualityHooks): number {
  let hash = value.collectionKind === 'list' ? 1 : 0;
  if (value.collectionKind === 'list') {
    for (const item of value.items) hash = (Math.imul(hash, 31) + keyHash(item, hooks)) | 0;
  } else if (value.collectionKind === 'set') {
    for (const item of value.values()) hash = (hash + keyHash(item, hooks)) | 0;
  } else {
    for (const [key, item] of value.entries()) {
      hash = (hash + (keyHash(key, hooks) ^ keyHash(item, hooks))) | 0;
    }
  }
  return hash;
}

function sobjectHash(record: SObjectValue, hooks: EqualityHooks): number {
  let hash = stringHash(record.sobjectType.toLowerCase());
  for (const [name, value] of setFields(record)) {
    hash = (hash + (stringHash(name) ^ keyHash(value, hooks))) | 0;
  }
  return hash;
}

function builtInHash(value: ApexValue): number {
  if (value instanceof ApexDate) return value.year * 10000 + value.month * 100 + value.day;
  if (value instanceof ApexDatetime || value instanceof ApexTime)
    return numberHash(new Decimal(value.millis));
  if (value instanceof ApexBlob) {
    let hash = 1;
    for (const byte of value.bytes) hash = (Math.imul(hash, 31) + byte) | 0;
    return hash;
  }
  if (value instanceof ApexEnumValue) return stringHash(`${value.enumType}.${value.name}`);
  if (value instanceof TypeValue) return stringHash(typeKey(value.type));
  if (value instanceof NativeObject) return identityHash(value);
  return 0;
}
