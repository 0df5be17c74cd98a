/**
 * Builds the sObjects a query returns: only the selected fields (plus Id), parent objects for
 * relationship paths ('Contact.Name' fills record.Contact with Name and Id; a null lookup
 * leaves record.Contact null), and child lists for subqueries. Every returned sObject is marked
 * retrievedByQuery, so reading an unqueried field fails as in an org.
 */
import type { SoqlQuery } from '../../ast.ts';
import { ApexList } from '../../collections.ts';
import { SObjectValue, type ApexValue } from '../../values.ts';
import type { OrgContext } from '../context.ts';
import type { ChildRelationship } from '../schema/types.ts';
import type { StoredRecord } from '../store/record-store.ts';
import type { ResolvedPath } from './paths.ts';

export interface ResolvedSubquery {
  query: SoqlQuery;
  relationship: ChildRelationship;
  /** Runs the subquery for one parent record. */
  rowsFor(parent: StoredRecord): SObjectValue[];
}

export function projectRecord(
  ctx: OrgContext,
  record: StoredRecord,
  fields: readonly ResolvedPath[],
  subqueries: readonly ResolvedSubquery[],
  includeId = true,
): SObjectValue {
  const out = newResult(record.type);
  if (includeId) out.set('Id', record.id);
  for (const path of fields) setPath(ctx, out, record, path, 0);
  for (const sub of subqueries) {
    const rows = sub.rowsFor(record);
    out.set(
      sub.relationship.relationshipName,
      new ApexList({ kind: 'sobject', name: sub.relationship.childObject }, rows),
    );
  }
  return out;
}

function newResult(type: string): SObjectValue {
  const value = new SObjectValue(type);
  value.retrievedByQuery = true;
  return value;
}

/** Sets path.steps[from..] on `target`, which holds `record`'s values. */
function setPath(
  ctx: OrgContext,
  target: SObjectValue,
  record: StoredRecord,
  path: ResolvedPath,
  from: number,
): void {
  const step = path.steps[from];
  if (step === undefined) return;
  const key = step.field.name.toLowerCase();
  if (from === path.steps.length - 1) {
    target.set(step.field.name, record.values.get(key) ?? null);
    return;
  }
  const relationship = step.field.relationshipName ?? step.field.name;
  const parentId: ApexValue = record.values.get(key) ?? null;
  const parent = typeof parentId === 'string' ? ctx.store.get(parentId) : undefined;
  if (parent === undefined || parent.isDeleted) {
    if (target.get(relationship) === undefined) target.set(relationship, null);
    return;
  }
  let holder = target.get(relationship);
  if (!(holder instanceof SObjectValue)) {
    holder = newResult(parent.type);
    holder.set('Id', parent.id);
    target.set(relationship, holder);
  }
  setPath(ctx, holder, parent, path, from + 1);
}
