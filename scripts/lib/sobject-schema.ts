/**
 * What the gates know about SObjects: the project's own objects and fields (force-app/.../objects)
 * merged over the standard objects of the pinned API version (the apex-ls sobject-types jar, whose
 * classes describe each standard object: fields, lookups, child relationships).
 * Names are case-insensitive, as in Apex and SOQL; the project's namespace prefix is optional.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readPublicInstanceFields } from './class-fields.ts';
import { sobjectTypesJar } from './java.ts';
import { JarReader } from './jar-reader.ts';
import { childText, childrenNamed, parseXmlFile } from './metadata-xml.ts';
import { listSourceFiles, readSfdxProject } from './project.ts';

export interface FieldInfo {
  name: string;
  /** Apex type of the value: String, Id, Boolean, Decimal, Integer, Date, Datetime, ... */
  apexType: string;
  /** Declared in the project's metadata, or known as standard. */
  origin: 'project' | 'standard';
  /** Metadata file declaring it (project fields only). */
  file?: string;
}

export interface SObjectInfo {
  name: string;
  origin: 'project' | 'standard';
  fields: Map<string, FieldInfo>;
  /** Relationship name (Contact, Owner, Case__r) -> the object(s) it points at ('Name' = polymorphic). */
  parentRelationships: Map<string, { name: string; target: string }>;
  /** Child relationship name (Cases, Secure_Messages__r) -> child object. */
  childRelationships: Map<string, { name: string; target: string }>;
}

const METADATA_TO_APEX_TYPE: Record<string, string> = {
  AutoNumber: 'String',
  Checkbox: 'Boolean',
  Currency: 'Decimal',
  Date: 'Date',
  DateTime: 'Datetime',
  Email: 'String',
  EncryptedText: 'String',
  ExternalLookup: 'String',
  Hierarchy: 'Id',
  Html: 'String',
  IndirectLookup: 'String',
  Location: 'Location',
  Lookup: 'Id',
  LongTextArea: 'String',
  MasterDetail: 'Id',
  MetadataRelationship: 'String',
  MultiselectPicklist: 'String',
  Number: 'Decimal',
  Percent: 'Decimal',
  Phone: 'String',
  Picklist: 'String',
  Summary: 'Decimal',
  Text: 'String',
  TextArea: 'String',
  Time: 'Time',
  Url: 'String',
};

const RELATIONSHIP_TYPES = new Set(['Lookup', 'MasterDetail', 'Hierarchy']);

/** System fields every custom object/custom metadata type/platform event gets, by suffix. */
const SYSTEM_FIELDS: Record<string, [string, string][]> = {
  __c: [
    ['Id', 'Id'],
    ['Name', 'String'],
    ['OwnerId', 'Id'],
    ['CreatedById', 'Id'],
    ['CreatedDate', 'Datetime'],
    ['LastModifiedById', 'Id'],
    ['LastModifiedDate', 'Datetime'],
    ['SystemModstamp', 'Datetime'],
    ['IsDeleted', 'Boolean'],
    ['LastViewedDate', 'Datetime'],
    ['LastReferencedDate', 'Datetime'],
  ],
  __mdt: [
    ['Id', 'Id'],
    ['DeveloperName', 'String'],
    ['MasterLabel', 'String'],
    ['Label', 'String'],
    ['Language', 'String'],
    ['NamespacePrefix', 'String'],
    ['QualifiedApiName', 'String'],
    ['SystemModstamp', 'Datetime'],
  ],
  __e: [
    ['ReplayId', 'String'],
    ['EventUuid', 'String'],
    ['CreatedById', 'Id'],
    ['CreatedDate', 'Datetime'],
  ],
};
const SYSTEM_RELATIONSHIPS: Record<string, [string, string][]> = {
  __c: [
    ['Owner', 'Name'],
    ['CreatedBy', 'User'],
    ['LastModifiedBy', 'User'],
  ],
  __e: [['CreatedBy', 'User']],
  __mdt: [],
};

/** Child relationships every custom object has (history and sharing objects are named after it). */
const CUSTOM_OBJECT_CHILDREN: [string, (objectName: string) => string][] = [
  ['Attachments', () => 'Attachment'],
  ['Notes', () => 'Note'],
  ['NotesAndAttachments', () => 'NoteAndAttachment'],
  ['AttachedContentDocuments', () => 'AttachedContentDocument'],
  ['CombinedAttachments', () => 'CombinedAttachment'],
  ['ContentDocumentLinks', () => 'ContentDocumentLink'],
  ['ProcessInstances', () => 'ProcessInstance'],
  ['Histories', (objectName) => objectName.replace(/__c$/i, '__History')],
  ['Shares', (objectName) => objectName.replace(/__c$/i, '__Share')],
];
/** Fields of the `<Object>__History` and `<Object>__Share` objects Salesforce creates. */
const DERIVED_OBJECT_FIELDS: Record<string, [string, string][]> = {
  __history: [
    ['Id', 'Id'],
    ['ParentId', 'Id'],
    ['Field', 'String'],
    ['DataType', 'String'],
    ['OldValue', 'Object'],
    ['NewValue', 'Object'],
    ['CreatedById', 'Id'],
    ['CreatedDate', 'Datetime'],
    ['IsDeleted', 'Boolean'],
  ],
  __share: [
    ['Id', 'Id'],
    ['ParentId', 'Id'],
    ['UserOrGroupId', 'Id'],
    ['AccessLevel', 'String'],
    ['RowCause', 'String'],
    ['LastModifiedById', 'Id'],
    ['LastModifiedDate', 'Datetime'],
    ['IsDeleted', 'Boolean'],
  ],
};

const SOBJECT_PACKAGE = 'com/nawforce/runforce/SObjects/';

function emptyObject(name: string, origin: SObjectInfo['origin']): SObjectInfo {
  return {
    name,
    origin,
    fields: new Map(),
    parentRelationships: new Map(),
    childRelationships: new Map(),
  };
}

function suffixOf(name: string): string | undefined {
  return Object.keys(SYSTEM_FIELDS).find((suffix) => name.toLowerCase().endsWith(suffix));
}

export class SchemaCatalog {
  private readonly namespacePrefix: string;
  private readonly project = new Map<string, SObjectInfo>();
  /** Project objects with an .object-meta.xml (or derived from one: history, share). */
  private readonly declared = new Set<string>();
  private readonly standard = new Map<string, SObjectInfo | null>();
  private standardNames: Map<string, string> | undefined;
  private jar: JarReader | undefined;

  constructor(readonly root: string) {
    const namespace = readSfdxProject(root).namespace;
    this.namespacePrefix = namespace ? `${namespace.toLowerCase()}__` : '';
    this.loadProjectObjects();
  }

  /** `ssend__Foo__c` -> `foo__c` (the project's own namespace is implicit inside the package). */
  key(name: string): string {
    const lower = name.toLowerCase();
    return this.namespacePrefix &&
      lower.startsWith(this.namespacePrefix) &&
      lower.split('__').length > 2
      ? lower.slice(this.namespacePrefix.length)
      : lower;
  }

  /** The object named `name` (standard and project metadata merged), or undefined. */
  object(name: string): SObjectInfo | undefined {
    const key = this.key(name);
    const standard = this.standardObject(key);
    // A lookup to an object the project never declares must not make that object exist.
    const project = this.project.get(key);
    if (!standard && project && !this.declared.has(key)) return undefined;
    if (!standard) return project;
    if (!project) return standard;
    return {
      ...standard,
      fields: new Map([...standard.fields, ...project.fields]),
      parentRelationships: new Map([
        ...standard.parentRelationships,
        ...project.parentRelationships,
      ]),
      childRelationships: new Map([...standard.childRelationships, ...project.childRelationships]),
    };
  }

  /** Objects the project declares (custom objects, or standard objects it adds fields to). */
  projectObjects(): SObjectInfo[] {
    return [...this.project.entries()]
      .filter(([key]) => this.declared.has(key) || this.isStandardObject(key))
      .map(([, info]) => info);
  }

  isStandardObject(name: string): boolean {
    return this.standardObject(this.key(name)) !== undefined;
  }

  private projectObject(name: string): SObjectInfo {
    const key = this.key(name);
    let info = this.project.get(key);
    if (!info) {
      info = emptyObject(name, suffixOf(name) ? 'project' : 'standard');
      this.project.set(key, info);
    }
    return info;
  }

  private loadProjectObjects(): void {
    const objectFolders = new Set(
      listSourceFiles(this.root, (path) => /[/\\]objects[/\\][^/\\]+[/\\]/.test(path)).map((path) =>
        path.replace(/([/\\]objects[/\\][^/\\]+)[/\\].*$/, '$1'),
      ),
    );
    for (const folder of objectFolders) {
      const name = basename(folder);
      const info = this.projectObject(name);
      const suffix = suffixOf(name);
      if (suffix && existsSync(join(folder, `${name}.object-meta.xml`))) {
        this.declared.add(this.key(name));
        for (const [field, apexType] of SYSTEM_FIELDS[suffix] ?? []) {
          info.fields.set(field.toLowerCase(), { name: field, apexType, origin: 'standard' });
        }
        for (const [relationship, target] of SYSTEM_RELATIONSHIPS[suffix] ?? []) {
          info.parentRelationships.set(relationship.toLowerCase(), { name: relationship, target });
        }
        if (suffix === '__c') this.addCustomObjectChildren(info);
      }
      const fieldsFolder = join(folder, 'fields');
      if (!existsSync(fieldsFolder)) continue;
      for (const entry of readdirSync(fieldsFolder).filter((file) =>
        file.endsWith('.field-meta.xml'),
      )) {
        this.addProjectField(info, join(fieldsFolder, entry));
      }
    }
  }

  private addCustomObjectChildren(info: SObjectInfo): void {
    for (const [relationship, target] of CUSTOM_OBJECT_CHILDREN) {
      const targetName = target(info.name);
      info.childRelationships.set(relationship.toLowerCase(), {
        name: relationship,
        target: targetName,
      });
      const derivedFields =
        DERIVED_OBJECT_FIELDS[targetName.slice(targetName.lastIndexOf('__')).toLowerCase()];
      if (!derivedFields) continue;
      const derived = this.projectObject(targetName);
      this.declared.add(this.key(targetName));
      derived.origin = 'project';
      for (const [field, apexType] of derivedFields) {
        derived.fields.set(field.toLowerCase(), { name: field, apexType, origin: 'standard' });
      }
      derived.parentRelationships.set('parent', { name: 'Parent', target: info.name });
    }
  }

  private addProjectField(info: SObjectInfo, file: string): void {
    let xml;
    try {
      xml = parseXmlFile(file);
    } catch {
      return; // malformed XML is the metadata gate's finding, not a schema fact
    }
    const name = childText(xml, 'fullName') ?? basename(file, '.field-meta.xml');
    const metadataType = childText(xml, 'type') ?? 'Text';
    const formulaType =
      childrenNamed(xml, 'formula').length > 0 ? childText(xml, 'type') : undefined;
    const apexType = METADATA_TO_APEX_TYPE[formulaType ?? metadataType] ?? 'Object';
    info.fields.set(name.toLowerCase(), { name, apexType, origin: 'project', file });
    const target = childText(xml, 'referenceTo');
    if (!RELATIONSHIP_TYPES.has(metadataType) || !target) return;
    const relationship = name.replace(/__c$/i, '__r');
    info.parentRelationships.set(relationship.toLowerCase(), { name: relationship, target });
    const childName = childText(xml, 'relationshipName');
    if (childName) {
      const child = `${childName}__r`;
      this.projectObject(target).childRelationships.set(child.toLowerCase(), {
        name: child,
        target: info.name,
      });
    }
  }

  private standardObject(key: string): SObjectInfo | undefined {
    if (!this.standardNames) {
      this.jar = new JarReader(sobjectTypesJar());
      this.standardNames = new Map(
        this.jar
          .names()
          .filter(
            (entry) =>
              entry.startsWith(SOBJECT_PACKAGE) && entry.endsWith('.class') && !entry.includes('$'),
          )
          .map((entry) => entry.slice(SOBJECT_PACKAGE.length, -'.class'.length))
          .map((name) => [name.toLowerCase(), name]),
      );
    }
    const exactName = this.standardNames.get(key);
    if (!exactName || !this.jar) return undefined;
    if (!this.standard.has(key)) {
      const classFile = this.jar.read(`${SOBJECT_PACKAGE}${exactName}.class`);
      this.standard.set(key, classFile ? describeStandardObject(exactName, classFile) : null);
    }
    return this.standard.get(key) ?? undefined;
  }
}

/** One standard object from its class: `String CaseNumber`, `Contact Contact`, `CaseComment[] CaseComments`. */
function describeStandardObject(name: string, classFile: Buffer): SObjectInfo {
  const info = emptyObject(name, 'standard');
  for (const { name: field, descriptor } of readPublicInstanceFields(classFile)) {
    const isArray = descriptor.startsWith('[');
    const className = descriptor.replace(/^\[*L/, '').replace(/;$/, '');
    const typeName = className.slice(className.lastIndexOf('/') + 1);
    const key = field.toLowerCase();
    if (className.startsWith(SOBJECT_PACKAGE)) {
      const relationship = { name: field, target: typeName };
      if (isArray) info.childRelationships.set(key, relationship);
      else info.parentRelationships.set(key, relationship);
    } else {
      info.fields.set(key, { name: field, apexType: typeName, origin: 'standard' });
    }
  }
  return info;
}
