/**
 * One user's effective permissions: profile + assigned permission sets, computed once per query
 * or DML call (assignments change during a test, so nothing is cached across calls).
 */
import type { PermissionSetDef } from '../loader/types.ts';
import type { FieldDef, ObjectDef } from '../schema/types.ts';
import {
  FULL_ACCESS,
  NO_ACCESS,
  type ObjectPerms,
  type ProfileDef,
  type SystemPermission,
} from './profiles.ts';

export interface FieldPerms {
  read: boolean;
  edit: boolean;
}

/** Objects every internal user may read (subject to sharing), whatever the profile. */
const READABLE_BY_ALL = new Set(['user', 'profile', 'organization', 'userrecordaccess']);
/** Files: no object permissions; ownership and links decide (security/sharing.ts). */
const FILE_OBJECTS = new Set(['contentversion', 'contentdocument', 'contentdocumentlink']);

export class UserAccess {
  private readonly systemPerms: Set<SystemPermission>;

  constructor(
    readonly userId: string,
    readonly profile: ProfileDef | undefined,
    readonly permissionSets: readonly PermissionSetDef[],
    /** Resolves a share object's parent and CaseComment's Case. */
    private readonly objectNamed: (name: string) => ObjectDef | undefined,
  ) {
    this.systemPerms = new Set(profile?.systemPermissions ?? []);
    for (const set of permissionSets) {
      for (const perm of set.userPermissions) this.systemPerms.add(perm as SystemPermission);
    }
  }

  has(permission: SystemPermission): boolean {
    return this.systemPerms.has(permission);
  }

  hasCustomPermission(developerName: string): boolean {
    const wanted = developerName.toLowerCase();
    return this.permissionSets.some((set) =>
      set.customPermissions.some((name) => name.toLowerCase() === wanted),
    );
  }

  hasClassAccess(className: string): boolean {
    if (this.has('AuthorApex')) return true;
    const wanted = className.toLowerCase();
    return this.permissionSets.some((set) =>
      set.classAccesses.some((name) => name.toLowerCase() === wanted),
    );
  }

  objectAccess(object: ObjectDef): ObjectPerms {
    const perms = this.has('ModifyAllData') ? { ...FULL_ACCESS } : this.grantedPerms(object);
    if (this.has('ViewAllData')) Object.assign(perms, { read: true, viewAll: true });
    return {
      read: perms.read && object.queryable,
      create: perms.create && object.createable,
      edit: perms.edit && object.updateable,
      delete: perms.delete && object.deletable,
      viewAll: perms.viewAll,
      modifyAll: perms.modifyAll,
    };
  }

  fieldAccess(object: ObjectDef, field: FieldDef): FieldPerms {
    const objectPerms = this.objectAccess(object);
    if (!objectPerms.read) return { read: false, edit: false };
    const writable = (field.createable || field.updateable) && !field.calculated;
    const canWrite = objectPerms.create || objectPerms.edit;
    if (!field.permissionable || !field.custom) {
      // Not under FLS, or a standard field (profiles grant FLS on the standard fields of the
      // objects they grant).
      return { read: true, edit: writable && canWrite };
    }
    const key = `${object.name}.${field.name}`.toLowerCase();
    let read = false;
    let edit = false;
    for (const set of this.permissionSets) {
      for (const fp of set.fieldPermissions) {
        if (fp.field.toLowerCase() !== key) continue;
        read ||= fp.readable || fp.editable;
        edit ||= fp.editable;
      }
    }
    return { read, edit: edit && writable && canWrite };
  }

  private grantedPerms(object: ObjectDef): ObjectPerms {
    const key = object.name.toLowerCase();
    const perms = { ...this.basePerms(object) };
    for (const set of this.permissionSets) {
      for (const op of set.objectPermissions) {
        if (op.object.toLowerCase() !== key) continue;
        perms.read ||= op.allowRead;
        perms.create ||= op.allowCreate;
        perms.edit ||= op.allowEdit;
        perms.delete ||= op.allowDelete;
        perms.viewAll ||= op.viewAllRecords;
        perms.modifyAll ||= op.modifyAllRecords;
      }
    }
    // Dependencies Salesforce enforces when saving a permission set.
    if (perms.modifyAll) Object.assign(perms, FULL_ACCESS);
    if (perms.viewAll || perms.edit || perms.create || perms.delete) perms.read = true;
    return perms;
  }

  private basePerms(object: ObjectDef): ObjectPerms {
    const key = object.name.toLowerCase();
    const readOnly = { ...NO_ACCESS, read: true };
    if (READABLE_BY_ALL.has(key)) {
      return key === 'user' && this.has('ManageUsers')
        ? { ...NO_ACCESS, read: true, create: true, edit: true }
        : readOnly;
    }
    if (FILE_OBJECTS.has(key))
      return { ...NO_ACCESS, read: true, create: true, edit: true, delete: true };
    switch (object.kind) {
      case 'setup':
        return this.setupPerms(key);
      case 'customSetting':
        return this.has('CustomizeApplication')
          ? { ...FULL_ACCESS }
          : this.namedIn(object, (s) => s.customSettings)
            ? readOnly
            : { ...NO_ACCESS };
      case 'customMetadata':
        return this.has('CustomizeApplication') ||
          this.namedIn(object, (s) => s.customMetadataTypes)
          ? readOnly
          : { ...NO_ACCESS };
      case 'share':
        return this.sharePerms(object);
      default:
        break;
    }
    if (key === 'casecomment') {
      // Case comments have no object permissions of their own: they follow Case.
      const parent = this.objectNamed('Case');
      const caseAccess = parent ? this.objectAccess(parent) : NO_ACCESS;
      return {
        ...NO_ACCESS,
        read: caseAccess.read,
        create: caseAccess.edit,
        edit: caseAccess.edit,
        delete: caseAccess.edit,
        viewAll: caseAccess.viewAll,
        modifyAll: caseAccess.modifyAll,
      };
    }
    return { ...(this.profile?.objects.get(key) ?? NO_ACCESS) };
  }

  private setupPerms(key: string): ObjectPerms {
    const read = this.has('ViewSetup');
    const assigns = key === 'permissionsetassignment' && this.has('AssignPermissionSets');
    return { ...NO_ACCESS, read: read || assigns, create: assigns, delete: assigns };
  }

  /** Share rows: whoever reads the parent object may try; record-level checks decide. */
  private sharePerms(share: ObjectDef): ObjectPerms {
    const parentName = share.fields.get('parentid')?.referenceTo[0];
    const parent = parentName ? this.objectNamed(parentName) : undefined;
    const read = parent ? this.objectAccess(parent).read : false;
    return { ...NO_ACCESS, read, create: read, edit: read, delete: read };
  }

  private namedIn(object: ObjectDef, names: (set: PermissionSetDef) => string[]): boolean {
    const key = object.name.toLowerCase();
    return this.permissionSets.some((set) => names(set).some((n) => n.toLowerCase() === key));
  }
}
