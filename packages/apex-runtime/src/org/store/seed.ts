/**
 * The records a fresh scratch org has before any test runs: the organization, the standard
 * profiles, its admin user ("User User"), and setup records derived from the project's metadata
 * (permission sets and their SetupEntityAccess grants, custom permissions, Apex classes, named
 * credentials, custom metadata records). Deployed locally without a namespace, so every
 * NamespacePrefix is null.
 */
import { Decimal } from 'decimal.js';
import { ApexDate, ApexDatetime, ApexDecimal, type ApexValue } from '../../values.ts';
import type { OrgContext } from '../context.ts';
import { to18 } from '../ids.ts';
import { applyInsertFields } from '../dml/system-fields.ts';
import type { CustomMetadataRecordDef, ProjectMetadata } from '../loader/types.ts';
import type { FieldDef } from '../schema/types.ts';
import { STANDARD_PROFILES, SYSTEM_ADMINISTRATOR } from '../security/profiles.ts';

/** 000 is the platform's "empty" key prefix: grants to entities the org does not model as objects. */
const UNMODELLED_ENTITY_PREFIX = '000';

export interface SeedResult {
  adminUserId: string;
  profileIds: ReadonlyMap<string, string>;
}

type Fields = Record<string, ApexValue>;

export function seedOrg(
  ctx: OrgContext,
  project: ProjectMetadata | undefined,
  orgName: string,
  adminPermissionSets: readonly string[],
): SeedResult {
  const userObject = ctx.schema.object('User');
  if (userObject === undefined) throw new Error('seed: no User object');
  // Everything in a new org is created by its admin user.
  const adminUserId = ctx.newId(userObject);
  const add = (type: string, fields: Fields, id?: string): string => {
    const object = ctx.schema.object(type);
    if (object === undefined) throw new Error(`seed: unknown object ${type}`);
    const recordId = id ?? ctx.newId(object);
    const values = new Map<string, ApexValue>();
    for (const [key, value] of Object.entries(fields)) values.set(key.toLowerCase(), value);
    applyInsertFields(ctx, object, values, recordId, adminUserId);
    ctx.store.add(recordId, object.name, values);
    return recordId;
  };

  add(
    'Organization',
    {
      Name: orgName,
      NamespacePrefix: null,
      OrganizationType: 'Developer Edition',
      IsSandbox: false,
      InstanceName: 'LOCAL',
      TimeZoneSidKey: 'America/Los_Angeles',
      LanguageLocaleKey: 'en_US',
      DefaultLocaleSidKey: 'en_US',
    },
    ctx.orgId,
  );
  const profileIds = new Map<string, string>();
  for (const profile of STANDARD_PROFILES) {
    profileIds.set(profile.name, add('Profile', { Name: profile.name, UserType: 'Standard' }));
  }
  add(
    'User',
    {
      FirstName: 'User',
      LastName: 'User',
      Alias: 'UUser',
      Email: 'user@example.com',
      Username: `user.user@${ctx.orgId.toLowerCase()}.example.com`,
      ProfileId: profileIds.get(SYSTEM_ADMINISTRATOR) ?? null,
      IsActive: true,
      TimeZoneSidKey: 'America/Los_Angeles',
      LocaleSidKey: 'en_US',
      EmailEncodingKey: 'UTF-8',
      LanguageLocaleKey: 'en_US',
    },
    adminUserId,
  );
  if (project !== undefined) seedProject(ctx, project, adminUserId, adminPermissionSets, add);
  return { adminUserId, profileIds };
}

function seedProject(
  ctx: OrgContext,
  project: ProjectMetadata,
  adminUserId: string,
  adminPermissionSets: readonly string[],
  add: (type: string, fields: Fields) => string,
): void {
  const as = add;
  const customPermissionIds = new Map<string, string>();
  for (const cp of project.customPermissions) {
    customPermissionIds.set(
      cp.name.toLowerCase(),
      as('CustomPermission', {
        DeveloperName: cp.name,
        MasterLabel: cp.label,
        Description: cp.description,
        NamespacePrefix: null,
      }),
    );
  }
  const classIds = new Map<string, string>();
  for (const name of project.apexClasses) {
    classIds.set(
      name.toLowerCase(),
      as('ApexClass', { Name: name, NamespacePrefix: null, Status: 'Active', IsValid: true }),
    );
  }
  const principalIds = new Map<string, string>();
  let principalCounter = 0;
  for (const credential of project.externalCredentials) {
    for (const principal of credential.principals) {
      principalIds.set(
        `${credential.name}-${principal}`.toLowerCase(),
        unmodelledId(++principalCounter),
      );
    }
  }
  for (const set of project.permissionSets) {
    const setId = as('PermissionSet', {
      Name: set.name,
      Label: set.label,
      Description: set.description,
      NamespacePrefix: null,
      IsOwnedByProfile: false,
      IsCustom: true,
    });
    const grant = (type: string, entityId: string | undefined) => {
      if (entityId !== undefined)
        as('SetupEntityAccess', {
          ParentId: setId,
          SetupEntityId: entityId,
          SetupEntityType: type,
        });
    };
    set.customPermissions.forEach((n) =>
      grant('CustomPermission', customPermissionIds.get(n.toLowerCase())),
    );
    set.classAccesses.forEach((n) => grant('ApexClass', classIds.get(n.toLowerCase())));
    set.externalCredentialPrincipals.forEach((n) =>
      grant('ExternalCredentialParameter', principalIds.get(n.toLowerCase())),
    );
    if (adminPermissionSets.some((n) => n.toLowerCase() === set.name.toLowerCase())) {
      as('PermissionSetAssignment', { AssigneeId: adminUserId, PermissionSetId: setId });
    }
  }
  for (const nc of project.namedCredentials) {
    as('NamedCredential', {
      DeveloperName: nc.name,
      MasterLabel: nc.label,
      Endpoint: nc.endpoint,
      NamespacePrefix: null,
      PrincipalType: 'NamedUser',
    });
  }
  for (const record of project.customMetadataRecords) seedCustomMetadata(ctx, record, as);
}

function unmodelledId(n: number): string {
  return to18(`${UNMODELLED_ENTITY_PREFIX}000000000${String(n).padStart(3, '0')}`);
}

function seedCustomMetadata(
  ctx: OrgContext,
  record: CustomMetadataRecordDef,
  as: (type: string, fields: Fields) => string,
): void {
  const object = ctx.schema.object(record.type);
  if (object === undefined)
    throw new Error(`custom metadata record of unknown type ${record.type}`);
  const fields: Fields = {
    DeveloperName: record.developerName,
    MasterLabel: record.label,
    Label: record.label,
    QualifiedApiName: record.developerName,
    NamespacePrefix: null,
    Language: 'en_US',
  };
  for (const { field, value } of record.values) {
    const def = ctx.schema.field(object, field);
    if (def === undefined)
      throw new Error(`${record.type}.${record.developerName}: unknown field ${field}`);
    fields[def.name] = metadataValue(def, value);
  }
  as(object.name, fields);
}

/** A custom metadata value as written in XML, typed by its field. */
function metadataValue(field: FieldDef, text: string | null): ApexValue {
  if (text === null) return field.type === 'BOOLEAN' ? false : null;
  switch (field.type) {
    case 'BOOLEAN':
      return text === 'true';
    case 'DOUBLE':
    case 'CURRENCY':
    case 'PERCENT': {
      const value = new Decimal(text).toDecimalPlaces(field.scale, Decimal.ROUND_HALF_UP);
      return new ApexDecimal(value, field.scale);
    }
    case 'INTEGER':
      return Number(text);
    case 'DATE': {
      const [y = 0, m = 0, d = 0] = text.split('-').map(Number);
      return new ApexDate(y, m, d);
    }
    case 'DATETIME':
      return new ApexDatetime(Date.parse(text));
    default:
      return text;
  }
}
