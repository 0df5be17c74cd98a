/** What loadProject reads from an sfdx project, before it becomes an org. */
import type { FieldDef, SharingModel } from '../schema/types.ts';

export interface LoadedObject {
  name: string;
  label: string;
  pluralLabel: string;
  /** 'standardExtension': custom fields added to a standard object (objects/Case/fields/...). */
  kind: 'custom' | 'customMetadata' | 'customSetting' | 'standardExtension';
  sharingModel?: SharingModel;
  customSettingsType?: 'Hierarchy' | 'List';
  visibility: 'Public' | 'Protected';
  nameField?: { type: 'Text' | 'AutoNumber'; label: string; displayFormat?: string };
  fields: FieldDef[];
}

export interface ObjectPermission {
  object: string;
  allowRead: boolean;
  allowCreate: boolean;
  allowEdit: boolean;
  allowDelete: boolean;
  viewAllRecords: boolean;
  modifyAllRecords: boolean;
}

export interface FieldPermission {
  /** 'Object.Field' as written. */
  field: string;
  readable: boolean;
  editable: boolean;
}

export interface PermissionSetDef {
  name: string;
  label: string;
  description: string | null;
  objectPermissions: ObjectPermission[];
  fieldPermissions: FieldPermission[];
  /** Enabled custom permissions (developer names). */
  customPermissions: string[];
  /** Enabled Apex class accesses. */
  classAccesses: string[];
  /** Enabled system permissions ('ViewSetup', 'ModifyAllData'...). */
  userPermissions: string[];
  /** Enabled external credential principals ('SecureSend_Gateway-Org'). */
  externalCredentialPrincipals: string[];
  customMetadataTypes: string[];
  customSettings: string[];
  tabs: { tab: string; visibility: string }[];
}

export interface CustomPermissionDef {
  name: string;
  label: string;
  description: string | null;
}

export interface CustomMetadataRecordDef {
  /** 'SecureSend_Phi_Policy__mdt'. */
  type: string;
  developerName: string;
  label: string;
  protected: boolean;
  /** Field API name -> value text (null for xsi:nil) and its xsi:type ('xsd:double'...). */
  values: { field: string; value: string | null; xsiType?: string }[];
}

export interface NamedCredentialDef {
  name: string;
  label: string;
  endpoint: string | null;
  externalCredential: string | null;
}

export interface ExternalCredentialDef {
  name: string;
  label: string;
  /** Named and per-user principals, by parameter name ('Org'). */
  principals: string[];
}

export interface CustomLabelDef {
  name: string;
  value: string;
  language: string;
  protected: boolean;
  categories: string | null;
  shortDescription: string | null;
}

export interface ProjectMetadata {
  projectDir: string;
  /** sfdx-project.json `namespace` ('' when none). Local orgs do not apply it (see seed.ts). */
  namespace: string;
  objects: LoadedObject[];
  customMetadataRecords: CustomMetadataRecordDef[];
  customPermissions: CustomPermissionDef[];
  permissionSets: PermissionSetDef[];
  namedCredentials: NamedCredentialDef[];
  externalCredentials: ExternalCredentialDef[];
  labels: CustomLabelDef[];
  /** Top-level Apex class names (classes/*.cls), for ApexClass records and class access. */
  apexClasses: string[];
}
