/** Permission sets and custom permissions. */
import { basename } from 'node:path';
import type { CustomPermissionDef, PermissionSetDef } from './types.ts';
import { elements, flag, readMetadataXml, text } from './xml.ts';

const PERMISSION_SET_SUFFIX = '.permissionset-meta.xml';
const CUSTOM_PERMISSION_SUFFIX = '.customPermission-meta.xml';

export function loadPermissionSet(path: string): PermissionSetDef {
  const xml = readMetadataXml(path, 'PermissionSet');
  const name = basename(path, PERMISSION_SET_SUFFIX);
  const enabledNames = (tag: string, nameTag: string): string[] =>
    elements(xml, tag)
      .filter((e) => flag(e, 'enabled'))
      .map((e) => text(e, nameTag) ?? '');
  return {
    name,
    label: text(xml, 'label') ?? name,
    description: text(xml, 'description') ?? null,
    objectPermissions: elements(xml, 'objectPermissions').map((e) => ({
      object: text(e, 'object') ?? '',
      allowRead: flag(e, 'allowRead'),
      allowCreate: flag(e, 'allowCreate'),
      allowEdit: flag(e, 'allowEdit'),
      allowDelete: flag(e, 'allowDelete'),
      viewAllRecords: flag(e, 'viewAllRecords'),
      modifyAllRecords: flag(e, 'modifyAllRecords'),
    })),
    fieldPermissions: elements(xml, 'fieldPermissions').map((e) => ({
      field: text(e, 'field') ?? '',
      readable: flag(e, 'readable'),
      editable: flag(e, 'editable'),
    })),
    customPermissions: enabledNames('customPermissions', 'name'),
    classAccesses: enabledNames('classAccesses', 'apexClass'),
    userPermissions: enabledNames('userPermissions', 'name'),
    externalCredentialPrincipals: enabledNames(
      'externalCredentialPrincipalAccesses',
      'externalCredentialPrincipal',
    ),
    customMetadataTypes: enabledNames('customMetadataTypeAccesses', 'name'),
    customSettings: enabledNames('customSettingAccesses', 'name'),
    tabs: elements(xml, 'tabSettings').map((e) => ({
      tab: text(e, 'tab') ?? '',
      visibility: text(e, 'visibility') ?? '',
    })),
  };
}

export function loadCustomPermission(path: string): CustomPermissionDef {
  const xml = readMetadataXml(path, 'CustomPermission');
  const name = basename(path, CUSTOM_PERMISSION_SUFFIX);
  return {
    name,
    label: text(xml, 'label') ?? name,
    description: text(xml, 'description') ?? null,
  };
}

export { CUSTOM_PERMISSION_SUFFIX, PERMISSION_SET_SUFFIX };
