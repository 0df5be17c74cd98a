/**
 * The org's schema registry: standard objects, the project's custom objects, settings and
 * metadata types, and derived share objects. Every lookup is case-insensitive.
 */
import { UnsupportedError } from '../../values.ts';
import type { ProjectMetadata } from '../loader/types.ts';
import { customObjectDef, shareObjectDef } from './custom-objects.ts';
import { standardObjects } from './standard-objects.ts';
import type { ChildRelationship, FieldDef, ObjectDef } from './types.ts';

const PREFIX_DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export class Schema {
  private readonly byName = new Map<string, ObjectDef>();
  private readonly byPrefix = new Map<string, ObjectDef[]>();
  private readonly children = new Map<string, ChildRelationship[]>();

  constructor(objects: ObjectDef[]) {
    for (const def of objects) {
      this.byName.set(def.name.toLowerCase(), def);
      const sharing = this.byPrefix.get(def.keyPrefix) ?? [];
      sharing.push(def);
      this.byPrefix.set(def.keyPrefix, sharing);
    }
    for (const def of objects) this.indexChildren(def);
  }

  objects(): ObjectDef[] {
    return [...this.byName.values()];
  }

  object(name: string): ObjectDef | undefined {
    return this.byName.get(name.toLowerCase());
  }

  field(object: ObjectDef, name: string): FieldDef | undefined {
    return object.fields.get(name.toLowerCase());
  }

  /** Objects with a key prefix; several for 02c (every custom __Share object). */
  objectsWithPrefix(prefix: string): ObjectDef[] {
    return this.byPrefix.get(prefix) ?? [];
  }

  /** The reference field behind a parent relationship name ('Contact', 'Sent_By__r'). */
  parentRelationship(object: ObjectDef, relationshipName: string): FieldDef | undefined {
    const wanted = relationshipName.toLowerCase();
    for (const f of object.fields.values()) {
      if (f.type === 'REFERENCE' && f.relationshipName?.toLowerCase() === wanted) return f;
    }
    return undefined;
  }

  childRelationships(object: ObjectDef): ChildRelationship[] {
    return this.children.get(object.name.toLowerCase()) ?? [];
  }

  childRelationship(object: ObjectDef, relationshipName: string): ChildRelationship | undefined {
    const wanted = relationshipName.toLowerCase();
    return this.childRelationships(object).find((r) => r.relationshipName.toLowerCase() === wanted);
  }

  private indexChildren(def: ObjectDef): void {
    for (const f of def.fields.values()) {
      if (f.type !== 'REFERENCE' || f.childRelationshipName === undefined) continue;
      for (const target of f.referenceTo) {
        const key = target.toLowerCase();
        const list = this.children.get(key) ?? [];
        list.push({
          relationshipName: f.childRelationshipName,
          childObject: def.name,
          field: f.name,
          cascadeDelete: f.deleteConstraint === 'Cascade',
          restrictedDelete: f.deleteConstraint === 'Restrict',
        });
        this.children.set(key, list);
      }
    }
  }
}

/**
 * Standard objects + the project's objects. Custom objects and settings get key prefixes a00,
 * a01... and metadata types m00, m01... in name order, so Ids are stable between runs.
 */
export function buildSchema(project?: ProjectMetadata): Schema {
  const standard = standardObjects();
  const byName = new Map(standard.map((o) => [o.name.toLowerCase(), o]));
  const loaded = project?.objects ?? [];
  const custom: ObjectDef[] = [];
  const dataObjects = loaded.filter((o) => o.kind === 'custom' || o.kind === 'customSetting');
  const metadataTypes = loaded.filter((o) => o.kind === 'customMetadata');
  sortByName(dataObjects).forEach((o, i) => custom.push(customObjectDef(o, prefixOf('a', i))));
  sortByName(metadataTypes).forEach((o, i) => custom.push(customObjectDef(o, prefixOf('m', i))));
  for (const extension of loaded.filter((o) => o.kind === 'standardExtension')) {
    const target = byName.get(extension.name.toLowerCase());
    if (target === undefined) {
      if (extension.fields.length === 0) continue; // settings only (e.g. action overrides)
      throw new UnsupportedError(`custom fields on standard object ${extension.name}`);
    }
    for (const f of extension.fields) target.fields.set(f.name.toLowerCase(), f);
  }
  const shares = custom.filter((o) => o.shareObject !== undefined).map(shareObjectDef);
  return new Schema([...standard, ...custom, ...shares]);
}

function sortByName<T extends { name: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => a.name.localeCompare(b.name));
}

function prefixOf(letter: string, index: number): string {
  return (
    letter +
    PREFIX_DIGITS.charAt(Math.floor(index / PREFIX_DIGITS.length)) +
    PREFIX_DIGITS.charAt(index % PREFIX_DIGITS.length)
  );
}
