/**
 * Reads the fields an Apex sObject carries into DML input. Relationship values (a parent
 * sObject under 'Contact', a child list under 'Events__r') are not fields and are ignored, as the
 * org ignores them on save.
 */
import { SObjectValue, type ApexValue } from '../../values.ts';
import { OrgException } from '../errors.ts';
import type { Schema } from '../schema/schema.ts';
import type { FieldDef, ObjectDef } from '../schema/types.ts';

export interface FieldInput {
  field: FieldDef;
  value: ApexValue;
}

export function objectOf(schema: Schema, record: SObjectValue): ObjectDef {
  const object = schema.object(record.sobjectType);
  if (object === undefined) {
    throw new OrgException('System.TypeException', `Invalid sObject type: ${record.sobjectType}`);
  }
  return object;
}

/** The fields set on the sObject, in the order they were set. */
export function fieldInputs(schema: Schema, object: ObjectDef, record: SObjectValue): FieldInput[] {
  const inputs: FieldInput[] = [];
  for (const [key, value] of record.fields) {
    if (isRelationshipValue(value)) continue;
    const field = schema.field(object, key);
    if (field === undefined) {
      throw new OrgException(
        'System.SObjectException',
        `Invalid field ${record.names.get(key) ?? key} for ${object.name}`,
      );
    }
    inputs.push({ field, value });
  }
  return inputs;
}

function isRelationshipValue(value: ApexValue): boolean {
  return (
    value instanceof SObjectValue ||
    (typeof value === 'object' && value !== null && 'collectionKind' in value)
  );
}

export function idOf(record: SObjectValue): string | null {
  const id = record.get('Id');
  return typeof id === 'string' ? id : null;
}
