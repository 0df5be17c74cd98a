/**
 * System.Map instance methods
 * (https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_map.htm).
 *
 * Keys use key equality (String keys are case-sensitive); equals uses `==` on keys and values.
 * keySet() is a live view of the keys; values() is a new list in iteration order.
 * Not implemented: getSObjectType, and deepClone of a map holding sObject values.
 */
import { ApexList, ApexMap, collectionToString } from '../../collections.ts';
import { hooksFromContext, keyHash, operatorEquals } from '../../equality.ts';
import { method, type NativeClass, type NativeContext } from '../../natives.ts';
import { SObjectValue, UnsupportedError, type ApexValue } from '../../values.ts';
import { asMap, nullArgument, toElementType } from './shared.ts';

function put(ctx: NativeContext, map: ApexMap, key: ApexValue, value: ApexValue): ApexValue {
  return map.put(toElementType(ctx, map.keyType, key), toElementType(ctx, map.valueType, value));
}

/**
 * putAll(List<SObject>) and `new Map<Id, SObject>(records)`: each record under its Id. A record
 * without an Id throws System.ListException 'Row with null Id at index: N'; a repeated Id keeps
 * the later record.
 */
export function putAllRecords(ctx: NativeContext, map: ApexMap, records: ApexList): void {
  records.items.forEach((record, index) => {
    const id = record instanceof SObjectValue ? (record.get('Id') ?? null) : null;
    if (id === null) throw ctx.error('System.ListException', `Row with null Id at index: ${index}`);
    put(ctx, map, id, record);
  });
}

function putAll(ctx: NativeContext, self: ApexValue, args: ApexValue[]): ApexValue {
  const map = asMap(self);
  const source = args[0] ?? null;
  if (source === null) throw nullArgument(ctx);
  if (source instanceof ApexList) {
    putAllRecords(ctx, map, source);
  } else if (source instanceof ApexMap) {
    for (const [key, value] of [...source.entries()]) put(ctx, map, key, value);
  } else {
    throw new TypeError('Map.putAll expects a Map or a List of sObjects');
  }
  return null;
}

export function copyMap(map: ApexMap): ApexMap {
  const copy = new ApexMap(map.keyType, map.valueType, map.hooks);
  for (const [key, value] of map.entries()) copy.put(key, value);
  return copy;
}

export const mapClass: NativeClass = {
  name: 'System.Map',
  methods: [
    method('clear', [], 'void', (_ctx, self) => {
      asMap(self).clear();
      return null;
    }),
    method('clone', [], 'Map<Object,Object>', (_ctx, self) => copyMap(asMap(self))),
    method('containsKey', ['Object'], 'Boolean', (_ctx, self, args) =>
      asMap(self).has(args[0] ?? null),
    ),
    method('deepClone', [], 'Map<Object,Object>', (_ctx, self) => {
      const map = asMap(self);
      for (const value of map.values()) {
        if (value instanceof SObjectValue)
          throw new UnsupportedError('Map.deepClone of sObject values');
      }
      return copyMap(map);
    }),
    method('equals', ['Map<Object,Object>'], 'Boolean', (ctx, self, args) => {
      return operatorEquals(self, args[0] ?? null, hooksFromContext(ctx));
    }),
    method(
      'get',
      ['Object'],
      'Object',
      (_ctx, self, args) => asMap(self).get(args[0] ?? null) ?? null,
    ),
    method('hashCode', [], 'Integer', (ctx, self) => keyHash(self, hooksFromContext(ctx))),
    method('isEmpty', [], 'Boolean', (_ctx, self) => asMap(self).size === 0),
    method('keySet', [], 'Set<Object>', (_ctx, self) => asMap(self).keySet()),
    method('put', ['Object', 'Object'], 'Object', (ctx, self, args) => {
      return put(ctx, asMap(self), args[0] ?? null, args[1] ?? null);
    }),
    method('putAll', ['Map<Object,Object>'], 'void', putAll),
    method('putAll', ['List<SObject>'], 'void', putAll),
    method('remove', ['Object'], 'Object', (_ctx, self, args) =>
      asMap(self).remove(args[0] ?? null),
    ),
    method('size', [], 'Integer', (_ctx, self) => asMap(self).size),
    method('toString', [], 'String', (ctx, self) => {
      return collectionToString(asMap(self), (value) => ctx.stringify(value));
    }),
    method('values', [], 'List<Object>', (_ctx, self) => {
      const map = asMap(self);
      return new ApexList(map.valueType, [...map.values()]);
    }),
  ],
};
