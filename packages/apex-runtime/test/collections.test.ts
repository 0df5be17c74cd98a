import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ApexList, ApexMap, ApexSet } from '../src/collections.ts';
import { collectionClasses } from '../src/stdlib/collections/index.ts';
import {
  ApexDecimal,
  ApexInstance,
  SObjectValue,
  primitive,
  type ApexValue,
} from '../src/values.ts';
import { callNative, fakeContext, FakeApexError } from './collections-test-context.ts';

const STRING = primitive('String');
const INTEGER = primitive('Integer');
const ctx = fakeContext({
  Point: {
    methods: {
      equals: (self, [other]) =>
        other instanceof ApexInstance && self.fields.get('x') === other.fields.get('x'),
      hashCode: (self) => self.fields.get('x') as number,
    },
  },
  Ranked: {
    methods: {
      compareTo: (self, [other]) =>
        (self.fields.get('rank') as number) -
        ((other as ApexInstance).fields.get('rank') as number),
    },
  },
});

const call = (cls: string, name: string, self: ApexValue, ...args: ApexValue[]) =>
  callNative(collectionClasses, `System.${cls}`, name, ctx, self, args);

function instance(cls: string, field: string, value: number): ApexInstance {
  const result = new ApexInstance({ name: cls });
  result.fields.set(field, value);
  return result;
}

function apexError(type: string, message: string) {
  return (error: unknown) =>
    error instanceof FakeApexError && error.exceptionType === type && error.message === message;
}

// https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_list.htm
describe('System.List', () => {
  it('adds, inserts, gets, sets and removes by index', () => {
    const list = new ApexList(STRING);
    call('List', 'add', list, 'b');
    call('List', 'add', list, 0, 'a');
    call('List', 'add', list, 2, 'c');
    assert.deepEqual(list.items, ['a', 'b', 'c']);
    assert.equal(call('List', 'get', list, 1), 'b');
    call('List', 'set', list, 1, 'B');
    assert.equal(call('List', 'remove', list, 0), 'a');
    assert.deepEqual(list.items, ['B', 'c']);
    assert.equal(call('List', 'size', list), 2);
  });

  it("throws System.ListException 'List index out of bounds: N'", () => {
    const list = new ApexList(STRING, ['a', 'b', 'c']);
    assert.throws(
      () => call('List', 'get', list, 3),
      apexError('System.ListException', 'List index out of bounds: 3'),
    );
    assert.throws(
      () => call('List', 'remove', list, -1),
      apexError('System.ListException', 'List index out of bounds: -1'),
    );
    assert.throws(
      () => call('List', 'add', list, 5, 'x'),
      apexError('System.ListException', 'List index out of bounds: 5'),
    );
  });

  it('contains and indexOf are case-sensitive; equals uses ==', () => {
    const list = new ApexList(STRING, ['Red', 'Green']);
    assert.equal(call('List', 'contains', list, 'red'), false);
    assert.equal(call('List', 'indexOf', list, 'Green'), 1);
    assert.equal(call('List', 'equals', list, new ApexList(STRING, ['RED', 'green'])), true);
  });

  it('sorts Strings ascending by code unit (the List Sorting example)', () => {
    // https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/langCon_apex_collections_lists_sorting.htm
    const colors = new ApexList(STRING, ['Yellow', 'Red', 'Green', 'blue']);
    call('List', 'sort', colors);
    assert.deepEqual(colors.items, ['Green', 'Red', 'Yellow', 'blue']);
  });

  it('sorts numbers by value and Comparable objects with compareTo', () => {
    const numbers = new ApexList(INTEGER, [3, 1, 2]);
    call('List', 'sort', numbers);
    assert.deepEqual(numbers.items, [1, 2, 3]);
    const ranked = new ApexList({ kind: 'class', name: 'Ranked' }, [
      instance('Ranked', 'rank', 2),
      instance('Ranked', 'rank', 1),
    ]);
    call('List', 'sort', ranked);
    assert.deepEqual(
      ranked.items.map((r) => (r as ApexInstance).fields.get('rank')),
      [1, 2],
    );
  });

  it('converts added elements to the element type and clones shallowly', () => {
    const decimals = new ApexList(primitive('Decimal'));
    call('List', 'add', decimals, 1);
    assert.ok(decimals.items[0] instanceof ApexDecimal);
    const list = new ApexList(STRING, ['a']);
    const copy = call('List', 'clone', list) as ApexList;
    call('List', 'add', copy, 'b');
    assert.deepEqual(list.items, ['a']);
    assert.equal(call('List', 'toString', copy), '(a, b)');
  });
});

// https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_set.htm
describe('System.Set', () => {
  it('keeps one of each element, in insertion order, case-sensitively', () => {
    const set = new ApexSet(STRING, ctx.hooks);
    assert.equal(call('Set', 'add', set, 'a'), true);
    assert.equal(call('Set', 'add', set, 'a'), false);
    call('Set', 'addAll', set, new ApexList(STRING, ['A', 'b']));
    assert.deepEqual([...set.values()], ['a', 'A', 'b']);
    assert.equal(call('Set', 'toString', set), '{a, A, b}');
  });

  it('uses equals and hashCode of user types (Using Custom Types in Map Keys and Sets)', () => {
    // https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/langCon_apex_collections_maps_keys_userdefined.htm
    const set = new ApexSet({ kind: 'class', name: 'Point' }, ctx.hooks);
    call('Set', 'add', set, instance('Point', 'x', 1));
    call('Set', 'add', set, instance('Point', 'x', 1));
    call('Set', 'add', set, instance('Point', 'x', 2));
    assert.equal(set.size, 2);
    assert.equal(call('Set', 'contains', set, instance('Point', 'x', 2)), true);
  });

  it('removeAll, retainAll and containsAll report changes', () => {
    const set = new ApexSet(STRING, ctx.hooks);
    for (const s of ['a', 'b', 'c']) set.add(s);
    assert.equal(call('Set', 'removeAll', set, new ApexList(STRING, ['a', 'z'])), true);
    assert.equal(call('Set', 'retainAll', set, new ApexList(STRING, ['b'])), true);
    assert.deepEqual([...set.values()], ['b']);
    assert.equal(call('Set', 'containsAll', set, new ApexList(STRING, ['b'])), true);
  });
});

// https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_map.htm
describe('System.Map', () => {
  it('String keys are case-sensitive; put returns the previous value', () => {
    const map = new ApexMap(STRING, INTEGER, ctx.hooks);
    assert.equal(call('Map', 'put', map, 'a', 1), null);
    assert.equal(call('Map', 'put', map, 'a', 2), 1);
    assert.equal(call('Map', 'containsKey', map, 'A'), false);
    assert.equal(call('Map', 'get', map, 'A'), null);
    assert.equal(call('Map', 'get', map, 'a'), 2);
    assert.equal(call('Map', 'toString', map), '{a=2}');
  });

  it('keySet is a live view: remove removes the entry, add is read-only', () => {
    const map = new ApexMap(STRING, INTEGER, ctx.hooks);
    map.put('foo', 1);
    map.put('bar', 2);
    const keys = call('Map', 'keySet', map) as ApexSet;
    call('Set', 'remove', keys, 'foo');
    assert.equal(map.size, 1);
    assert.throws(
      () => call('Set', 'add', keys, 'x'),
      apexError('System.FinalException', 'Collection is read-only'),
    );
    const values = call('Map', 'values', map) as ApexList;
    assert.deepEqual(values.items, [2]);
  });

  it("putAll(List<SObject>) keys records by Id and rejects 'Row with null Id at index: N'", () => {
    const map = new ApexMap(primitive('Id'), { kind: 'sobject', name: 'Case' }, ctx.hooks);
    const record = new SObjectValue('Case');
    record.set('Id', '500000000000001AAA');
    call('Map', 'putAll', map, new ApexList({ kind: 'sobject', name: 'Case' }, [record]));
    assert.equal(map.get('500000000000001AAA'), record);
    const noId = new SObjectValue('Case');
    assert.throws(
      () =>
        call('Map', 'putAll', map, new ApexList({ kind: 'sobject', name: 'Case' }, [record, noId])),
      apexError('System.ListException', 'Row with null Id at index: 1'),
    );
  });

  it('an sObject key mutated after insertion is no longer found', () => {
    const map = new ApexMap({ kind: 'sobject', name: 'Case' }, INTEGER, ctx.hooks);
    const key = new SObjectValue('Case');
    key.set('Subject', 'a');
    map.put(key, 1);
    key.set('Subject', 'b');
    assert.equal(map.has(key), false);
  });
});
