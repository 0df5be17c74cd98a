/**
 * The org's schema: objects and fields as describe calls report them. Names keep their
 * canonical spelling; every lookup is case-insensitive (see Schema).
 */

/** Schema.DisplayType names (upper case, as Apex prints them). */
export type DisplayType =
  | 'ID'
  | 'REFERENCE'
  | 'STRING'
  | 'TEXTAREA'
  | 'EMAIL'
  | 'PHONE'
  | 'URL'
  | 'PICKLIST'
  | 'MULTIPICKLIST'
  | 'COMBOBOX'
  | 'BOOLEAN'
  | 'DATE'
  | 'DATETIME'
  | 'TIME'
  | 'DOUBLE'
  | 'CURRENCY'
  | 'PERCENT'
  | 'INTEGER'
  | 'LONG'
  | 'BASE64';

export interface PicklistValue {
  value: string;
  label: string;
  isDefault: boolean;
  active: boolean;
}

export interface FieldDef {
  /** Canonical API name, e.g. 'Gateway_Message_Id__c', 'ContactId'. */
  name: string;
  label: string;
  type: DisplayType;
  custom: boolean;
  /** Text length; 0 when not a text field. */
  length: number;
  /** Number precision and scale (DOUBLE/CURRENCY/PERCENT); 0 otherwise. */
  precision: number;
  scale: number;
  /** False: a value is required on create (unless `defaultedOnCreate`) and cannot be cleared. */
  nillable: boolean;
  createable: boolean;
  updateable: boolean;
  /** The org fills a value on create when none is given (defaults, checkboxes, system fields). */
  defaultedOnCreate: boolean;
  /** Default from metadata as written ('true', a picklist value, a number). */
  defaultValue?: string;
  unique: boolean;
  caseSensitive: boolean;
  externalId: boolean;
  /** Usable as an upsert key: Id, external ids and some standard unique fields. */
  idLookup: boolean;
  /** REFERENCE: the objects it may point to; empty for polymorphic "any record" fields (LinkedEntityId). */
  referenceTo: string[];
  /** REFERENCE: relationship name without '__r' for custom fields as declared, e.g. 'Contact', 'Sent_By__r'. */
  relationshipName?: string;
  /** REFERENCE: how deleting the parent affects this child. */
  deleteConstraint?: 'SetNull' | 'Restrict' | 'Cascade';
  /** REFERENCE: the parent's name for the children in subqueries ('Events__r', 'CaseComments'). */
  childRelationshipName?: string;
  masterDetail: boolean;
  /** Master-detail: creating/editing the child needs read (true) or edit (false) on the master. */
  writeRequiresMasterRead: boolean;
  reparentable: boolean;
  picklistValues: PicklistValue[];
  restrictedPicklist: boolean;
  /** Auto-number display format, e.g. 'SM-{00000000}'. */
  autoNumberFormat?: string;
  /** Computed by the org (formula, compound name, derived file fields); never written by DML. */
  calculated: boolean;
  /** A formula field: not evaluated locally, so reading it fails loudly. */
  formula?: boolean;
  /** Field-level security applies (false for Id, audit fields, required and master-detail fields). */
  permissionable: boolean;
  /** Name field of its object. */
  nameField: boolean;
}

/** Organization-wide default of an object. */
export type SharingModel =
  | 'Private'
  | 'Read'
  | 'ReadWrite'
  | 'ReadWriteTransfer'
  | 'FullAccess'
  | 'ControlledByParent'
  /** No record-level sharing: setup objects, metadata, settings, virtual objects. */
  | 'None';

export type ObjectKind =
  | 'standard'
  | 'custom'
  | 'customMetadata'
  | 'customSetting'
  | 'share'
  /** Setup and platform objects readable only with View Setup and Configuration. */
  | 'setup'
  /** Computed at query time (UserRecordAccess). */
  | 'virtual';

export interface ObjectDef {
  name: string;
  label: string;
  labelPlural: string;
  keyPrefix: string;
  custom: boolean;
  kind: ObjectKind;
  /** Fields keyed by lower-cased API name, in declaration order. */
  fields: Map<string, FieldDef>;
  sharingModel: SharingModel;
  /** Has an OwnerId the org sets to the running user by default. */
  owned: boolean;
  customSettingsType?: 'Hierarchy' | 'List';
  /** 'Protected' custom settings and metadata types (package-private in a subscriber org). */
  visibility: 'Public' | 'Protected';
  queryable: boolean;
  createable: boolean;
  updateable: boolean;
  deletable: boolean;
  /** 'Secure_Message__Share' for objects whose sharing model needs share rows. */
  shareObject?: string;
  /** Name of the name field ('Name', 'CaseNumber', 'Title'...), if any. */
  nameFieldName?: string;
}

export interface ChildRelationship {
  /** As used in a subquery: 'Events__r', 'CaseComments'. */
  relationshipName: string;
  childObject: string;
  field: string;
  cascadeDelete: boolean;
  restrictedDelete: boolean;
}

/** A field with every property at its most common value; builders override what differs. */
export function baseField(name: string, type: DisplayType, label = name): FieldDef {
  return {
    name,
    label,
    type,
    custom: name.toLowerCase().endsWith('__c'),
    length: 0,
    precision: 0,
    scale: 0,
    nillable: true,
    createable: true,
    updateable: true,
    defaultedOnCreate: false,
    unique: false,
    caseSensitive: false,
    externalId: false,
    idLookup: false,
    referenceTo: [],
    masterDetail: false,
    writeRequiresMasterRead: false,
    reparentable: true,
    picklistValues: [],
    restrictedPicklist: false,
    calculated: false,
    permissionable: true,
    nameField: false,
  };
}
