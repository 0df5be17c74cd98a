/**
 * Custom settings and custom metadata as Apex reads them without SOQL:
 * X__c.getOrgDefaults() / getInstance(id) / getValues(id) for hierarchy settings,
 * X__mdt.getAll() / getInstance(name). Results are full, unqueried sObjects (every field
 * readable), copies the caller may change freely.
 */
import { SObjectValue, type ApexValue } from '../values.ts';
import type { OrgContext } from './context.ts';
import { OrgException } from './errors.ts';
import type { ObjectDef } from './schema/types.ts';
import type { StoredRecord } from './store/record-store.ts';
import { defaultValueOf } from './field-values.ts';

/** A full copy of a stored record as an sObject. */
export function toSObject(ctx: OrgContext, record: StoredRecord): SObjectValue {
  const object = ctx.schema.object(record.type);
  const out = new SObjectValue(object?.name ?? record.type);
  for (const [key, value] of record.values) {
    out.set(object?.fields.get(key)?.name ?? key, value);
  }
  return out;
}

export class SettingsAccess {
  constructor(private readonly ctx: OrgContext) {}

  /** The org-level record, or a new one (Id null) holding the fields' defaults. */
  orgDefaults(type: string): SObjectValue {
    const object = this.hierarchy(type);
    const stored = this.recordOwnedBy(object, this.ctx.orgId);
    return stored ? toSObject(this.ctx, stored) : this.blank(object, this.ctx.orgId);
  }

  /**
   * The user's (or profile's) record with empty fields filled from the levels above (profile,
   * then org); Id null when the user has no record of their own.
   */
  instance(type: string, userOrProfileId: string): SObjectValue {
    const object = this.hierarchy(type);
    const chain = this.hierarchyChain(userOrProfileId)
      .map((ownerId) => this.recordOwnedBy(object, ownerId))
      .filter((r): r is StoredRecord => r !== undefined);
    const own = chain[0]?.values.get('setupownerid') === userOrProfileId ? chain[0] : undefined;
    const result = own ? toSObject(this.ctx, own) : this.blank(object, userOrProfileId);
    for (const field of object.fields.values()) {
      if (!field.custom) continue;
      const key = field.name.toLowerCase();
      if ((result.get(key) ?? null) !== null && own !== undefined) continue;
      const inherited = chain.map((r) => r.values.get(key) ?? null).find((v) => v !== null);
      if (inherited !== undefined) result.set(field.name, inherited);
    }
    return result;
  }

  /** The record of exactly this location, or null (no merging). */
  values(type: string, ownerId: string): SObjectValue | null {
    const stored = this.recordOwnedBy(this.hierarchy(type), ownerId);
    return stored ? toSObject(this.ctx, stored) : null;
  }

  /** Custom metadata records of a type, keyed by DeveloperName (getAll()). */
  metadataRecords(type: string): Map<string, SObjectValue> {
    const object = this.ctx.schema.object(type);
    if (object?.kind !== 'customMetadata') {
      throw new OrgException('System.TypeException', `${type} is not a custom metadata type`);
    }
    const out = new Map<string, SObjectValue>();
    const records = [...this.ctx.store.ofType(object.name)].sort((a, b) => a.seq - b.seq);
    for (const record of records) {
      const name = record.values.get('developername');
      if (typeof name === 'string') out.set(name, toSObject(this.ctx, record));
    }
    return out;
  }

  /** getInstance(developerNameOrId) of a custom metadata type; null when absent. */
  metadataRecord(type: string, nameOrId: string): SObjectValue | null {
    for (const [name, record] of this.metadataRecords(type)) {
      if (name.toLowerCase() === nameOrId.toLowerCase() || record.get('Id') === nameOrId)
        return record;
    }
    return null;
  }

  private hierarchy(type: string): ObjectDef {
    const object = this.ctx.schema.object(type);
    if (object?.customSettingsType !== 'Hierarchy') {
      throw new OrgException('System.TypeException', `${type} is not a hierarchy custom setting`);
    }
    return object;
  }

  /** user -> their profile -> org; profile -> org. */
  private hierarchyChain(id: string): string[] {
    const record = this.ctx.store.get(id);
    if (record?.type === 'User') {
      const profileId = record.values.get('profileid');
      return [record.id, ...(typeof profileId === 'string' ? [profileId] : []), this.ctx.orgId];
    }
    return [record?.id ?? id, this.ctx.orgId];
  }

  private recordOwnedBy(object: ObjectDef, ownerId: string): StoredRecord | undefined {
    for (const record of this.ctx.store.ofType(object.name)) {
      if (record.values.get('setupownerid') === ownerId) return record;
    }
    return undefined;
  }

  private blank(object: ObjectDef, ownerId: string): SObjectValue {
    const out = new SObjectValue(object.name);
    out.set('SetupOwnerId', ownerId);
    for (const field of object.fields.values()) {
      if (!field.custom) continue;
      const value: ApexValue =
        field.defaultValue !== undefined || field.type === 'BOOLEAN' ? defaultValueOf(field) : null;
      out.set(field.name, value);
    }
    return out;
  }
}
