/**
 * References of custom metadata records (`customMetadata/<Type>.<Record>.md-meta.xml`): the type
 * `<Type>__mdt` is declared in objects/, and each `values/field` is a field of it.
 */
import { basename } from 'node:path';
import type { Diagnostic } from '../../lib/diagnostics.ts';
import { childrenNamed } from '../../lib/metadata-xml.ts';
import { type CheckContext, finding, xmlFilesEnding } from '../context.ts';
import { knownObject } from './fields.ts';

const SUFFIX = '.md-meta.xml';

export function checkCustomMetadataRecords(context: CheckContext): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const [file, xml] of xmlFilesEnding(context, SUFFIX)) {
    const recordName = basename(file, SUFFIX);
    const dot = recordName.indexOf('.');
    const typeName = `${dot > 0 ? recordName.slice(0, dot) : recordName}__mdt`;
    const who = `custom metadata record ${recordName}`;
    if (dot <= 0) {
      diagnostics.push(finding(file, xml, `${who} is not named <Type>.<Record>.md-meta.xml`));
      continue;
    }
    const type = context.index.objects.get(typeName);
    const schema = knownObject(context, typeName);
    if (type?.kind !== 'customMetadataType' || !schema) {
      diagnostics.push(
        finding(
          file,
          xml,
          `${who} is a record of ${typeName}, which is not a custom metadata type in this project`,
        ),
      );
      continue;
    }
    for (const reference of childrenNamed(xml, 'values').flatMap((value) =>
      childrenNamed(value, 'field'),
    )) {
      if (!schema.fields.has(context.schema.key(reference.text))) {
        diagnostics.push(
          finding(
            file,
            reference,
            `${who} sets field ${reference.text}, which is not a field of ${typeName}`,
          ),
        );
      }
    }
  }
  return diagnostics;
}
