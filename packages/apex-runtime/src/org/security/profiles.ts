/**
 * The standard profiles of a new Developer Edition / scratch org, as far as the package needs
 * them. Profiles grant no access to custom objects, no field-level security on custom fields
 * and no custom permissions: metadata deployed without profile settings (as `sf project deploy`
 * does) leaves those to permission sets.
 */

export type SystemPermission =
  | 'ModifyAllData'
  | 'ViewAllData'
  /** "View Setup and Configuration": reading setup objects (PermissionSet, CronTrigger...). */
  | 'ViewSetup'
  | 'ManageUsers'
  | 'AssignPermissionSets'
  /** Also what reads custom settings and (restricted) custom metadata types in user mode. */
  | 'CustomizeApplication'
  | 'AuthorApex'
  | 'ApiEnabled';

export interface ObjectPerms {
  read: boolean;
  create: boolean;
  edit: boolean;
  delete: boolean;
  viewAll: boolean;
  modifyAll: boolean;
}

export const NO_ACCESS: ObjectPerms = {
  read: false,
  create: false,
  edit: false,
  delete: false,
  viewAll: false,
  modifyAll: false,
};

export const FULL_ACCESS: ObjectPerms = {
  read: true,
  create: true,
  edit: true,
  delete: true,
  viewAll: true,
  modifyAll: true,
};

const CRED: ObjectPerms = { ...NO_ACCESS, read: true, create: true, edit: true, delete: true };

export interface ProfileDef {
  name: string;
  systemPermissions: ReadonlySet<SystemPermission>;
  /** Standard objects this profile grants (object name lower-cased). */
  objects: ReadonlyMap<string, ObjectPerms>;
}

export const SYSTEM_ADMINISTRATOR = 'System Administrator';
export const STANDARD_USER = 'Standard User';
export const MINIMUM_ACCESS = 'Minimum Access - Salesforce';

export const STANDARD_PROFILES: readonly ProfileDef[] = [
  {
    name: SYSTEM_ADMINISTRATOR,
    // Modify All Data implies full access to every object; FLS still applies to fields.
    systemPermissions: new Set<SystemPermission>([
      'ModifyAllData',
      'ViewAllData',
      'ViewSetup',
      'ManageUsers',
      'AssignPermissionSets',
      'CustomizeApplication',
      'AuthorApex',
      'ApiEnabled',
    ]),
    objects: new Map(),
  },
  {
    name: STANDARD_USER,
    // Read, Create, Edit, Delete on the service objects; no View Setup.
    systemPermissions: new Set<SystemPermission>(['ApiEnabled']),
    objects: new Map([
      ['case', CRED],
      ['contact', CRED],
    ]),
  },
  {
    name: MINIMUM_ACCESS,
    systemPermissions: new Set<SystemPermission>(['ApiEnabled']),
    objects: new Map(),
  },
];

export function profileNamed(name: string): ProfileDef | undefined {
  return STANDARD_PROFILES.find((p) => p.name.toLowerCase() === name.toLowerCase());
}
