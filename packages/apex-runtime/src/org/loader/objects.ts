/**
 * objects/<Name>/<Name>.object-meta.xml and objects/<Name>/fields/*.field-meta.xml ->
 * LoadedObject. Standard objects (no '__' suffix) become extensions carrying only their custom
 * fields; their own definition comes from the hand-written standard table.
 */
import { basename, join } from 'node:path';
import { existsSync, readdirSync } from 'node:fs';
import type { SharingModel } from '../schema/types.ts';
import { parseCustomField } from './fields.ts';
import type { LoadedObject } from './types.ts';
import { elements, readMetadataXml, text } from './xml.ts';

const SHARING_MODELS = new Set<SharingModel>([
  'Private',
  'Read',
  'ReadWrite',
  'ReadWriteTransfer',
  'FullAccess',
  'ControlledByParent',
]);

/** Reads one objects/<Name> directory. */
export function loadObjectDir(dir: string): LoadedObject {
  const name = basename(dir);
  const metaPath = join(dir, `${name}.object-meta.xml`);
  const xml = existsSync(metaPath) ? readMetadataXml(metaPath, 'CustomObject') : {};
  const fieldsDir = join(dir, 'fields');
  const fields = existsSync(fieldsDir)
    ? readdirSync(fieldsDir)
        .filter((f) => f.endsWith('.field-meta.xml'))
        .sort()
        .map((f) =>
          parseCustomField(
            readMetadataXml(join(fieldsDir, f), 'CustomField'),
            f.replace('.field-meta.xml', ''),
          ),
        )
    : [];
  const label = text(xml, 'label') ?? name;
  const sharing = text(xml, 'sharingModel');
  const settingsType = text(xml, 'customSettingsType');
  const nameFieldXml = elements(xml, 'nameField')[0];
  const nameFieldType = nameFieldXml ? text(nameFieldXml, 'type') : undefined;
  const displayFormat = nameFieldXml ? text(nameFieldXml, 'displayFormat') : undefined;
  return {
    name,
    label,
    pluralLabel: text(xml, 'pluralLabel') ?? label,
    kind: kindOf(name, settingsType),
    ...(sharing !== undefined && SHARING_MODELS.has(sharing as SharingModel)
      ? { sharingModel: sharing as SharingModel }
      : {}),
    ...(settingsType === 'Hierarchy' || settingsType === 'List'
      ? { customSettingsType: settingsType }
      : {}),
    visibility: text(xml, 'visibility') === 'Protected' ? 'Protected' : 'Public',
    ...(nameFieldXml
      ? {
          nameField: {
            type: nameFieldType === 'AutoNumber' ? 'AutoNumber' : 'Text',
            label: text(nameFieldXml, 'label') ?? 'Name',
            ...(displayFormat === undefined ? {} : { displayFormat }),
          },
        }
      : {}),
    fields,
  };
}

function kindOf(name: string, settingsType: string | undefined): LoadedObject['kind'] {
  if (name.endsWith('__mdt')) return 'customMetadata';
  if (settingsType !== undefined) return 'customSetting';
  if (name.endsWith('__c')) return 'custom';
  return 'standardExtension';
}
