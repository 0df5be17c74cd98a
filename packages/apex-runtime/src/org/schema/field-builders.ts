/**
 * Terse declarations for the hand-written standard object table and the system fields every
 * object gets. Each builder returns a FieldDef; `with()` overrides single properties.
 */
import { baseField, type DisplayType, type FieldDef, type PicklistValue } from './types.ts';

type Overrides = Partial<FieldDef>;

function field(name: string, type: DisplayType, over: Overrides): FieldDef {
  return { ...baseField(name, type, over.label ?? labelOf(name)), ...over };
}

/** 'LastModifiedById' -> 'Last Modified By Id'; custom names keep their words. */
function labelOf(name: string): string {
  return name
    .replace(/__c$/i, '')
    .replace(/_/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2');
}

export function text(name: string, length: number, over: Overrides = {}): FieldDef {
  return field(name, 'STRING', { length, ...over });
}

export function textArea(name: string, length: number, over: Overrides = {}): FieldDef {
  return field(name, 'TEXTAREA', { length, ...over });
}

export function email(name: string, over: Overrides = {}): FieldDef {
  return field(name, 'EMAIL', { length: 80, ...over });
}

export function phone(name: string, over: Overrides = {}): FieldDef {
  return field(name, 'PHONE', { length: 40, ...over });
}

export function checkbox(name: string, defaultValue: boolean, over: Overrides = {}): FieldDef {
  // Checkboxes are never null: the org stores false when no value is given.
  return field(name, 'BOOLEAN', {
    nillable: false,
    defaultedOnCreate: true,
    defaultValue: String(defaultValue),
    ...over,
  });
}

export function date(name: string, over: Overrides = {}): FieldDef {
  return field(name, 'DATE', over);
}

export function dateTime(name: string, over: Overrides = {}): FieldDef {
  return field(name, 'DATETIME', over);
}

export function integer(name: string, over: Overrides = {}): FieldDef {
  return field(name, 'INTEGER', { precision: 9, ...over });
}

export function blob(name: string, over: Overrides = {}): FieldDef {
  return field(name, 'BASE64', over);
}

export function picklist(
  name: string,
  values: string[],
  over: Overrides & { defaultPick?: string } = {},
): FieldDef {
  const { defaultPick, ...rest } = over;
  const picklistValues: PicklistValue[] = values.map((value) => ({
    value,
    label: value,
    isDefault: value === defaultPick,
    active: true,
  }));
  return field(name, 'PICKLIST', {
    length: 255,
    picklistValues,
    ...(defaultPick === undefined ? {} : { defaultValue: defaultPick, defaultedOnCreate: true }),
    ...rest,
  });
}

/** A lookup whose relationship name is the field name without 'Id' (ContactId -> Contact). */
export function lookup(name: string, referenceTo: string[], over: Overrides = {}): FieldDef {
  return field(name, 'REFERENCE', {
    length: 18,
    referenceTo,
    relationshipName: name.replace(/Id$/, ''),
    deleteConstraint: 'SetNull',
    ...over,
  });
}

/** Read-only, org-maintained field (audit fields, derived values). Not subject to FLS. */
export function systemField(f: FieldDef): FieldDef {
  return {
    ...f,
    createable: false,
    updateable: false,
    defaultedOnCreate: true,
    permissionable: false,
  };
}

/** Derived by the org from other fields (compound names, file size); readable under FLS rules. */
export function computed(f: FieldDef): FieldDef {
  return { ...f, createable: false, updateable: false, calculated: true, defaultedOnCreate: true };
}

/** Required on create; such fields are not subject to field-level security. */
export function required(f: FieldDef): FieldDef {
  return { ...f, nillable: false, permissionable: false };
}

export function createOnly(f: FieldDef): FieldDef {
  return { ...f, updateable: false };
}

/** Id, audit fields and IsDeleted: present on every object. */
export function auditFields(): FieldDef[] {
  const userRef = (name: string) =>
    systemField(lookup(name, ['User'], { deleteConstraint: undefined }));
  return [
    systemField(
      field('Id', 'ID', { length: 18, nillable: false, idLookup: true, label: 'Record ID' }),
    ),
    systemField(dateTime('CreatedDate', { nillable: false })),
    userRef('CreatedById'),
    systemField(dateTime('LastModifiedDate', { nillable: false })),
    userRef('LastModifiedById'),
    systemField(dateTime('SystemModstamp', { nillable: false })),
    systemField(checkbox('IsDeleted', false)),
  ];
}

/** OwnerId of owned objects: defaults to the running user; changing it is a transfer. */
export function ownerField(): FieldDef {
  return {
    ...lookup('OwnerId', ['User'], { deleteConstraint: undefined, label: 'Owner ID' }),
    nillable: false,
    defaultedOnCreate: true,
    permissionable: false,
    relationshipName: 'Owner',
  };
}

/** An auto-number name field ('SM-{00000000}'). */
export function autoNumberName(name: string, format: string, label: string): FieldDef {
  return {
    ...systemField(text(name, 30, { label })),
    autoNumberFormat: format,
    nameField: true,
    calculated: true,
  };
}
