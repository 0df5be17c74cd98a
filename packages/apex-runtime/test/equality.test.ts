import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Decimal } from 'decimal.js';
import { ApexList, ApexMap, ApexSet } from '../src/collections.ts';
import { idEquals, keyEquals, keyHash, operatorEquals } from '../src/equality.ts';
import {
  ApexBlob,
  ApexDate,
  ApexDecimal,
  ApexDouble,
  ApexEnumValue,
  ApexInstance,
  SObjectValue,
  primitive,
} from '../src/values.ts';
import { fakeContext } from './collections-test-context.ts';

const STRING = primitive('String');
const { hooks } = fakeContext({
  Point: {
    methods: {
      equals: (self, [other]) =>
        other instanceof ApexInstance &&
        other.cls.name === 'Point' &&
        self.fields.get('x') === other.fields.get('x'),
      hashCode: (self) => self.fields.get('x') as number,
    },
  },
});

function point(x: number): ApexInstance {
  const p = new ApexInstance({ name: 'Point' });
  p.fields.set('x', x);
  return p;
}

const decimal = (text: string) =>
  new ApexDecimal(new Decimal(text), text.split('.')[1]?.length ?? 0);

// https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/langCon_apex_expressions_operators_understanding.htm
describe('== (Expression Operators)', () => {
  it('compares Strings case-insensitively', () => {
    assert.equal(operatorEquals('Hello', 'hELLO', hooks), true);
    assert.equal(operatorEquals('Hello', 'Hell', hooks), false);
  });

  it('compares numbers of every kind by value', () => {
    assert.equal(operatorEquals(1, 1n, hooks), true);
    assert.equal(operatorEquals(1, new ApexDouble(1.0), hooks), true);
    assert.equal(operatorEquals(decimal('1.0'), decimal('1.00'), hooks), true);
    assert.equal(operatorEquals(1, 2, hooks), false);
    assert.equal(operatorEquals(1, '1', hooks), false);
  });

  it('compares Ids case-sensitively, 15 and 18 characters alike', () => {
    assert.equal(idEquals('500000000000001', '500000000000001AAA'), true);
    assert.equal(idEquals('500a00000000001', '500A00000000001'), false);
  });

  it('compares sObjects by their field values and collections deeply', () => {
    const a = new SObjectValue('Case');
    a.set('Subject', 'x');
    const b = new SObjectValue('Case');
    b.set('subject', 'x');
    b.set('Description', null);
    assert.equal(operatorEquals(a, b, hooks), true);
    b.set('Status', 'New');
    assert.equal(operatorEquals(a, b, hooks), false);
    const listA = new ApexList(STRING, ['a', 'b']);
    assert.equal(operatorEquals(listA, new ApexList(STRING, ['A', 'B']), hooks), true);
    assert.equal(operatorEquals(listA, new ApexList(STRING, ['b', 'a']), hooks), false);
  });

  it('compares user objects by reference unless the class defines equals', () => {
    const plain = new ApexInstance({ name: 'Plain' });
    assert.equal(operatorEquals(plain, new ApexInstance({ name: 'Plain' }), hooks), false);
    assert.equal(operatorEquals(plain, plain, hooks), true);
    assert.equal(operatorEquals(point(1), point(1), hooks), true);
  });

  it('compares dates, blobs and enum constants by value', () => {
    assert.equal(operatorEquals(new ApexDate(2026, 5, 1), new ApexDate(2026, 5, 1), hooks), true);
    const blob = (text: string) => new ApexBlob(new TextEncoder().encode(text));
    assert.equal(operatorEquals(blob('ab'), blob('ab'), hooks), true);
    assert.equal(
      operatorEquals(
        new ApexEnumValue('Season', 'WINTER', 0),
        new ApexEnumValue('Season', 'WINTER', 0),
        hooks,
      ),
      true,
    );
    assert.equal(operatorEquals(null, null, hooks), true);
    assert.equal(operatorEquals(null, '', hooks), false);
  });
});

// https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/langCon_apex_collections_maps.htm
describe('key equality (Set and Map)', () => {
  it('treats String keys case-sensitively', () => {
    assert.equal(keyEquals('a', 'A', hooks), false);
    assert.equal(keyEquals('a', 'a', hooks), true);
  });

  it('hashes equal keys alike, across number kinds and scales', () => {
    assert.equal(keyHash(1, hooks), keyHash(1n, hooks));
    assert.equal(keyHash(decimal('2.50'), hooks), keyHash(new ApexDouble(2.5), hooks));
    const a = new SObjectValue('Case');
    a.set('Subject', 'x');
    const b = new SObjectValue('Case');
    b.set('Subject', 'x');
    assert.equal(keyHash(a, hooks), keyHash(b, hooks));
  });

  it('follows Java String.hashCode for Strings', () => {
    // "abc".hashCode() == 96354 in Java.
    assert.equal(keyHash('abc', hooks), 96354);
  });

  it('compares nested collections deeply', () => {
    const set = new ApexSet(STRING, hooks);
    set.add('x');
    const other = new ApexSet(STRING, hooks);
    other.add('x');
    assert.equal(keyEquals(set, other, hooks), true);
    const map = new ApexMap(STRING, STRING, hooks);
    map.put('k', 'v');
    const otherMap = new ApexMap(STRING, STRING, hooks);
    otherMap.put('k', 'V');
    assert.equal(keyEquals(map, otherMap, hooks), false);
    assert.equal(operatorEquals(map, otherMap, hooks), true);
  });
});
