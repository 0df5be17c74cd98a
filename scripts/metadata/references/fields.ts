/**
 * Resolving `Object` and `Object.Field` references against the schema (project metadata merged
 * over the standard objects of the pinned API version), worded for findings.
 */
import { childText } from '../../lib/metadata-xml.ts';
import type { FieldInfo, SObjectInfo } from '../../lib/sobject-schema.ts';
import type { CheckContext } from '../context.ts';

export const NOT_AN_OBJECT = 'neither an object of this project nor a standard object';

/**
 * The object named `name` if it really exists: a standard object, or one the project declares
 * with an `.object-meta.xml`. (The schema catalog also knows objects only seen as the target of
 * a lookup; a reference to those must not pass.)
 */
export function knownObject(context: CheckContext, name: string): SObjectInfo | undefined {
  if (!context.schema.isStandardObject(name) && !context.index.objects.has(name)) return undefined;
  return context.schema.object(name);
}

/** A `problem` completes a sentence about the reference: `..., which is not a field of Case`. */
export type FieldLookup = { object: SObjectInfo; field: FieldInfo } | { problem: string };

/** `Object.Field` (a permission set's fieldPermissions/field). */
export function resolveQualifiedField(context: CheckContext, qualified: string): FieldLookup {
  const dot = qualified.indexOf('.');
  if (dot <= 0 || dot === qualified.length - 1)
    return { problem: 'which is not of the form Object.Field' };
  return resolveField(context, qualified.slice(0, dot), qualified.slice(dot + 1));
}

export function resolveField(
  context: CheckContext,
  objectName: string,
  fieldName: string,
): FieldLookup {
  const object = knownObject(context, objectName);
  if (!object) return { problem: `whose object ${objectName} is ${NOT_AN_OBJECT}` };
  const field = object.fields.get(context.schema.key(fieldName));
  if (!field) return { problem: `which is not a field of ${objectName}` };
  return { object, field };
}

/** What the project's field metadata says about a field (undefined for standard fields). */
export function projectFieldFacts(
  context: CheckContext,
  field: FieldInfo,
): { type: string; required: boolean; formula: boolean } | undefined {
  if (field.origin !== 'project' || !field.file) return undefined;
  const xml = context.xml.get(field.file);
  if (!xml) return undefined;
  return {
    type: childText(xml, 'type') ?? '',
    required: childText(xml, 'required')?.toLowerCase() === 'true',
    formula: xml.children.some((child) => child.name === 'formula'),
  };
}
