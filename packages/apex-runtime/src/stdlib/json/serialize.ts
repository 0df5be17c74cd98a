/**
 * JSON.serialize / serializePretty
 * (https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_class_System_Json.htm).
 *
 * - Apex class instances: their non-static fields and properties in declaration order
 *   (ctx.fieldsOf), transient ones skipped, read from the instance's stored values (no getter
 *   code runs). suppressApexObjectNulls drops null members of Apex objects only: map entries and
 *   sObject fields keep their nulls (observed Apex behaviour).
 * - sObjects: {"attributes":{"type":"Case","url":"/services/data/vNN.0/sobjects/Case/<Id>"},...}
 *   (url only when the Id is set), then the fields in the order they were set. Records returned
 *   by SOQL leave out null fields. Parent records nest; child relationship lists become
 *   {"totalSize":n,"done":true,"records":[...]}.
 * - Maps become objects (keys through String.valueOf), Lists and Sets arrays, enums their name,
 *   Blobs base64, dates as in dates.ts, Decimals with their scale.
 * Not serializable here (UnsupportedError): System.Type values and system objects such as
 * Pattern or HttpRequest, and instances of classes ctx.fieldsOf does not describe.
 */
import { isCollection } from '../../equality.ts';
import type { NativeContext } from '../../natives.ts';
import {
  ApexBlob,
  ApexDate,
  ApexDatetime,
  ApexDecimal,
  ApexDouble,
  ApexEnumValue,
  ApexInstance,
  ApexTime,
  SObjectValue,
  UnsupportedError,
  type ApexValue,
} from '../../values.ts';
import { formatDate, formatDatetime, formatTime } from './dates.ts';
import { decimalJsonText } from './numbers.ts';
import { quote, raw, type OutValue } from './writer.ts';

export interface SerializeOptions {
  readonly suppressApexObjectNulls: boolean;
  /** The API version in sObject attribute URLs, e.g. '65.0'. */
  readonly apiVersion: string;
}

/** Deeper than this is a cycle (Apex fails such serializations too). */
const MAX_DEPTH = 512;

export function toJsonValue(
  ctx: NativeContext,
  value: ApexValue,
  options: SerializeOptions,
  depth = 0,
): OutValue {
  if (depth > MAX_DEPTH)
    throw new UnsupportedError('JSON.serialize of a cyclic or very deep structure');
  const nested = (inner: ApexValue) => toJsonValue(ctx, inner, options, depth + 1);
  if (value === null) return raw('null');
  if (typeof value === 'string') return raw(quote(value));
  if (typeof value === 'boolean' || typeof value === 'number' || typeof value === 'bigint') {
    return raw(String(value));
  }
  if (value instanceof ApexDecimal) return raw(decimalJsonText(value));
  if (value instanceof ApexDouble) {
    const text = ctx.stringify(value);
    return raw(Number.isFinite(value.value) ? text : quote(text));
  }
  if (value instanceof ApexDate) return raw(quote(formatDate(value)));
  if (value instanceof ApexDatetime) return raw(quote(formatDatetime(value, 'Z')));
  if (value instanceof ApexTime) return raw(quote(formatTime(value)));
  if (value instanceof ApexBlob) return raw(quote(Buffer.from(value.bytes).toString('base64')));
  if (value instanceof ApexEnumValue) return raw(quote(value.name));
  if (isCollection(value)) {
    if (value.collectionKind === 'list') return { kind: 'array', items: value.items.map(nested) };
    if (value.collectionKind === 'set')
      return { kind: 'array', items: Array.from(value.values(), nested) };
    return {
      kind: 'object',
      members: Array.from(value.entries(), ([key, item]) => [mapKey(ctx, key), nested(item)]),
    };
  }
  if (value instanceof SObjectValue) return sobjectJson(ctx, value, options, depth);
  if (value instanceof ApexInstance) return instanceJson(ctx, value, options, depth);
  throw new UnsupportedError(`JSON.serialize of ${value.constructor.name}`);
}

function mapKey(ctx: NativeContext, key: ApexValue): string {
  if (key === null) throw new UnsupportedError('JSON.serialize of a map with a null key');
  return typeof key === 'string' ? key : ctx.stringify(key);
}

function instanceJson(
  ctx: NativeContext,
  instance: ApexInstance,
  options: SerializeOptions,
  depth: number,
): OutValue {
  const fields = ctx.fieldsOf(instance.cls.name);
  if (fields === null) throw new UnsupportedError(`JSON.serialize of a ${instance.cls.name}`);
  const members: [string, OutValue][] = [];
  for (const field of fields) {
    if (field.isTransient) continue;
    const value = instance.fields.get(field.name.toLowerCase()) ?? null;
    if (value === null && options.suppressApexObjectNulls) continue;
    members.push([field.name, toJsonValue(ctx, value, options, depth + 1)]);
  }
  return { kind: 'object', members };
}

function sobjectJson(
  ctx: NativeContext,
  record: SObjectValue,
  options: SerializeOptions,
  depth: number,
): OutValue {
  const attributes: [string, OutValue][] = [['type', raw(quote(record.sobjectType))]];
  const id = record.get('Id');
  if (typeof id === 'string') {
    const url = `/services/data/v${options.apiVersion}/sobjects/${record.sobjectType}/${id}`;
    attributes.push(['url', raw(quote(url))]);
  }
  const members: [string, OutValue][] = [['attributes', { kind: 'object', members: attributes }]];
  for (const [key, value] of record.fields) {
    if (value === null && record.retrievedByQuery) continue;
    members.push([record.names.get(key) ?? key, sobjectFieldJson(ctx, value, options, depth + 1)]);
  }
  return { kind: 'object', members };
}

function sobjectFieldJson(
  ctx: NativeContext,
  value: ApexValue,
  options: SerializeOptions,
  depth: number,
): OutValue {
  if (value instanceof ApexDatetime) return raw(quote(formatDatetime(value, '+0000')));
  if (isCollection(value) && value.collectionKind === 'list') {
    // A child relationship: the REST API's query-result shape.
    return {
      kind: 'object',
      members: [
        ['totalSize', raw(String(value.items.length))],
        ['done', raw('true')],
        ['records', toJsonValue(ctx, value, options, depth)],
      ],
    };
  }
  return toJsonValue(ctx, value, options, depth);
}
