/**
 * Save-time validation of a record's final values, in the order the org reports problems:
 * required fields, then per-field checks (length, restricted picklists, references), then
 * uniqueness.
 */
import type { ApexValue } from '../../values.ts';
import type { OrgContext } from '../context.ts';
import { isTextType } from '../field-values.ts';
import { keyPrefixOf } from '../ids.ts';
import type { FieldDef, ObjectDef } from '../schema/types.ts';
import { errors } from './messages.ts';
import type { DmlError } from './types.ts';

export interface ValidationScope {
  /** The record's own Id when updating (excluded from uniqueness checks). */
  selfId: string | null;
  /** Ids saved earlier in the same DML call (Salesforce reports their Id as <unknown>). */
  batchIds: ReadonlySet<string>;
}

export function validateValues(
  ctx: OrgContext,
  object: ObjectDef,
  values: ReadonlyMap<string, ApexValue>,
  scope: ValidationScope,
): DmlError[] {
  const missing = [...object.fields.values()]
    .filter(
      (f) =>
        !f.nillable && f.type !== 'BOOLEAN' && (values.get(f.name.toLowerCase()) ?? null) === null,
    )
    .map((f) => f.name);
  if (missing.length > 0) return [errors.requiredMissing(missing)];
  const problems: DmlError[] = [];
  for (const field of object.fields.values()) {
    const value = values.get(field.name.toLowerCase()) ?? null;
    if (value === null) continue;
    const problem = checkField(ctx, field, value);
    if (problem) problems.push(problem);
  }
  if (problems.length > 0) return problems;
  return uniqueness(ctx, object, values, scope);
}

function checkField(ctx: OrgContext, field: FieldDef, value: ApexValue): DmlError | null {
  if (typeof value === 'string' && isTextType(field)) {
    if (field.length > 0 && value.length > field.length) return errors.stringTooLong(field);
    if (field.restrictedPicklist) return checkPicklist(field, value);
    return null;
  }
  if (field.type === 'REFERENCE' && typeof value === 'string')
    return checkReference(ctx, field, value);
  return null;
}

function checkPicklist(field: FieldDef, value: string): DmlError | null {
  const allowed = new Set(field.picklistValues.filter((v) => v.active).map((v) => v.value));
  const picked = field.type === 'MULTIPICKLIST' ? value.split(';') : [value];
  const bad = picked.find((v) => !allowed.has(v));
  return bad === undefined ? null : errors.badPicklist(field, bad);
}

function checkReference(ctx: OrgContext, field: FieldDef, id: string): DmlError | null {
  const target = ctx.store.get(id);
  const allowed = field.referenceTo.map((r) => r.toLowerCase());
  const typeOk = (type: string) => allowed.length === 0 || allowed.includes(type.toLowerCase());
  if (target === undefined) {
    const prefixTypes = ctx.schema.objectsWithPrefix(keyPrefixOf(id)).map((o) => o.name);
    if (prefixTypes.length > 0 && !prefixTypes.some(typeOk))
      return errors.wrongReferenceType(field, id);
    return errors.invalidCrossReference([field.name]);
  }
  if (!typeOk(target.type)) return errors.wrongReferenceType(field, id);
  if (target.isDeleted) return errors.entityIsDeleted([field.name]);
  if (
    field.name === 'OwnerId' &&
    target.type === 'User' &&
    target.values.get('isactive') === false
  ) {
    return errors.inactiveOwner();
  }
  return null;
}

function uniqueness(
  ctx: OrgContext,
  object: ObjectDef,
  values: ReadonlyMap<string, ApexValue>,
  scope: ValidationScope,
): DmlError[] {
  const keyed = [...object.fields.values()].filter((f) => f.unique || isSettingOwner(object, f));
  for (const field of keyed) {
    const key = field.name.toLowerCase();
    const value = values.get(key) ?? null;
    if (value === null) continue;
    for (const other of ctx.store.ofType(object.name)) {
      if (other.id === scope.selfId) continue;
      if (!sameKey(field, value, other.values.get(key) ?? null)) continue;
      if (object.name === 'User' && field.name === 'Username') return [errors.duplicateUsername()];
      return [errors.duplicateValue(field, scope.batchIds.has(other.id) ? null : other.id)];
    }
  }
  return [];
}

/** A hierarchy custom setting holds one record per location (org, profile or user). */
function isSettingOwner(object: ObjectDef, field: FieldDef): boolean {
  return object.customSettingsType === 'Hierarchy' && field.name === 'SetupOwnerId';
}

export function sameKey(field: FieldDef, a: ApexValue, b: ApexValue): boolean {
  if (a === null || b === null) return false;
  if (typeof a === 'string' && typeof b === 'string') {
    return field.caseSensitive || field.type === 'ID' || field.type === 'REFERENCE'
      ? a === b
      : a.toLowerCase() === b.toLowerCase();
  }
  return a === b;
}
