/**
 * References inside object metadata: a lookup or master-detail field points at an object that
 * exists, has a relationshipName, and that name is unique among the project's lookups to the same
 * object (it becomes the child relationship `<name>__r` there).
 */
import { basename, dirname } from 'node:path';
import type { Diagnostic } from '../../lib/diagnostics.ts';
import { childText, childrenNamed } from '../../lib/metadata-xml.ts';
import { type CheckContext, finding, xmlFilesEnding } from '../context.ts';
import { NOT_AN_OBJECT, knownObject } from './fields.ts';

const RELATIONSHIP_TYPES = new Set(['Lookup', 'MasterDetail', 'Hierarchy']);

export function checkObjectFields(context: CheckContext): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  /** target object key + relationship name -> the field that took it. */
  const taken = new Map<string, { field: string; file: string; line: number }>();
  for (const [file, xml] of xmlFilesEnding(context, '.field-meta.xml')) {
    const objectName = basename(dirname(dirname(file)));
    const fieldName = childText(xml, 'fullName') ?? basename(file, '.field-meta.xml');
    const type = childText(xml, 'type') ?? '';
    if (!RELATIONSHIP_TYPES.has(type)) continue;
    const who = `field ${objectName}.${fieldName}`;
    // Hierarchy lookups point at User and carry no referenceTo.
    const reference = childrenNamed(xml, 'referenceTo')[0];
    const target = type === 'Hierarchy' ? 'User' : reference?.text;
    if (!target) {
      diagnostics.push(finding(file, xml, `${who} is a ${type} field without referenceTo`));
      continue;
    }
    if (!knownObject(context, target)) {
      diagnostics.push(
        finding(file, reference ?? xml, `${who} looks up ${target}, which is ${NOT_AN_OBJECT}`),
      );
      continue;
    }
    const relationship = childrenNamed(xml, 'relationshipName')[0];
    if (!relationship?.text) {
      diagnostics.push(finding(file, xml, `${who} is a ${type} field without relationshipName`));
      continue;
    }
    const key = `${context.schema.key(target)}/${relationship.text.toLowerCase()}`;
    const first = taken.get(key);
    if (first) {
      diagnostics.push(
        finding(
          file,
          relationship,
          `${who} uses relationship name ${relationship.text} on ${target}, already used by ${first.field} (${basename(first.file)}:${first.line})`,
        ),
      );
    } else {
      taken.set(key, { field: `${objectName}.${fieldName}`, file, line: relationship.line });
    }
  }
  return diagnostics;
}
