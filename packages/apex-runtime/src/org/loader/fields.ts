/** Custom field metadata (<CustomField>) -> FieldDef, with the describe properties the org uses. */
import { UnsupportedError } from '../../values.ts';
import { baseField, type DisplayType, type FieldDef, type PicklistValue } from '../schema/types.ts';
import { elements, flag, num, text, type XmlElement } from './xml.ts';

const SIMPLE_TYPES: Record<string, { type: DisplayType; length?: number }> = {
  Text: { type: 'STRING' },
  TextArea: { type: 'TEXTAREA', length: 255 },
  LongTextArea: { type: 'TEXTAREA' },
  Html: { type: 'TEXTAREA' },
  Email: { type: 'EMAIL', length: 80 },
  Phone: { type: 'PHONE', length: 40 },
  Url: { type: 'URL', length: 255 },
  Checkbox: { type: 'BOOLEAN' },
  Number: { type: 'DOUBLE' },
  Currency: { type: 'CURRENCY' },
  Percent: { type: 'PERCENT' },
  Date: { type: 'DATE' },
  DateTime: { type: 'DATETIME' },
  Time: { type: 'TIME' },
  Picklist: { type: 'PICKLIST', length: 255 },
  MultiselectPicklist: { type: 'MULTIPICKLIST', length: 4099 },
  Lookup: { type: 'REFERENCE', length: 18 },
  MasterDetail: { type: 'REFERENCE', length: 18 },
  AutoNumber: { type: 'STRING', length: 30 },
};

export function parseCustomField(xml: XmlElement, fileName: string): FieldDef {
  const name = text(xml, 'fullName') ?? fileName;
  const xmlType = text(xml, 'type');
  const mapped = xmlType === undefined ? undefined : SIMPLE_TYPES[xmlType];
  if (xmlType === undefined || mapped === undefined) {
    throw new UnsupportedError(`custom field type ${xmlType ?? '(none)'} (${name})`);
  }
  const field: FieldDef = {
    ...baseField(name, mapped.type, text(xml, 'label') ?? name),
    custom: true,
    length: num(xml, 'length') ?? mapped.length ?? 0,
    precision: num(xml, 'precision') ?? 0,
    scale: num(xml, 'scale') ?? 0,
    unique: flag(xml, 'unique'),
    caseSensitive: flag(xml, 'caseSensitive'),
    externalId: flag(xml, 'externalId'),
    idLookup: flag(xml, 'externalId'),
  };
  if (text(xml, 'formula') !== undefined) {
    // Formula fields are not evaluated locally; reading one fails loudly (see soql/project.ts).
    return { ...field, createable: false, updateable: false, calculated: true, formula: true };
  }
  if (flag(xml, 'required')) Object.assign(field, { nillable: false, permissionable: false });
  applyDefault(field, xml, xmlType);
  if (xmlType === 'Picklist' || xmlType === 'MultiselectPicklist') applyPicklist(field, xml);
  if (xmlType === 'Lookup' || xmlType === 'MasterDetail') applyReference(field, xml, xmlType);
  if (xmlType === 'AutoNumber') {
    const format = text(xml, 'displayFormat');
    Object.assign(field, {
      createable: false,
      updateable: false,
      calculated: true,
      defaultedOnCreate: true,
      ...(format === undefined ? {} : { autoNumberFormat: format }),
    });
  }
  return field;
}

function applyDefault(field: FieldDef, xml: XmlElement, xmlType: string): void {
  const defaultValue = text(xml, 'defaultValue');
  if (xmlType === 'Checkbox') {
    // A checkbox is never null: without a default the org stores false.
    Object.assign(field, {
      nillable: false,
      permissionable: true,
      defaultedOnCreate: true,
      defaultValue: defaultValue ?? 'false',
    });
  } else if (defaultValue !== undefined) {
    Object.assign(field, { defaultValue, defaultedOnCreate: true });
  }
}

function applyPicklist(field: FieldDef, xml: XmlElement): void {
  const valueSet = elements(xml, 'valueSet')[0];
  if (valueSet === undefined) return;
  if (elements(valueSet, 'valueSetDefinition').length === 0) {
    throw new UnsupportedError(`global value set picklist (${field.name})`);
  }
  const definition = elements(valueSet, 'valueSetDefinition')[0] ?? {};
  const values: PicklistValue[] = elements(definition, 'value').map((v) => {
    const value = text(v, 'fullName') ?? '';
    return {
      value,
      label: text(v, 'label') ?? value,
      isDefault: flag(v, 'default'),
      active: flag(v, 'isActive', true),
    };
  });
  const defaultPick = values.find((v) => v.isDefault);
  Object.assign(field, {
    picklistValues: values,
    restrictedPicklist: flag(valueSet, 'restricted'),
    ...(defaultPick ? { defaultValue: defaultPick.value, defaultedOnCreate: true } : {}),
  });
}

function applyReference(field: FieldDef, xml: XmlElement, xmlType: string): void {
  const referenceTo = text(xml, 'referenceTo');
  const relationshipName = text(xml, 'relationshipName');
  if (referenceTo === undefined) throw new Error(`${field.name}: lookup without referenceTo`);
  Object.assign(field, {
    referenceTo: [referenceTo],
    relationshipName: field.name.replace(/__c$/i, '__r'),
    ...(relationshipName === undefined ? {} : { childRelationshipName: `${relationshipName}__r` }),
  });
  if (xmlType === 'MasterDetail') {
    Object.assign(field, {
      masterDetail: true,
      nillable: false,
      permissionable: false,
      deleteConstraint: 'Cascade',
      reparentable: flag(xml, 'reparentableMasterDetail'),
      updateable: flag(xml, 'reparentableMasterDetail'),
      writeRequiresMasterRead: flag(xml, 'writeRequiresMasterRead'),
    });
  } else {
    const constraint = text(xml, 'deleteConstraint') ?? 'SetNull';
    if (constraint !== 'SetNull' && constraint !== 'Restrict' && constraint !== 'Cascade') {
      throw new UnsupportedError(`lookup delete constraint ${constraint} (${field.name})`);
    }
    Object.assign(field, { deleteConstraint: constraint });
  }
}
