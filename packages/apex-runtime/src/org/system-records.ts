/**
 * Writes the platform performs itself (scheduled and queued jobs): typed like DML, stamped with
 * audit fields, but without permission checks or createable/updateable restrictions.
 */
import { ApexDatetime, type ApexValue } from '../values.ts';
import type { OrgContext } from './context.ts';
import { applyDerived, applyInsertFields, stampModified } from './dml/system-fields.ts';
import { normalizeForField } from './field-values.ts';
import { withValues } from './store/record-store.ts';
import type { ObjectDef } from './schema/types.ts';

export function recordWrites(ctx: OrgContext) {
  const typed = (object: ObjectDef, fields: Readonly<Record<string, ApexValue>>) => {
    const values = new Map<string, ApexValue>();
    for (const [name, value] of Object.entries(fields)) {
      const field = ctx.schema.field(object, name);
      if (field === undefined) throw new Error(`${object.name} has no field ${name}`);
      values.set(field.name.toLowerCase(), normalizeForField(field, value));
    }
    return values;
  };
  return {
    create(type: string, fields: Readonly<Record<string, ApexValue>>, userId: string): string {
      const object = ctx.schema.object(type);
      if (object === undefined) throw new Error(`unknown object ${type}`);
      const id = ctx.newId(object);
      const values = typed(object, fields);
      applyInsertFields(ctx, object, values, id, userId);
      ctx.store.add(id, object.name, values);
      return id;
    },
    update(id: string, fields: Readonly<Record<string, ApexValue>>): void {
      const record = ctx.store.get(id);
      const object = record ? ctx.schema.object(record.type) : undefined;
      if (record === undefined || object === undefined) throw new Error(`no record ${id}`);
      const values = new Map(record.values);
      for (const [key, value] of typed(object, fields)) values.set(key, value);
      const lastModifier = record.values.get('lastmodifiedbyid');
      stampModified(
        values,
        typeof lastModifier === 'string' ? lastModifier : '',
        new ApexDatetime(ctx.now()),
      );
      applyDerived(object, values);
      ctx.store.replace({ ...record, values });
    },
    remove(id: string): void {
      const record = ctx.store.get(id);
      if (record === undefined) return;
      ctx.store.replace({ ...withValues(record, new Map([['isdeleted', true]])), isDeleted: true });
    },
  };
}
