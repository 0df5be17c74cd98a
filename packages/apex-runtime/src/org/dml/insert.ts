/** insert / Database.insert. */
import type { SObjectValue } from '../../values.ts';
import type { OrgContext } from '../context.ts';
import { OrgException } from '../errors.ts';
import { normalizeForField } from '../field-values.ts';
import type { ObjectDef } from '../schema/types.ts';
import { afterContentVersionInsert, prepareContentVersion } from './content.ts';
import { fieldInputs, idOf, objectOf } from './input.ts';
import { errors } from './messages.ts';
import { failed, runRows, succeeded } from './runner.ts';
import { applyInsertFields } from './system-fields.ts';
import type { DmlOptions, DmlRowResult } from './types.ts';
import { accessScope, checkWriteAccess, type AccessScope } from './user-mode.ts';
import { validateValues } from './validate.ts';

export function insertRecords(
  ctx: OrgContext,
  records: readonly SObjectValue[],
  opts: DmlOptions,
): DmlRowResult[] {
  const access = accessScope(ctx, opts);
  const batchIds = new Set<string>();
  const results = runRows(
    ctx,
    opts,
    records,
    (record) => insertOne(ctx, record, opts.userId, access, batchIds),
    () => false,
  );
  results.forEach((result, i) => {
    if (result.success && result.id !== null) records[i]?.set('Id', result.id);
  });
  return results;
}

/** Inserts one record (also used by upsert when no match is found). */
export function insertOne(
  ctx: OrgContext,
  record: SObjectValue,
  userId: string,
  access: AccessScope | null,
  batchIds: Set<string>,
): DmlRowResult {
  const object = objectOf(ctx.schema, record);
  assertDmlAllowed(object, 'Insert', object.createable);
  if (idOf(record) !== null) return failed([errors.idOnInsert()]);
  const inputs = fieldInputs(ctx.schema, object, record);
  if (access !== null) {
    const denied = checkWriteAccess(ctx, access, object, inputs, null);
    if (denied.length > 0) return failed(denied);
  }
  const values = new Map<string, ReturnType<typeof normalizeForField>>();
  for (const { field, value } of inputs) {
    // Read-only fields (audit fields, auto-numbers, formulas) carried by the sObject are ignored.
    if (field.createable) values.set(field.name.toLowerCase(), normalizeForField(field, value));
  }
  if (object.name === 'ContentVersion') {
    const problems = prepareContentVersion(ctx, values);
    if (problems.length > 0) return failed(problems);
  }
  const id = ctx.newId(object);
  applyInsertFields(ctx, object, values, id, userId);
  const problems = validateValues(ctx, object, values, { selfId: null, batchIds });
  if (problems.length > 0) return failed(problems);
  const stored = ctx.store.add(id, object.name, values);
  batchIds.add(id);
  if (object.name === 'ContentVersion') afterContentVersionInsert(ctx, stored, userId);
  return succeeded(id);
}

/** DML on objects the org maintains itself fails as in Apex (a TypeException for generic sObjects). */
export function assertDmlAllowed(object: ObjectDef, operation: string, allowed: boolean): void {
  if (!allowed) {
    throw new OrgException(
      'System.TypeException',
      `DML operation ${operation} not allowed on ${object.name}`,
    );
  }
}
