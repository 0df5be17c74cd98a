/**
 * UserPermissions: the security model's entry point, by user Id. A user's profile comes from
 * User.ProfileId -> Profile.Name (see profiles.ts); permission sets from their
 * PermissionSetAssignment rows -> PermissionSet.Name -> the loaded permission set metadata.
 */
import type { PermissionSetDef } from '../loader/types.ts';
import type { Schema } from '../schema/schema.ts';
import type { RecordStore } from '../store/record-store.ts';
import { NO_ACCESS, profileNamed, type ObjectPerms } from './profiles.ts';
import { Sharing, type RecordAccess } from './sharing.ts';
import { UserAccess, type FieldPerms } from './user-access.ts';

export class UserPermissions {
  readonly sharing: Sharing;

  constructor(
    private readonly schema: Schema,
    private readonly store: RecordStore,
    private readonly permissionSetsByName: ReadonlyMap<string, PermissionSetDef>,
  ) {
    this.sharing = new Sharing(schema, store);
  }

  /** The user's effective permissions now (compute once per operation, then ask it). */
  forUser(userId: string): UserAccess {
    const user = this.store.get(userId);
    const profileId = user?.values.get('profileid');
    const profile = typeof profileId === 'string' ? this.store.get(profileId) : undefined;
    const profileName = profile?.values.get('name');
    const sets: PermissionSetDef[] = [];
    if (user !== undefined) {
      for (const assignment of this.store.ofType('PermissionSetAssignment')) {
        if (assignment.values.get('assigneeid') !== user.id) continue;
        const setId = assignment.values.get('permissionsetid');
        const setRecord = typeof setId === 'string' ? this.store.get(setId) : undefined;
        const name = setRecord?.values.get('name');
        const def =
          typeof name === 'string' ? this.permissionSetsByName.get(name.toLowerCase()) : undefined;
        if (def) sets.push(def);
      }
    }
    return new UserAccess(
      user?.id ?? userId,
      typeof profileName === 'string' ? profileNamed(profileName) : undefined,
      sets,
      (name) => this.schema.object(name),
    );
  }

  hasCustomPermission(userId: string, developerName: string): boolean {
    return this.forUser(userId).hasCustomPermission(developerName);
  }

  objectAccess(userId: string, objectName: string): ObjectPerms {
    const object = this.schema.object(objectName);
    return object ? this.forUser(userId).objectAccess(object) : { ...NO_ACCESS };
  }

  fieldAccess(userId: string, objectName: string, fieldName: string): FieldPerms {
    const object = this.schema.object(objectName);
    const field = object ? this.schema.field(object, fieldName) : undefined;
    if (object === undefined || field === undefined) return { read: false, edit: false };
    return this.forUser(userId).fieldAccess(object, field);
  }

  /** Record access combined with object permissions (what UserRecordAccess reports). */
  recordAccess(userId: string, recordId: string): RecordAccess {
    const record = this.store.get(recordId);
    const object = record ? this.schema.object(record.type) : undefined;
    if (record === undefined || record.isDeleted || object === undefined) {
      return { read: false, edit: false, delete: false, transfer: false, all: false };
    }
    const user = this.forUser(userId);
    const perms = user.objectAccess(object);
    const shared = this.sharing.access(user, record);
    return {
      read: perms.read && shared.read,
      edit: perms.edit && shared.edit,
      delete: perms.delete && shared.delete,
      transfer: perms.edit && shared.transfer,
      all: shared.all && perms.edit && perms.delete,
    };
  }
}
