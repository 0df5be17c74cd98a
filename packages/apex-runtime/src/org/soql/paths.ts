/**
 * Field paths as written in SOQL ('Subject', 'Contact.Name', 'Sent_By__r.Name') resolved
 * against the schema, and read from stored records by following lookups.
 */
import { UnsupportedError, type ApexValue } from '../../values.ts';
import type { OrgContext } from '../context.ts';
import { noSuchColumn, unknownRelationship } from '../errors.ts';
import type { Schema } from '../schema/schema.ts';
import type { FieldDef, ObjectDef } from '../schema/types.ts';
import type { StoredRecord } from '../store/record-store.ts';

export interface PathStep {
  object: ObjectDef;
  /** A reference field (followed) or, for the last step, the selected field. */
  field: FieldDef;
}

export interface ResolvedPath {
  /** As written, for error messages and AggregateResult keys. */
  written: string[];
  steps: PathStep[];
}

export function finalStep(path: ResolvedPath): PathStep {
  const last = path.steps[path.steps.length - 1];
  if (last === undefined) throw new Error('empty SOQL field path');
  return last;
}

export function resolvePath(schema: Schema, root: ObjectDef, written: string[]): ResolvedPath {
  // `Case.Subject` FROM Case: a leading object name is allowed.
  const parts =
    written.length > 1 && written[0]?.toLowerCase() === root.name.toLowerCase()
      ? written.slice(1)
      : written;
  const steps: PathStep[] = [];
  let object = root;
  parts.forEach((part, i) => {
    const isLast = i === parts.length - 1;
    if (isLast) {
      const field = schema.field(object, part);
      if (field === undefined) throw noSuchColumn(part, object.name);
      if (field.formula) throw new UnsupportedError(`formula field ${object.name}.${field.name}`);
      steps.push({ object, field });
      return;
    }
    const reference = schema.parentRelationship(object, part);
    if (reference === undefined) throw unknownRelationship(part);
    const target = reference.referenceTo.length === 1 ? reference.referenceTo[0] : undefined;
    const next = target === undefined ? undefined : schema.object(target);
    if (next === undefined) {
      throw new UnsupportedError(`polymorphic relationship ${object.name}.${part} in SOQL`);
    }
    steps.push({ object, field: reference });
    object = next;
  });
  return { written, steps };
}

/** The record a path's lookups lead to (null when a lookup is empty or its record deleted). */
export function followPath(
  ctx: OrgContext,
  record: StoredRecord,
  path: ResolvedPath,
): StoredRecord | null {
  let current: StoredRecord | null = record;
  for (const step of path.steps.slice(0, -1)) {
    const id: ApexValue = current.values.get(step.field.name.toLowerCase()) ?? null;
    const next: StoredRecord | undefined = typeof id === 'string' ? ctx.store.get(id) : undefined;
    current = next === undefined || next.isDeleted ? null : next;
    if (current === null) return null;
  }
  return current;
}

export function readPath(ctx: OrgContext, record: StoredRecord, path: ResolvedPath): ApexValue {
  const holder = followPath(ctx, record, path);
  if (holder === null) return null;
  return holder.values.get(finalStep(path).field.name.toLowerCase()) ?? null;
}
