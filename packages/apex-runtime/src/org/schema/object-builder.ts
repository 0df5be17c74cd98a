/** Builds ObjectDefs for the hand-written standard object table. */
import { auditFields, ownerField } from './field-builders.ts';
import type { FieldDef, ObjectDef, ObjectKind, SharingModel } from './types.ts';

export interface ObjectSpec {
  name: string;
  keyPrefix: string;
  kind?: ObjectKind;
  label?: string;
  labelPlural?: string;
  sharingModel: SharingModel;
  owned?: boolean;
  createable?: boolean;
  updateable?: boolean;
  deletable?: boolean;
  nameFieldName?: string;
  fields: FieldDef[];
}

export function standardObject(spec: ObjectSpec): ObjectDef {
  const fields = new Map<string, FieldDef>();
  const all = [...auditFields(), ...(spec.owned ? [ownerField()] : []), ...spec.fields];
  for (const f of all) fields.set(f.name.toLowerCase(), f);
  return {
    name: spec.name,
    label: spec.label ?? spec.name,
    labelPlural: spec.labelPlural ?? `${spec.label ?? spec.name}s`,
    keyPrefix: spec.keyPrefix,
    custom: false,
    kind: spec.kind ?? 'standard',
    fields,
    sharingModel: spec.sharingModel,
    owned: spec.owned ?? false,
    visibility: 'Public',
    queryable: true,
    createable: spec.createable ?? true,
    updateable: spec.updateable ?? true,
    deletable: spec.deletable ?? true,
    ...(spec.nameFieldName ? { nameFieldName: spec.nameFieldName } : {}),
  };
}
