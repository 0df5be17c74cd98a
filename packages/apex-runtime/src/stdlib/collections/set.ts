/**
 * System.Set instance methods
 * (https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_set.htm).
 *
 * Membership is key equality (case-sensitive strings, user equals/hashCode); equals uses `==` on
 * the elements. A Map's keySet() is a live view: removing from it removes map entries, adding to
 * it throws System.FinalException 'Collection is read-only'. Not implemented: iterator.
 */
import { ApexSet, collectionToString } from '../../collections.ts';
import { hooksFromContext, keyHash, operatorEquals } from '../../equality.ts';
import { method, type NativeClass, type NativeContext } from '../../natives.ts';
import type { ApexValue } from '../../values.ts';
import { asSet, elementsOf, toElementType } from './shared.ts';

function writable(ctx: NativeContext, self: ApexValue): ApexSet {
  const set = asSet(self);
  if (set.keySetOf) throw ctx.error('System.FinalException', 'Collection is read-only');
  return set;
}

function add(ctx: NativeContext, self: ApexValue, args: ApexValue[]): ApexValue {
  const set = writable(ctx, self);
  return set.add(toElementType(ctx, set.elemType, args[0] ?? null));
}

function addAll(ctx: NativeContext, self: ApexValue, args: ApexValue[]): ApexValue {
  const set = writable(ctx, self);
  let changed = false;
  for (const item of elementsOf(ctx, args[0] ?? null)) {
    if (set.add(toElementType(ctx, set.elemType, item))) changed = true;
  }
  return changed;
}

function containsAll(ctx: NativeContext, self: ApexValue, args: ApexValue[]): ApexValue {
  const set = asSet(self);
  return elementsOf(ctx, args[0] ?? null).every((item) => set.has(item));
}

function removeAll(ctx: NativeContext, self: ApexValue, args: ApexValue[]): ApexValue {
  const set = asSet(self);
  let changed = false;
  for (const item of elementsOf(ctx, args[0] ?? null)) {
    if (set.delete(item)) changed = true;
  }
  return changed;
}

function retainAll(ctx: NativeContext, self: ApexValue, args: ApexValue[]): ApexValue {
  const set = asSet(self);
  const keep = new ApexSet(set.elemType, set.hooks);
  for (const item of elementsOf(ctx, args[0] ?? null)) keep.add(item);
  const doomed = [...set.values()].filter((item) => !keep.has(item));
  for (const item of doomed) set.delete(item);
  return doomed.length > 0;
}

/** A copy of a set (clone() of a keySet view is an ordinary, writable set). */
export function copySet(set: ApexSet): ApexSet {
  const copy = new ApexSet(set.elemType, set.hooks);
  for (const item of set.values()) copy.add(item);
  return copy;
}

const LIST_OR_SET = ['List<Object>', 'Set<Object>'];

export const setClass: NativeClass = {
  name: 'System.Set',
  methods: [
    method('add', ['Object'], 'Boolean', add),
    ...LIST_OR_SET.map((param) => method('addAll', [param], 'Boolean', addAll)),
    method('clear', [], 'void', (_ctx, self) => {
      asSet(self).clear();
      return null;
    }),
    method('clone', [], 'Set<Object>', (_ctx, self) => copySet(asSet(self))),
    method('contains', ['Object'], 'Boolean', (_ctx, self, args) =>
      asSet(self).has(args[0] ?? null),
    ),
    ...LIST_OR_SET.map((param) => method('containsAll', [param], 'Boolean', containsAll)),
    method('equals', ['Set<Object>'], 'Boolean', (ctx, self, args) => {
      return operatorEquals(self, args[0] ?? null, hooksFromContext(ctx));
    }),
    method('hashCode', [], 'Integer', (ctx, self) => keyHash(self, hooksFromContext(ctx))),
    method('isEmpty', [], 'Boolean', (_ctx, self) => asSet(self).size === 0),
    method('remove', ['Object'], 'Boolean', (_ctx, self, args) =>
      asSet(self).delete(args[0] ?? null),
    ),
    ...LIST_OR_SET.map((param) => method('removeAll', [param], 'Boolean', removeAll)),
    ...LIST_OR_SET.map((param) => method('retainAll', [param], 'Boolean', retainAll)),
    method('size', [], 'Integer', (_ctx, self) => asSet(self).size),
    method('toString', [], 'String', (ctx, self) => {
      return collectionToString(asSet(self), (value) => ctx.stringify(value));
    }),
  ],
};
