/**
 * DML access checks. User mode (AccessLevel.USER_MODE, `insert as user`): object permissions,
 * field-level security of every field the sObject sets, record access, and access to the
 * records its lookups point to. System mode in `with sharing` code: record access only.
 */
import type { ApexValue } from '../../values.ts';
import type { OrgContext } from '../context.ts';
import type { ObjectDef } from '../schema/types.ts';
import type { UserAccess } from '../security/user-access.ts';
import type { StoredRecord } from '../store/record-store.ts';
import type { FieldInput } from './input.ts';
import { errors, fieldAccessDenied, objectAccessDenied } from './messages.ts';
import type { DmlError, DmlOptions } from './types.ts';

export interface AccessScope {
  user: UserAccess;
  /** True in user mode (object permissions and FLS too); false for sharing only. */
  permissions: boolean;
}

/** What a DML call checks, from its options; null in system mode without sharing. */
export function accessScope(ctx: OrgContext, opts: DmlOptions): AccessScope | null {
  const permissions = opts.accessLevel === 'user';
  if (!permissions && opts.enforceSharing !== true) return null;
  return { user: ctx.permissions.forUser(opts.userId), permissions };
}

export function checkWriteAccess(
  ctx: OrgContext,
  scope: AccessScope,
  object: ObjectDef,
  inputs: readonly FieldInput[],
  existing: StoredRecord | null,
): DmlError[] {
  const { user } = scope;
  const writable = inputs.filter(({ field }) =>
    existing === null ? field.createable : field.updateable,
  );
  if (scope.permissions) {
    const perms = user.objectAccess(object);
    if (existing === null ? !perms.create : !perms.edit) {
      return [objectAccessDenied(existing === null ? 'Insert' : 'Update', object)];
    }
    const denied = writable
      .filter(({ field }) => field.name !== 'Id' && !user.fieldAccess(object, field).edit)
      .map(({ field }) => field.name);
    if (denied.length > 0) return [fieldAccessDenied(object, denied)];
  }
  if (existing !== null && !ctx.permissions.sharing.access(user, existing).edit) {
    return [errors.insufficientAccess()];
  }
  return checkReferences(ctx, user, object, writable);
}

export function checkDeleteAccess(
  ctx: OrgContext,
  scope: AccessScope,
  object: ObjectDef,
  record: StoredRecord,
): DmlError[] {
  if (scope.permissions && !scope.user.objectAccess(object).delete) {
    return [objectAccessDenied('Delete', object)];
  }
  if (!ctx.permissions.sharing.access(scope.user, record).delete)
    return [errors.insufficientAccess()];
  return [];
}

/**
 * A lookup may only point to a record the user can read; a master-detail child needs read (or
 * edit) on the master; a share row needs full access to the shared record.
 */
function checkReferences(
  ctx: OrgContext,
  user: UserAccess,
  object: ObjectDef,
  inputs: readonly FieldInput[],
): DmlError[] {
  for (const { field, value } of inputs) {
    if (field.type !== 'REFERENCE' || field.name === 'OwnerId' || !isId(value)) continue;
    const target = ctx.store.get(value);
    if (target === undefined || target.isDeleted) continue; // validation reports these
    const access = ctx.permissions.sharing.access(user, target);
    const enough =
      object.kind === 'share' && field.name === 'ParentId'
        ? access.all
        : field.masterDetail && !field.writeRequiresMasterRead
          ? access.edit
          : access.read;
    if (!enough) return [errors.insufficientCrossReference([field.name])];
  }
  return [];
}

function isId(value: ApexValue): value is string {
  return typeof value === 'string';
}
