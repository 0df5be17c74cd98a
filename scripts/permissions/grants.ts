/**
 * What a permission set grants, as a flat list: one entry per object flag, field access, class,
 * custom permission, tab, credential principal and every other kind a permission set can hold,
 * each with the line that grants it. The permission matrix is printed from this list and compared
 * with the approved one (config/permission-matrix.json).
 */
import { basename } from 'node:path';
import { type XmlElement, childText, childrenNamed, parseXmlFile } from '../lib/metadata-xml.ts';
import { listSourceFiles } from '../lib/project.ts';

export const PERMISSION_SET_SUFFIX = '.permissionset-meta.xml';

export type GrantKind =
  | 'object'
  | 'field'
  | 'class'
  | 'customPermission'
  | 'tab'
  | 'principal'
  | 'customMetadataType'
  | 'customSetting'
  | 'userPermission'
  | 'page'
  | 'flow'
  | 'application'
  | 'recordType';

export interface Grant {
  kind: GrantKind;
  /** API name: `Secure_Message__c`, `Secure_Message__c.Sent_At__c`, `SecureSendController`... */
  name: string;
  /** Object: create/read/edit/delete/viewAll/modifyAll/viewAllFields; field: read/edit; tab: its visibility; else `granted`. */
  access: string;
  /** Line of the element that grants it (0 for an approved grant, which has no line). */
  line: number;
}

export interface PermissionSetGrants {
  name: string;
  file: string;
  label: string;
  description: string;
  grants: Grant[];
}

/** Kinds in table order, with how a message names a grant of that kind. */
export const KINDS: { kind: GrantKind; title: string; describe: (grant: Grant) => string }[] = [
  { kind: 'object', title: 'Object', describe: (g) => `${g.access} on object ${g.name}` },
  { kind: 'field', title: 'Field', describe: (g) => `${g.access} on field ${g.name}` },
  { kind: 'class', title: 'Apex class', describe: (g) => `class access to ${g.name}` },
  {
    kind: 'customPermission',
    title: 'Custom permission',
    describe: (g) => `custom permission ${g.name}`,
  },
  { kind: 'tab', title: 'Tab', describe: (g) => `tab ${g.name} (${g.access})` },
  {
    kind: 'principal',
    title: 'External credential principal',
    describe: (g) => `external credential principal ${g.name}`,
  },
  {
    kind: 'customMetadataType',
    title: 'Custom metadata type',
    describe: (g) => `access to custom metadata type ${g.name}`,
  },
  {
    kind: 'customSetting',
    title: 'Custom setting',
    describe: (g) => `access to custom setting ${g.name}`,
  },
  {
    kind: 'userPermission',
    title: 'System permission',
    describe: (g) => `system permission ${g.name}`,
  },
  { kind: 'page', title: 'Visualforce page', describe: (g) => `page access to ${g.name}` },
  { kind: 'flow', title: 'Flow', describe: (g) => `flow access to ${g.name}` },
  { kind: 'application', title: 'App', describe: (g) => `visibility of app ${g.name}` },
  {
    kind: 'recordType',
    title: 'Record type',
    describe: (g) => `visibility of record type ${g.name}`,
  },
];

export function describeGrant(grant: Grant): string {
  return KINDS.find((entry) => entry.kind === grant.kind)?.describe(grant) ?? grant.name;
}

/** Identity of a grant for comparison: kind, name (case-insensitive) and access. */
export function grantKey(grant: Pick<Grant, 'kind' | 'name' | 'access'>): string {
  return `${grant.kind}|${grant.name.toLowerCase()}|${grant.access.toLowerCase()}`;
}

/** Object permission flags and the names the matrix uses for them. */
export const OBJECT_FLAGS: [element: string, access: string][] = [
  ['allowCreate', 'create'],
  ['allowRead', 'read'],
  ['allowEdit', 'edit'],
  ['allowDelete', 'delete'],
  ['viewAllRecords', 'viewAll'],
  ['modifyAllRecords', 'modifyAll'],
  ['viewAllFields', 'viewAllFields'],
];

/** `<group><flag>` entries that grant `<member>` when `<flag>` is true. */
const SIMPLE_GRANTS: [group: string, member: string, flag: string, kind: GrantKind][] = [
  ['classAccesses', 'apexClass', 'enabled', 'class'],
  ['customPermissions', 'name', 'enabled', 'customPermission'],
  ['externalCredentialPrincipalAccesses', 'externalCredentialPrincipal', 'enabled', 'principal'],
  ['customMetadataTypeAccesses', 'name', 'enabled', 'customMetadataType'],
  ['customSettingAccesses', 'name', 'enabled', 'customSetting'],
  ['userPermissions', 'name', 'enabled', 'userPermission'],
  ['pageAccesses', 'apexPage', 'enabled', 'page'],
  ['flowAccesses', 'flow', 'enabled', 'flow'],
  ['applicationVisibilities', 'application', 'visible', 'application'],
  ['recordTypeVisibilities', 'recordType', 'visible', 'recordType'],
];

function isTrue(entry: XmlElement, child: string): XmlElement | undefined {
  return childrenNamed(entry, child).find((element) => element.text.toLowerCase() === 'true');
}

/** Every grant of one parsed permission set, in document order. */
export function readGrants(xml: XmlElement): Grant[] {
  const grants: Grant[] = [];
  for (const entry of childrenNamed(xml, 'objectPermissions')) {
    const name = childText(entry, 'object') ?? '';
    for (const [element, access] of OBJECT_FLAGS) {
      const flag = isTrue(entry, element);
      if (flag) grants.push({ kind: 'object', name, access, line: flag.line });
    }
  }
  for (const entry of childrenNamed(xml, 'fieldPermissions')) {
    const name = childText(entry, 'field') ?? '';
    for (const [element, access] of [
      ['readable', 'read'],
      ['editable', 'edit'],
    ] as const) {
      const flag = isTrue(entry, element);
      if (flag) grants.push({ kind: 'field', name, access, line: flag.line });
    }
  }
  for (const entry of childrenNamed(xml, 'tabSettings')) {
    const visibility = childrenNamed(entry, 'visibility')[0];
    if (!visibility || visibility.text === 'None') continue;
    grants.push({
      kind: 'tab',
      name: childText(entry, 'tab') ?? '',
      access: visibility.text,
      line: visibility.line,
    });
  }
  for (const [group, member, flag, kind] of SIMPLE_GRANTS) {
    for (const entry of childrenNamed(xml, group)) {
      const reference = childrenNamed(entry, member)[0];
      if (reference && isTrue(entry, flag)) {
        grants.push({ kind, name: reference.text, access: 'granted', line: reference.line });
      }
    }
  }
  return grants;
}

export function readPermissionSet(file: string): PermissionSetGrants {
  const xml = parseXmlFile(file);
  return {
    name: basename(file, PERMISSION_SET_SUFFIX),
    file,
    label: childText(xml, 'label') ?? '',
    description: childText(xml, 'description') ?? '',
    grants: readGrants(xml),
  };
}

/** Every permission set of the project's package directories, sorted by name. */
export function readProjectPermissionSets(root: string): PermissionSetGrants[] {
  return listSourceFiles(root, (path) => path.endsWith(PERMISSION_SET_SUFFIX))
    .map(readPermissionSet)
    .sort((a, b) => a.name.localeCompare(b.name));
}
