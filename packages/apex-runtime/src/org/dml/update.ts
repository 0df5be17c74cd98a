/** update / Database.update. */
import type { ApexValue, SObjectValue } from '../../values.ts';
import { ApexDatetime } from '../../values.ts';
import type { OrgContext } from '../context.ts';
import { normalizeForField, sameStoredValue } from '../field-values.ts';
import { fieldInputs, idOf, objectOf } from './input.ts';
import { assertDmlAllowed } from './insert.ts';
import { dmlError, errors } from './messages.ts';
import { failed, runRows, succeeded } from './runner.ts';
import { applyDerived, stampModified } from './system-fields.ts';
import type { DmlOptions, DmlRowResult } from './types.ts';
import { accessScope, checkWriteAccess, type AccessScope } from './user-mode.ts';
import { validateValues } from './validate.ts';

export function updateRecords(
  ctx: OrgContext,
  records: readonly SObjectValue[],
  opts: DmlOptions,
): DmlRowResult[] {
  const access = accessScope(ctx, opts);
  const batchIds = new Set<string>();
  return runRows(ctx, opts, records, (record) =>
    updateOne(ctx, record, opts.userId, access, batchIds),
  );
}

export function updateOne(
  ctx: OrgContext,
  record: SObjectValue,
  userId: string,
  access: AccessScope | null,
  batchIds: Set<string>,
): DmlRowResult {
  const object = objectOf(ctx.schema, record);
  assertDmlAllowed(object, 'Update', object.updateable);
  const id = idOf(record);
  if (id === null) return failed([errors.missingId('update')]);
  const existing = ctx.store.get(id);
  if (existing === undefined) return failed([errors.invalidCrossReference()], id);
  if (existing.type !== object.name) {
    return failed([dmlError('INVALID_ID_FIELD', 'invalid record id')], id);
  }
  if (existing.isDeleted) return failed([errors.entityIsDeleted()], existing.id);
  const inputs = fieldInputs(ctx.schema, object, record).filter((i) => i.field.name !== 'Id');
  if (access !== null) {
    const denied = checkWriteAccess(ctx, access, object, inputs, existing);
    if (denied.length > 0) return failed(denied, existing.id);
  }
  const values = new Map<string, ApexValue>(existing.values);
  const locked: string[] = [];
  for (const { field, value } of inputs) {
    const key = field.name.toLowerCase();
    const normalized = normalizeForField(field, value);
    if (field.updateable) values.set(key, normalized);
    // Create-only fields may be re-sent unchanged (a queried record); changing them fails.
    else if (field.createable && !sameStoredValue(normalized, existing.values.get(key) ?? null)) {
      locked.push(field.name);
    }
  }
  if (locked.length > 0) return failed([errors.notUpdateable(locked)], existing.id);
  stampModified(values, userId, new ApexDatetime(ctx.now()));
  applyDerived(object, values);
  const problems = validateValues(ctx, object, values, { selfId: existing.id, batchIds });
  if (problems.length > 0) return failed(problems, existing.id);
  ctx.store.replace({ ...existing, values });
  batchIds.add(existing.id);
  return succeeded(existing.id);
}
