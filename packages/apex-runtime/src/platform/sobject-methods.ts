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
    case 'clone': {
      const preserveId = first === true;
      const copy = new SObjectValue(record.sobjectType);
      for (const [key, value] of record.fields) {
        if (key === 'id' && !preserveId) continue;
        copy.set(record.names.get(key) ?? key, value);
      }
      return { value: copy };
    }
    default:
      return undefined;
  }
}
