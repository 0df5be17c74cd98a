/** What the DML and SOQL engines need from the org (implemented by Org). */
import type { Schema } from './schema/schema.ts';
import type { FieldDef, ObjectDef } from './schema/types.ts';
import type { UserPermissions } from './security/permissions.ts';
import type { RecordStore } from './store/record-store.ts';

export interface OrgContext {
  readonly schema: Schema;
  readonly store: RecordStore;
  readonly permissions: UserPermissions;
  /** The Organization record's Id (also the SetupOwnerId of hierarchy setting org defaults). */
  readonly orgId: string;
  /** Milliseconds since the epoch (the `clock` option). */
  now(): number;
  newId(object: ObjectDef): string;
  /** The next auto-number value of a field, formatted ('SM-{00000000}' -> 'SM-00000001'). */
  nextAutoNumber(object: ObjectDef, field: FieldDef): string;
}
