/**
 * Turns loaded custom objects, custom settings and custom metadata types into ObjectDefs with
 * the standard fields the platform adds to each kind, and derives __Share objects.
 */
import type { LoadedObject } from '../loader/types.ts';
import {
  auditFields,
  autoNumberName,
  checkbox,
  computed,
  createOnly,
  lookup,
  ownerField,
  picklist,
  required,
  text,
} from './field-builders.ts';
import type { FieldDef, ObjectDef, SharingModel } from './types.ts';

export function customObjectDef(loaded: LoadedObject, keyPrefix: string): ObjectDef {
  const hasMaster = loaded.fields.some((f) => f.masterDetail);
  const sharingModel: SharingModel = hasMaster
    ? 'ControlledByParent'
    : (loaded.sharingModel ?? 'ReadWrite');
  const kindFields = standardFieldsOf(loaded, hasMaster);
  const ownFields = loaded.fields.map((f) =>
    // Fields of settings and metadata types are not subject to field-level security.
    loaded.kind === 'custom' ? f : { ...f, permissionable: false },
  );
  const fields = new Map<string, FieldDef>();
  for (const f of [...auditFields(), ...kindFields, ...ownFields])
    fields.set(f.name.toLowerCase(), f);
  const isData = loaded.kind === 'custom' || loaded.kind === 'customSetting';
  const def: ObjectDef = {
    name: loaded.name,
    label: loaded.label,
    labelPlural: loaded.pluralLabel,
    keyPrefix,
    custom: true,
    kind: loaded.kind === 'standardExtension' ? 'custom' : loaded.kind,
    fields,
    sharingModel: loaded.kind === 'custom' ? sharingModel : 'None',
    owned: loaded.kind === 'custom' && !hasMaster,
    visibility: loaded.visibility,
    queryable: true,
    // Custom metadata records are deployed, never written with DML.
    createable: isData,
    updateable: isData,
    deletable: isData,
    nameFieldName: loaded.kind === 'customMetadata' ? 'DeveloperName' : 'Name',
    ...(loaded.customSettingsType ? { customSettingsType: loaded.customSettingsType } : {}),
  };
  if (sharingModel === 'Private' || sharingModel === 'Read') {
    if (loaded.kind === 'custom') def.shareObject = shareObjectName(loaded.name);
  }
  return def;
}

function standardFieldsOf(loaded: LoadedObject, hasMaster: boolean): FieldDef[] {
  switch (loaded.kind) {
    case 'customMetadata':
      return [
        {
          ...required(text('DeveloperName', 40, { label: 'Custom Metadata Record Name' })),
          nameField: true,
        },
        required(text('MasterLabel', 40, { label: 'Label' })),
        computed(text('Label', 40)),
        computed(text('QualifiedApiName', 70)),
        computed(text('NamespacePrefix', 15)),
        computed(text('Language', 40)),
      ];
    case 'customSetting':
      return [
        {
          ...text('Name', 38, { permissionable: false, defaultedOnCreate: true }),
          nameField: true,
        },
        ...(loaded.customSettingsType === 'Hierarchy'
          ? [
              {
                ...lookup('SetupOwnerId', ['Organization', 'Profile', 'User'], {
                  label: 'Location',
                  relationshipName: 'SetupOwner',
                  deleteConstraint: 'Cascade',
                }),
                permissionable: false,
                // The org default record when no owner is given.
                defaultedOnCreate: true,
                nillable: false,
              } satisfies FieldDef,
            ]
          : []),
      ];
    default:
      return [...(hasMaster ? [] : [ownerField()]), nameFieldOf(loaded)];
  }
}

function nameFieldOf(loaded: LoadedObject): FieldDef {
  const spec = loaded.nameField ?? { type: 'Text', label: `${loaded.label} Name` };
  if (spec.type === 'AutoNumber') {
    return autoNumberName('Name', spec.displayFormat ?? '{0}', spec.label);
  }
  return { ...required(text('Name', 80, { label: spec.label })), nameField: true };
}

export function shareObjectName(objectName: string): string {
  return objectName.replace(/__c$/i, '__Share');
}

/**
 * Secure_Message__Share: manual and Apex sharing rows of a Private or Public Read Only custom
 * object. Every custom object's share rows use key prefix 02c.
 */
export function shareObjectDef(parent: ObjectDef): ObjectDef {
  const fields = new Map<string, FieldDef>();
  const all: FieldDef[] = [
    ...auditFields(),
    createOnly(
      required(
        lookup('ParentId', [parent.name], {
          relationshipName: 'Parent',
          deleteConstraint: 'Cascade',
          childRelationshipName: 'Shares',
          label: 'Parent ID',
        }),
      ),
    ),
    createOnly(
      required(
        lookup('UserOrGroupId', ['User'], {
          relationshipName: 'UserOrGroup',
          deleteConstraint: 'Cascade',
          label: 'User or Group ID',
        }),
      ),
    ),
    required(picklist('AccessLevel', ['Read', 'Edit', 'All'], { restrictedPicklist: true })),
    createOnly(
      picklist('RowCause', ['Owner', 'Manual', 'Rule', 'ImplicitChild', 'ImplicitParent', 'Team'], {
        defaultPick: 'Manual',
        label: 'Sharing Reason',
      }),
    ),
  ];
  for (const f of all) fields.set(f.name.toLowerCase(), { ...f, permissionable: false });
  fields.set('isdeleted', computed(checkbox('IsDeleted', false)));
  return {
    name: parent.shareObject ?? shareObjectName(parent.name),
    label: `${parent.label} Share`,
    labelPlural: `${parent.label} Share`,
    keyPrefix: '02c',
    custom: true,
    kind: 'share',
    fields,
    sharingModel: 'None',
    owned: false,
    visibility: 'Public',
    queryable: true,
    createable: true,
    updateable: true,
    deletable: true,
  };
}
