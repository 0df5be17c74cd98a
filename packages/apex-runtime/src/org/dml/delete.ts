/**
 * delete / undelete. Deleting a record also deletes its cascade children (master-detail
 * details, case comments, file links, share rows), clears SetNull lookups to it, and fails when
 * a Restrict lookup still points to it. Undelete restores everything one delete removed.
 */
import { SObjectValue, type ApexValue } from '../../values.ts';
import type { OrgContext } from '../context.ts';
import type { FieldDef, ObjectDef } from '../schema/types.ts';
import { withValues, type StoredRecord } from '../store/record-store.ts';
import { assertDmlAllowed } from './insert.ts';
import { errors } from './messages.ts';
import { failed, runRows, succeeded } from './runner.ts';
import type { DmlError, DmlOptions, DmlRowResult } from './types.ts';
import { accessScope, checkDeleteAccess, type AccessScope } from './user-mode.ts';

export type DeleteTarget = SObjectValue | string | null;

let deleteBatchCounter = 0;

export function deleteRecords(
  ctx: OrgContext,
  targets: readonly DeleteTarget[],
  opts: DmlOptions,
): DmlRowResult[] {
  const access = accessScope(ctx, opts);
  return runRows(ctx, opts, targets, (target) => deleteOne(ctx, idOfTarget(target), access));
}

export function undeleteRecords(
  ctx: OrgContext,
  targets: readonly DeleteTarget[],
  opts: DmlOptions,
): DmlRowResult[] {
  return runRows(ctx, opts, targets, (target) => {
    const id = idOfTarget(target);
    if (id === null) return failed([errors.missingId('undelete')]);
    const record = ctx.store.get(id);
    if (record === undefined) return failed([errors.invalidCrossReference()], id);
    if (!record.isDeleted || record.deleteBatch === undefined) {
      return failed([errors.notInRecycleBin()], record.id);
    }
    const batch = record.deleteBatch;
    for (const other of [...ctx.store.allRecords()]) {
      if (other.deleteBatch !== batch) continue;
      const restored = withValues(other, new Map([['isdeleted', false]]));
      ctx.store.replace({
        id: restored.id,
        type: restored.type,
        values: restored.values,
        seq: restored.seq,
        isDeleted: false,
      });
    }
    return succeeded(record.id);
  });
}

function idOfTarget(target: DeleteTarget): string | null {
  if (target instanceof SObjectValue) {
    const id = target.get('Id');
    return typeof id === 'string' ? id : null;
  }
  return target;
}

function deleteOne(ctx: OrgContext, id: string | null, access: AccessScope | null): DmlRowResult {
  if (id === null) return failed([errors.missingId('delete')]);
  const record = ctx.store.get(id);
  if (record === undefined) return failed([errors.invalidCrossReference()], id);
  if (record.isDeleted) return failed([errors.entityIsDeleted()], record.id);
  const object = ctx.schema.object(record.type);
  if (object === undefined) return failed([errors.invalidCrossReference()], record.id);
  assertDmlAllowed(object, 'Delete', object.deletable);
  if (access !== null) {
    const denied = checkDeleteAccess(ctx, access, object, record);
    if (denied.length > 0) return failed(denied, record.id);
  }
  const doomed = cascadeClosure(ctx, record);
  const restricted = firstRestriction(ctx, doomed);
  if (restricted !== null) return failed([restricted], record.id);
  const batch = ++deleteBatchCounter;
  const doomedIds = new Set(doomed.map((r) => r.id));
  for (const dead of doomed) {
    ctx.store.replace({
      ...withValues(dead, new Map([['isdeleted', true]])),
      isDeleted: true,
      deleteBatch: batch,
    });
  }
  clearSetNullLookups(ctx, doomedIds);
  return succeeded(record.id);
}

/** The record and, recursively, every live record that cascades from it. */
function cascadeClosure(ctx: OrgContext, root: StoredRecord): StoredRecord[] {
  const found = new Map<string, StoredRecord>([[root.id, root]]);
  const queue = [root];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    for (const { child, field } of referencingFields(ctx, next)) {
      if (field.deleteConstraint !== 'Cascade') continue;
      for (const childRecord of childrenOf(ctx, child, field, next.id)) {
        if (found.has(childRecord.id)) continue;
        found.set(childRecord.id, childRecord);
        queue.push(childRecord);
      }
    }
  }
  return [...found.values()];
}

function firstRestriction(ctx: OrgContext, doomed: StoredRecord[]): DmlError | null {
  const doomedIds = new Set(doomed.map((r) => r.id));
  for (const record of doomed) {
    for (const { child, field } of referencingFields(ctx, record)) {
      if (field.deleteConstraint !== 'Restrict') continue;
      const blockers = childrenOf(ctx, child, field, record.id).filter((c) => !doomedIds.has(c.id));
      if (blockers.length === 0) continue;
      return errors.deleteRestricted(
        nameOf(ctx, record),
        child,
        blockers.map((b) => nameOf(ctx, b)),
      );
    }
  }
  return null;
}

function clearSetNullLookups(ctx: OrgContext, doomedIds: ReadonlySet<string>): void {
  for (const object of ctx.schema.objects()) {
    const fields = [...object.fields.values()].filter(
      (f) => f.type === 'REFERENCE' && f.deleteConstraint === 'SetNull',
    );
    if (fields.length === 0) continue;
    for (const record of [...ctx.store.ofType(object.name)]) {
      const changes = new Map<string, ApexValue>();
      for (const f of fields) {
        const value = record.values.get(f.name.toLowerCase());
        if (typeof value === 'string' && doomedIds.has(value))
          changes.set(f.name.toLowerCase(), null);
      }
      if (changes.size > 0) ctx.store.replace(withValues(record, changes));
    }
  }
}

/** Reference fields (of any object) that can point to this record, including polymorphic ones. */
function referencingFields(
  ctx: OrgContext,
  record: StoredRecord,
): { child: ObjectDef; field: FieldDef }[] {
  const type = record.type.toLowerCase();
  const out: { child: ObjectDef; field: FieldDef }[] = [];
  for (const child of ctx.schema.objects()) {
    for (const field of child.fields.values()) {
      if (field.type !== 'REFERENCE' || field.name === 'OwnerId') continue;
      const targets = field.referenceTo.map((t) => t.toLowerCase());
      if (targets.length === 0 ? field.deleteConstraint === 'Cascade' : targets.includes(type)) {
        out.push({ child, field });
      }
    }
  }
  return out;
}

function childrenOf(
  ctx: OrgContext,
  child: ObjectDef,
  field: FieldDef,
  parentId: string,
): StoredRecord[] {
  const key = field.name.toLowerCase();
  return [...ctx.store.ofType(child.name)].filter((r) => r.values.get(key) === parentId);
}

function nameOf(ctx: OrgContext, record: StoredRecord): string {
  const object = ctx.schema.object(record.type);
  const nameField = object?.nameFieldName?.toLowerCase();
  const name = nameField ? record.values.get(nameField) : undefined;
  return typeof name === 'string' ? name : record.id;
}
