/**
 * System.List instance methods
 * (https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_list.htm).
 *
 * contains/indexOf use key equality (case-sensitive strings, user equals); equals uses `==` on
 * the elements, as its documentation says.
 *
 * Not implemented: getSObjectType, iterator.
 */
import { ApexList, collectionToString } from '../../collections.ts';
import { hooksFromContext, keyEquals, keyHash, operatorEquals } from '../../equality.ts';
import { method, type NativeClass, type NativeContext } from '../../natives.ts';
import { SObjectValue, UnsupportedError, type ApexValue } from '../../values.ts';
import {
  asList,
  elementsOf,
  indexArg,
  listIndexError,
  nullArgument,
  toElementType,
} from './shared.ts';
import { comparatorOrder, naturalOrder } from './sort.ts';

function add(ctx: NativeContext, self: ApexValue, args: ApexValue[]): ApexValue {
  const list = asList(self);
  if (args.length === 1) {
    list.items.push(toElementType(ctx, list.elemType, args[0] ?? null));
    return null;
  }
  const index = args[0] ?? null;
  if (index === null) throw nullArgument(ctx);
  if (typeof index !== 'number') throw new TypeError('List index must be an Integer');
  // Inserting at size() appends; beyond it is out of bounds.
  if (index < 0 || index > list.items.length) throw listIndexError(ctx, index);
  list.items.splice(index, 0, toElementType(ctx, list.elemType, args[1] ?? null));
  return null;
}

function addAll(ctx: NativeContext, self: ApexValue, args: ApexValue[]): ApexValue {
  const list = asList(self);
  for (const item of elementsOf(ctx, args[0] ?? null)) {
    list.items.push(toElementType(ctx, list.elemType, item));
  }
  return null;
}

function indexOf(ctx: NativeContext, list: ApexList, value: ApexValue): number {
  const hooks = hooksFromContext(ctx);
  return list.items.findIndex((item) => keyEquals(item, value, hooks));
}

function sort(ctx: NativeContext, self: ApexValue, args: ApexValue[]): ApexValue {
  const list = asList(self);
  const order = args.length === 0 ? naturalOrder(ctx) : comparatorOrder(ctx, args[0] ?? null);
  // Array.prototype.sort is stable, as Java's List.sort is; sort a copy so a throwing
  // comparator leaves the list unchanged.
  const sorted = [...list.items].sort(order);
  list.items.splice(0, list.items.length, ...sorted);
  return null;
}

/**
 * deepClone(preserveId, preserveReadonlyTimestamps, preserveAutonumber) of a list of sObjects:
 * each record's own clone(preserveId, true, preserveReadonlyTimestamps, preserveAutonumber),
 * which knows the object's audit and auto-number fields.
 */
function deepClone(ctx: NativeContext, self: ApexValue, args: ApexValue[]): ApexValue {
  const list = asList(self);
  const [preserveId = false, preserveTimestamps = false, preserveAutonumber = false] = args;
  const clones = list.items.map((item) => {
    if (item === null) return null;
    if (!(item instanceof SObjectValue)) {
      throw new UnsupportedError('List.deepClone of a list that does not hold sObjects');
    }
    return ctx.invoke(item, 'clone', [preserveId, true, preserveTimestamps, preserveAutonumber]);
  });
  return new ApexList(list.elemType, clones);
}

const LIST_OR_SET = ['List<Object>', 'Set<Object>'];

export const listClass: NativeClass = {
  name: 'System.List',
  methods: [
    method('add', ['Object'], 'void', add),
    method('add', ['Integer', 'Object'], 'void', add),
    ...LIST_OR_SET.map((param) => method('addAll', [param], 'void', addAll)),
    method('clear', [], 'void', (_ctx, self) => {
      asList(self).items.length = 0;
      return null;
    }),
    method('clone', [], 'List<Object>', (_ctx, self) => {
      const list = asList(self);
      return new ApexList(list.elemType, [...list.items]);
    }),
    method('contains', ['Object'], 'Boolean', (ctx, self, args) => {
      return indexOf(ctx, asList(self), args[0] ?? null) >= 0;
    }),
    method('deepClone', [], 'List<Object>', deepClone),
    method('deepClone', ['Boolean'], 'List<Object>', deepClone),
    method('deepClone', ['Boolean', 'Boolean'], 'List<Object>', deepClone),
    method('deepClone', ['Boolean', 'Boolean', 'Boolean'], 'List<Object>', deepClone),
    method('equals', ['List<Object>'], 'Boolean', (ctx, self, args) => {
      return operatorEquals(self, args[0] ?? null, hooksFromContext(ctx));
    }),
    method('get', ['Integer'], 'Object', (ctx, self, args) => {
      const list = asList(self);
      return list.items[indexArg(ctx, args[0] ?? null, list.items.length)] ?? null;
    }),
    method('hashCode', [], 'Integer', (ctx, self) => keyHash(self, hooksFromContext(ctx))),
    method('indexOf', ['Object'], 'Integer', (ctx, self, args) => {
      return indexOf(ctx, asList(self), args[0] ?? null);
    }),
    method('isEmpty', [], 'Boolean', (_ctx, self) => asList(self).items.length === 0),
    method('remove', ['Integer'], 'Object', (ctx, self, args) => {
      const list = asList(self);
      const index = indexArg(ctx, args[0] ?? null, list.items.length);
      return list.items.splice(index, 1)[0] ?? null;
    }),
    method('set', ['Integer', 'Object'], 'void', (ctx, self, args) => {
      const list = asList(self);
      const index = indexArg(ctx, args[0] ?? null, list.items.length);
      list.items[index] = toElementType(ctx, list.elemType, args[1] ?? null);
      return null;
    }),
    method('size', [], 'Integer', (_ctx, self) => asList(self).items.length),
    method('sort', [], 'void', sort),
    method('sort', ['System.Comparator'], 'void', sort),
    method('toString', [], 'String', (ctx, self) => {
      return collectionToString(asList(self), (value) => ctx.stringify(value));
    }),
  ],
};
