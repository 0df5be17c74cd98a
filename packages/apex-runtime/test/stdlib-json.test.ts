import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Decimal } from 'decimal.js';
import { ApexList, ApexMap } from '../src/collections.ts';
import { createJsonClasses, jsonClasses } from '../src/stdlib/json/index.ts';
import {
  ApexBlob,
  ApexDate,
  ApexDatetime,
  ApexDecimal,
  ApexEnumValue,
  ApexInstance,
  OBJECT_TYPE,
  primitive,
  SObjectValue,
  TypeValue,
  UnsupportedError,
  type ApexType,
  type ApexValue,
} from '../src/values.ts';
import { callNative, fakeContext, FakeApexError } from './collections-test-context.ts';

// The JSONRoundTripSample classes of the Apex Developer Guide, plus a nested list.
// https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_json_json.htm
const ctx = fakeContext({
  InvoiceStatement: {
    fields: [
      { name: 'invoiceNumber', type: primitive('Long') },
      { name: 'statementDate', type: primitive('Datetime') },
      { name: 'totalPrice', type: primitive('Decimal') },
      { name: 'lines', type: { kind: 'list', elem: { kind: 'class', name: 'Line' } } },
      { name: 'cache', type: primitive('String'), isTransient: true },
    ],
  },
  Line: { fields: [{ name: 'label', type: primitive('String') }] },
});
const STRING = primitive('String');
const CONTACT_FIELDS: Record<string, ApexType> = {
  id: primitive('Id'),
  firstname: STRING,
  lastname: STRING,
  name: STRING,
  birthdate: primitive('Date'),
};
const withSchema = createJsonClasses({
  schema: {
    fieldType: (type, field) =>
      type === 'Contact' ? (CONTACT_FIELDS[field.toLowerCase()] ?? null) : null,
  },
});

const json = (name: string, ...args: ApexValue[]) =>
  callNative(jsonClasses, 'System.JSON', name, ctx, null, args);
const decimal = (text: string) =>
  new ApexDecimal(new Decimal(text), text.split('.')[1]?.length ?? 0);
const typeOf = (type: ApexType) => new TypeValue(type);

function stringMap(entries: [string, ApexValue][]): ApexMap {
  const map = new ApexMap(STRING, OBJECT_TYPE, ctx.hooks);
  for (const [key, value] of entries) map.put(key, value);
  return map;
}

function jsonException(message: string) {
  return (error: unknown) =>
    error instanceof FakeApexError &&
    error.exceptionType === 'System.JSONException' &&
    error.message === message;
}

function invoice(): ApexInstance {
  const line = new ApexInstance({ name: 'Line' });
  line.fields.set('label', 'Widget "A"');
  const result = new ApexInstance({ name: 'InvoiceStatement' });
  result.fields.set('invoicenumber', 1n);
  result.fields.set('statementdate', new ApexDatetime(Date.UTC(2026, 10, 22, 10, 0, 0)));
  result.fields.set('totalprice', decimal('1000.50'));
  result.fields.set('lines', new ApexList({ kind: 'class', name: 'Line' }, [line]));
  result.fields.set('cache', 'not serialized');
  return result;
}

describe('JSON.serialize', () => {
  it('writes maps in insertion order with Apex value formats', () => {
    const map = stringMap([
      ['int', 1],
      ['text', 'a"b\\c\n\u0001'],
      ['none', null],
      ['price', decimal('1.50')],
      ['when', new ApexDatetime(Date.UTC(2026, 10, 22, 10, 0, 0))],
      ['day', new ApexDate(2026, 11, 22)],
      ['data', new ApexBlob(new TextEncoder().encode('hi'))],
      ['season', new ApexEnumValue('Season', 'WINTER', 0)],
      ['list', new ApexList(primitive('Integer'), [1, 2])],
    ]);
    assert.equal(
      json('serialize', map),
      '{"int":1,"text":"a\\"b\\\\c\\n\\u0001","none":null,"price":1.50,"when":"2026-11-22T10:00:00.000Z",' +
        '"day":"2026-11-22","data":"aGk=","season":"WINTER","list":[1,2]}',
    );
  });

  it('writes Apex objects in field order, skipping transient fields; suppressApexObjectNulls', () => {
    assert.equal(
      json('serialize', invoice()),
      '{"invoiceNumber":1,"statementDate":"2026-11-22T10:00:00.000Z","totalPrice":1000.50,"lines":[{"label":"Widget \\"A\\""}]}',
    );
    const empty = new ApexInstance({ name: 'Line' });
    assert.equal(json('serialize', empty), '{"label":null}');
    assert.equal(json('serialize', empty, true), '{}');
    // Map entries keep their nulls even when suppressing.
    assert.equal(json('serialize', stringMap([['y', null]]), true), '{"y":null}');
  });

  it('writes sObjects with attributes (url only with an Id) and +0000 date-times', () => {
    const record = new SObjectValue('Case');
    record.set('Subject', 'Hello');
    assert.equal(json('serialize', record), '{"attributes":{"type":"Case"},"Subject":"Hello"}');
    const queried = new SObjectValue('Case');
    queried.retrievedByQuery = true;
    queried.set('Id', '500000000000001AAA');
    queried.set('Description', null);
    queried.set('CreatedDate', new ApexDatetime(Date.UTC(2017, 0, 28, 16, 17, 31)));
    assert.equal(
      json('serialize', queried),
      '{"attributes":{"type":"Case","url":"/services/data/v65.0/sobjects/Case/500000000000001AAA"},' +
        '"Id":"500000000000001AAA","CreatedDate":"2017-01-28T16:17:31.000+0000"}',
    );
  });

  it("serializePretty uses Jackson's default pretty printer", () => {
    const nested = stringMap([['c', new ApexList(OBJECT_TYPE, [])]]);
    const map = stringMap([
      ['a', new ApexList(OBJECT_TYPE, [1, 2])],
      ['b', nested],
      ['d', stringMap([])],
      ['e', new ApexList(OBJECT_TYPE, [stringMap([['x', 1]])])],
    ]);
    assert.equal(
      json('serializePretty', map),
      '{\n  "a" : [ 1, 2 ],\n  "b" : {\n    "c" : [ ]\n  },\n  "d" : { },\n  "e" : [ {\n    "x" : 1\n  } ]\n}',
    );
  });
});

// https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_class_System_Json.htm
describe('JSON.deserializeUntyped', () => {
  it('reads the documented number kinds: Integer, Long, Decimal with its scale', () => {
    const parsed = json(
      'deserializeUntyped',
      '{"inventory":2000,"big":3000000000,"price":1023.45,"scaled":2.50,"huge":99999999999999999999,"type":null,"isShipped":true,"accessories":["powerCord",{"right":"door handle1"}]}',
    ) as ApexMap;
    assert.deepEqual(parsed.keyType, STRING);
    assert.equal(parsed.get('inventory'), 2000);
    assert.equal(parsed.get('big'), 3000000000n);
    const price = parsed.get('price') as ApexDecimal;
    assert.equal(price.value.toString(), '1023.45');
    assert.equal((parsed.get('scaled') as ApexDecimal).scale, 2);
    assert.ok(parsed.get('huge') instanceof ApexDecimal);
    assert.equal(parsed.get('type'), null);
    assert.equal(parsed.get('isShipped'), true);
    const accessories = parsed.get('accessories') as ApexList;
    assert.equal(accessories.items[0], 'powerCord');
    assert.equal((accessories.items[1] as ApexMap).get('right'), 'door handle1');
  });

  it('round-trips through serialize with the same text', () => {
    const text = '{"a":1,"b":[true,null,"x"],"c":{"d":1.10}}';
    assert.equal(json('serialize', json('deserializeUntyped', text)), text);
  });

  it('throws System.JSONException with the parser message', () => {
    assert.throws(
      () => json('deserializeUntyped', '<html>'),
      jsonException(
        "Unexpected character ('<' (code 60)): expected a valid value (number, String, array, object, 'true', 'false' or 'null') at input location [1,2]",
      ),
    );
    assert.throws(
      () => json('deserializeUntyped', 'not json'),
      jsonException(
        "Unrecognized token 'not': was expecting 'null', 'true' or 'false' at input location [1,2]",
      ),
    );
    assert.throws(
      () => json('deserializeUntyped', '{"a":1'),
      (e: unknown) => e instanceof FakeApexError,
    );
    assert.throws(
      () => json('deserializeUntyped', '{"a" 1}'),
      (e: unknown) => e instanceof FakeApexError,
    );
  });
});

describe('JSON.deserialize', () => {
  it('round-trips the JSONRoundTripSample invoice', () => {
    const text = json('serialize', invoice()) as string;
    const back = json(
      'deserialize',
      text,
      typeOf({ kind: 'class', name: 'InvoiceStatement' }),
    ) as ApexInstance;
    assert.equal(back.fields.get('invoicenumber'), 1n);
    assert.equal(
      (back.fields.get('statementdate') as ApexDatetime).millis,
      Date.UTC(2026, 10, 22, 10, 0, 0),
    );
    assert.equal((back.fields.get('totalprice') as ApexDecimal).scale, 2);
    const line = (back.fields.get('lines') as ApexList).items[0] as ApexInstance;
    assert.equal(line.fields.get('label'), 'Widget "A"');
  });

  it('deserializes primitives: Decimal 100.1 (documented example) and ISO date-times', () => {
    const n = json('deserialize', '100.1', typeOf(primitive('Decimal'))) as ApexDecimal;
    assert.equal(n.value.toString(), '100.1');
    const expected = Date.UTC(2026, 4, 1, 10, 0, 0);
    for (const text of [
      '"2026-05-01T10:00:00Z"',
      '"2026-05-01T10:00:00.000+0000"',
      '"2026-05-01T12:00:00+02:00"',
    ]) {
      assert.equal(
        (json('deserialize', text, typeOf(primitive('Datetime'))) as ApexDatetime).millis,
        expected,
      );
    }
    assert.throws(
      () => json('deserialize', '"not a date-time"', typeOf(primitive('Datetime'))),
      FakeApexError,
    );
  });

  it('ignores unknown members; deserializeStrict rejects them', () => {
    const type = typeOf({ kind: 'class', name: 'Line' });
    const line = json('deserialize', '{"LABEL":"x","extra":1}', type) as ApexInstance;
    assert.equal(line.fields.get('label'), 'x');
    assert.throws(() => json('deserializeStrict', '{"label":"x","extra":1}', type), FakeApexError);
  });

  it('reports a JSON value of the wrong kind', () => {
    assert.throws(
      () => json('deserialize', '{"a":1}', typeOf(STRING)),
      jsonException(
        'Cannot deserialize instance of string from START_OBJECT value { or request may be missing a required field at [line:1, column:1]',
      ),
    );
  });

  it('reads sObjects with the org schema, skipping attributes', () => {
    const person = new SObjectValue('Contact');
    person.set('LastName', 'Testpatient');
    person.set('Birthdate', new ApexDate(1984, 2, 9));
    const call = (name: string, ...args: ApexValue[]) =>
      callNative(withSchema, 'System.JSON', name, ctx, null, args);
    const fields = call('deserializeUntyped', call('serialize', person)) as ApexMap;
    fields.put('Name', 'Ada Testpatient');
    const back = call(
      'deserialize',
      call('serialize', fields),
      typeOf({ kind: 'sobject', name: 'Contact' }),
    ) as SObjectValue;
    assert.equal(back.get('Name'), 'Ada Testpatient');
    assert.deepEqual(back.get('Birthdate'), new ApexDate(1984, 2, 9));
    assert.equal(back.get('attributes'), undefined);
    assert.throws(
      () => json('deserialize', '{"LastName":"x"}', typeOf({ kind: 'sobject', name: 'Contact' })),
      UnsupportedError,
    );
  });
});
