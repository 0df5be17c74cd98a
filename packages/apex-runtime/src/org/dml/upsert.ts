/** upsert / Database.upsert, by Id or by an external-id (idLookup) field. */
import type { ApexValue, SObjectValue } from '../../values.ts';
import type { OrgContext } from '../context.ts';
import { OrgException } from '../errors.ts';
import { normalizeForField } from '../field-values.ts';
import type { FieldDef } from '../schema/types.ts';
import { idOf, objectOf } from './input.ts';
import { insertOne } from './insert.ts';
import { errors } from './messages.ts';
import { failed, runRows } from './runner.ts';
import type { DmlOptions, DmlRowResult } from './types.ts';
import { updateOne } from './update.ts';
import { accessScope } from './user-mode.ts';
import { sameKey } from './validate.ts';

export function upsertRecords(
  ctx: OrgContext,
  records: readonly SObjectValue[],
  externalIdField: string | null,
  opts: DmlOptions,
): DmlRowResult[] {
  const access = accessScope(ctx, opts);
  const batchIds = new Set<string>();
  const seenKeys: { field: FieldDef; value: ApexValue }[] = [];
  const results = runRows(
    ctx,
    opts,
    records,
    (record) => {
      const key = keyFieldOf(ctx, record, externalIdField);
      if (key === null) {
        return idOf(record) === null
          ? created(insertOne(ctx, record, opts.userId, access, batchIds))
          : updated(updateOne(ctx, record, opts.userId, access, batchIds));
      }
      const raw = record.get(key.name) ?? null;
      if (raw === null) return failed([errors.missingExternalId(key.name)]);
      const value = normalizeForField(key, raw);
      if (seenKeys.some((seen) => seen.field === key && sameKey(key, seen.value, value))) {
        return failed([errors.duplicateExternalIdInBatch(typeof value === 'string' ? value : '')]);
      }
      seenKeys.push({ field: key, value });
      const matches = [...ctx.store.ofType(record.sobjectType)].filter((r) =>
        sameKey(key, r.values.get(key.name.toLowerCase()) ?? null, value),
      );
      if (matches.length > 1)
        return failed([
          errors.duplicateExternalId(
            key,
            matches.map((m) => m.id),
          ),
        ]);
      const match = matches[0];
      if (match === undefined)
        return created(insertOne(ctx, record, opts.userId, access, batchIds));
      record.set('Id', match.id);
      return updated(updateOne(ctx, record, opts.userId, access, batchIds));
    },
    (result) => result.created !== true,
  );
  results.forEach((result, i) => {
    if (result.success && result.id !== null) records[i]?.set('Id', result.id);
  });
  return results;
}

/** Null: match by Id. */
function keyFieldOf(ctx: OrgContext, record: SObjectValue, name: string | null): FieldDef | null {
  if (name === null || name.toLowerCase() === 'id') return null;
  const object = objectOf(ctx.schema, record);
  const field = ctx.schema.field(object, name);
  if (field === undefined || !field.idLookup) {
    throw new OrgException(
      'System.SObjectException',
      `Invalid field for upsert, must be an External Id custom or standard indexed field: ${name}`,
    );
  }
  return field;
}

function created(result: DmlRowResult): DmlRowResult {
  return { ...result, created: result.success };
}

function updated(result: DmlRowResult): DmlRowResult {
  return { ...result, created: false };
}
