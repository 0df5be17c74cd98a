/** The in-memory org: everything other parts of the runtime use. */
export { Org, createOrg, type OrgOptions, type OrgSnapshot } from './org.ts';
export type { OrgContext } from './context.ts';
export { OrgException } from './errors.ts';
export { caseSafeSuffix, isValidId, keyPrefixOf, sameId, to15, to18, IdGenerator } from './ids.ts';
export { loadProject } from './loader/project.ts';
export type * from './loader/types.ts';
export { Schema, buildSchema } from './schema/schema.ts';
export type * from './schema/types.ts';
export { dmlFailure } from './dml/messages.ts';
export type { DmlError, DmlOperation, DmlOptions, DmlRowResult } from './dml/types.ts';
export type { DeleteTarget } from './dml/delete.ts';
export type { QueryOptions, QueryResult } from './soql/query.ts';
export type { BindEvaluator } from './soql/operands.ts';
export { UserPermissions } from './security/permissions.ts';
export type { RecordAccess } from './security/sharing.ts';
export type { UserAccess, FieldPerms } from './security/user-access.ts';
export {
  MINIMUM_ACCESS,
  STANDARD_USER,
  SYSTEM_ADMINISTRATOR,
  type ObjectPerms,
  type SystemPermission,
} from './security/profiles.ts';
export { SettingsAccess, toSObject } from './settings.ts';
export { defaultValueOf, normalizeForField } from './field-values.ts';
