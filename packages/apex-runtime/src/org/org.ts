/**
 * The in-memory org: schema, records, DML, SOQL, security, settings and metadata of one sfdx
 * project. One Org serves a whole test run; snapshot()/restore() isolate test methods and
 * implement savepoints.
 */
import type { SoqlQuery } from '../ast.ts';
import type { ApexValue, SObjectValue } from '../values.ts';
import type { OrgContext } from './context.ts';
import { deleteRecords, undeleteRecords, type DeleteTarget } from './dml/delete.ts';
import { insertRecords } from './dml/insert.ts';
import { formatAutoNumber } from './dml/system-fields.ts';
import type { DmlOptions, DmlRowResult } from './dml/types.ts';
import { updateRecords } from './dml/update.ts';
import { upsertRecords } from './dml/upsert.ts';
import { OrgException } from './errors.ts';
import { IdGenerator, keyPrefixOf } from './ids.ts';
import { loadProject } from './loader/project.ts';
import type { CustomLabelDef, PermissionSetDef, ProjectMetadata } from './loader/types.ts';
import { buildSchema, type Schema } from './schema/schema.ts';
import type { FieldDef, ObjectDef } from './schema/types.ts';
import { UserPermissions } from './security/permissions.ts';
import { SettingsAccess, toSObject } from './settings.ts';
import { runQuery, type QueryOptions, type QueryResult } from './soql/query.ts';
import { RecordStore, type StoreSnapshot } from './store/record-store.ts';
import { seedOrg } from './store/seed.ts';
import { recordWrites } from './system-records.ts';
import type { BindEvaluator } from './soql/operands.ts';

export interface OrgOptions {
  /** Milliseconds since the epoch for audit fields and date literals (default Date.now). */
  clock?: () => number;
  orgName?: string;
  /**
   * Permission sets assigned to the seeded admin user. `npm run org:create` assigns the
   * project's persona permission sets to the scratch org's admin; pass them to mirror that.
   */
  adminPermissionSets?: readonly string[];
}

export interface OrgSnapshot {
  readonly store: StoreSnapshot;
}

export class Org implements OrgContext {
  readonly schema: Schema;
  readonly store = new RecordStore();
  readonly permissions: UserPermissions;
  readonly settings: SettingsAccess;
  readonly orgId: string;
  /** The seeded System Administrator ("User User"): the default running user of tests. */
  readonly adminUserId: string;
  /** Standard profile name -> Profile Id. */
  readonly profileIds: ReadonlyMap<string, string>;
  private readonly ids = new IdGenerator();
  private readonly autoNumbers = new Map<string, number>();
  private readonly clock: () => number;
  private readonly labelsByName = new Map<string, CustomLabelDef>();

  constructor(
    readonly project?: ProjectMetadata,
    options: OrgOptions = {},
  ) {
    this.clock = options.clock ?? Date.now;
    this.schema = buildSchema(project);
    const sets = new Map<string, PermissionSetDef>(
      (project?.permissionSets ?? []).map((s) => [s.name.toLowerCase(), s]),
    );
    this.permissions = new UserPermissions(this.schema, this.store, sets);
    this.settings = new SettingsAccess(this);
    for (const label of project?.labels ?? [])
      this.labelsByName.set(label.name.toLowerCase(), label);
    const organization = this.schema.object('Organization');
    if (organization === undefined) throw new Error('schema without Organization');
    this.orgId = this.newId(organization);
    const seeded = seedOrg(
      this,
      project,
      options.orgName ?? 'Local Scratch Org',
      options.adminPermissionSets ?? [],
    );
    this.adminUserId = seeded.adminUserId;
    this.profileIds = seeded.profileIds;
  }

  now(): number {
    return this.clock();
  }

  newId(object: ObjectDef): string {
    return this.ids.next(object.keyPrefix);
  }

  nextAutoNumber(object: ObjectDef, field: FieldDef): string {
    const key = `${object.name}.${field.name}`.toLowerCase();
    const n = (this.autoNumbers.get(key) ?? 0) + 1;
    this.autoNumbers.set(key, n);
    return formatAutoNumber(field.autoNumberFormat ?? '{0}', n);
  }

  // --- DML -------------------------------------------------------------------------------

  insert(records: readonly SObjectValue[], opts: DmlOptions): DmlRowResult[] {
    return insertRecords(this, records, opts);
  }

  update(records: readonly SObjectValue[], opts: DmlOptions): DmlRowResult[] {
    return updateRecords(this, records, opts);
  }

  /** Matches on Id, or on `externalIdField` (an external-id or other idLookup field). */
  upsert(
    records: readonly SObjectValue[],
    externalIdField: string | null,
    opts: DmlOptions,
  ): DmlRowResult[] {
    return upsertRecords(this, records, externalIdField, opts);
  }

  delete(targets: readonly DeleteTarget[], opts: DmlOptions): DmlRowResult[] {
    return deleteRecords(this, targets, opts);
  }

  undelete(targets: readonly DeleteTarget[], opts: DmlOptions): DmlRowResult[] {
    return undeleteRecords(this, targets, opts);
  }

  // --- SOQL ------------------------------------------------------------------------------

  query(query: SoqlQuery, bind: BindEvaluator, opts: QueryOptions): QueryResult {
    return runQuery(this, query, bind, opts);
  }

  // --- State -----------------------------------------------------------------------------

  /** Saves the records (cheap: copy-on-write). Id and auto-number counters are not saved. */
  snapshot(): OrgSnapshot {
    return { store: this.store.snapshot() };
  }

  restore(snapshot: OrgSnapshot): void {
    this.store.restore(snapshot.store);
  }

  // --- Records by Id ---------------------------------------------------------------------

  /** The object of an Id (by key prefix; by record for prefixes several objects share). */
  objectOfId(id: string): ObjectDef | undefined {
    const candidates = this.schema.objectsWithPrefix(keyPrefixOf(id));
    if (candidates.length === 1) return candidates[0];
    const record = this.store.get(id);
    return record ? this.schema.object(record.type) : undefined;
  }

  /** A full copy of a live record (system access), or null. */
  record(id: string): SObjectValue | null {
    const stored = this.store.get(id);
    return stored && !stored.isDeleted ? toSObject(this, stored) : null;
  }

  /**
   * Records the platform itself writes (CronTrigger, CronJobDetail, AsyncApexJob): no DML
   * permission checks or createable flags. Returns the new Id.
   */
  createSystemRecord(
    type: string,
    fields: Readonly<Record<string, ApexValue>>,
    userId?: string,
  ): string {
    return recordWrites(this).create(type, fields, userId ?? this.adminUserId);
  }

  updateSystemRecord(id: string, fields: Readonly<Record<string, ApexValue>>): void {
    recordWrites(this).update(id, fields);
  }

  deleteSystemRecord(id: string): void {
    recordWrites(this).remove(id);
  }

  // --- Metadata --------------------------------------------------------------------------

  /** System.Label.X: the label's value, or undefined for an unknown label. */
  label(name: string): string | undefined {
    return this.labelsByName.get(name.toLowerCase())?.value;
  }

  labels(): ReadonlyMap<string, CustomLabelDef> {
    return this.labelsByName;
  }

  profileId(name: string): string {
    const id = [...this.profileIds].find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1];
    if (id === undefined) throw new OrgException('System.QueryException', `no profile ${name}`);
    return id;
  }
}

export function createOrg(projectDir: string, options: OrgOptions = {}): Org {
  return new Org(loadProject(projectDir), options);
}
