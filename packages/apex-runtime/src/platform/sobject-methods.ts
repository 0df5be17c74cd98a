/**
 * Instance methods every sObject has: get/put by field name, getSObject/getSObjects for
 * relationships, getSObjectType, clone, isSet, getPopulatedFieldsAsMap.
 */
import { ApexList } from '../collections.ts';
import type { NativeContext } from '../natives.ts';
import type { Org } from '../org/index.ts';
import { SObjectValue, primitive, type ApexValue } from '../values.ts';
import { fieldTypeOf } from './field-types.ts';
import type { SchemaTokens } from './schema-natives.ts';

function fieldName(ctx: NativeContext, value: ApexValue): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'field' in value)
    return String((value as { field: { name: string } }).field.name);
  throw ctx.error('System.NullPointerException', 'Attempt to de-reference a null object');
}

interface CloneOptions {
  preserveId: boolean;
  deep: boolean;
  preserveReadonlyTimestamps: boolean;
  preserveAutonumber: boolean;
}

/** clone(preserveId, isDeepClone, preserveReadonlyTimestamps, preserveAutonumber), all default false. */
function cloneOptions(args: ApexValue[]): CloneOptions {
  const [preserveId, deep, preserveReadonlyTimestamps, preserveAutonumber] = args.map(
    (arg) => arg === true,
  );
  return {
    preserveId: preserveId ?? false,
    deep: deep ?? false,
    preserveReadonlyTimestamps: preserveReadonlyTimestamps ?? false,
    preserveAutonumber: preserveAutonumber ?? false,
  };
}

const AUDIT_FIELDS = new Set([
  'createdbyid',
  'createddate',
  'lastmodifiedbyid',
  'lastmodifieddate',
  'systemmodstamp',
]);

function cloneRecord(org: Org, record: SObjectValue, options: CloneOptions): SObjectValue {
  const object = org.schema.object(record.sobjectType);
  const copy = new SObjectValue(record.sobjectType);
  for (const [key, value] of record.fields) {
    if (key === 'id' && !options.preserveId) continue;
    if (AUDIT_FIELDS.has(key) && !options.preserveReadonlyTimestamps) continue;
    const field = object && org.schema.field(object, key);
    if (field?.autoNumberFormat !== undefined && !options.preserveAutonumber) continue;
    // A shallow clone shares related records; a deep clone copies them.
    const cloned =
      options.deep && value instanceof SObjectValue ? cloneRecord(org, value, options) : value;
    copy.set(record.names.get(key) ?? key, cloned);
  }
  return copy;
}

export function sobjectMethod(
  ctx: NativeContext,
  org: Org,
  tokens: SchemaTokens,
  record: SObjectValue,
  method: string,
  args: ApexValue[],
): { value: ApexValue } | undefined {
  const def = org.schema.object(record.sobjectType);
  const [first = null, second = null] = args;
  switch (method.toLowerCase()) {
    case 'get': {
      const name = fieldName(ctx, first);
      if (def && !org.schema.field(def, name)) {
        throw ctx.error(
          'System.SObjectException',
          `Invalid field ${name} for ${record.sobjectType}`,
        );
      }
      if (record.retrievedByQuery && !record.fields.has(name.toLowerCase())) {
        throw ctx.error(
          'System.SObjectException',
          `SObject row was retrieved via SOQL without querying the requested field: ${record.sobjectType}.${name}`,
        );
      }
      return { value: record.get(name) ?? null };
    }
    case 'put': {
      const name = fieldName(ctx, first);
      const field = def && org.schema.field(def, name);
      if (!field)
        throw ctx.error(
          'System.SObjectException',
          `Invalid field ${name} for ${record.sobjectType}`,
        );
      const previous = record.get(field.name) ?? null;
      record.set(field.name, ctx.coerce(second, fieldTypeOf(field)));
      return { value: previous };
    }
    case 'getsobject':
      return { value: record.get(fieldName(ctx, first)) ?? null };
    case 'getsobjects': {
      const children = record.get(fieldName(ctx, first)) ?? null;
      return { value: children instanceof ApexList ? children : null };
    }
    case 'getsobjecttype':
      return { value: def ? tokens.typeToken(def) : null };
    case 'isset':
      return { value: record.fields.has(fieldName(ctx, first).toLowerCase()) };
    case 'getpopulatedfieldsasmap': {
      const map = ctx.instantiate({
        kind: 'map',
        key: primitive('String'),
        value: primitive('Object'),
      });
      for (const [key, value] of record.fields)
        ctx.invoke(map, 'put', [record.names.get(key) ?? key, value]);
      return { value: map };
    }
    case 'clone':
      return { value: cloneRecord(org, record, cloneOptions(args)) };
    default:
      return undefined;
  }
}
