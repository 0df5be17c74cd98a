/**
 * Which members of each SObject the project's SOQL reads: the generated LWC interface of a
 * standard object lists those (plus Id and the project's own fields), not all of its hundreds.
 */
import { collectSoqlReferences, resolveFieldPath } from '../lib/soql-references.ts';
import type { ApexProject } from './apex-project.ts';

/** Lower-cased object name -> member names as the schema spells them. */
export type SObjectUsage = Map<string, Set<string>>;

export function collectSObjectUsage(project: ApexProject): SObjectUsage {
  const usage: SObjectUsage = new Map();
  const use = (objectName: string, member: string): void => {
    const key = objectName.toLowerCase();
    if (!usage.has(key)) usage.set(key, new Set());
    usage.get(key)?.add(member);
  };
  for (const parsed of project.parsed) {
    const references = collectSoqlReferences(parsed, project.catalog);
    for (const field of references.fields) {
      const resolution = resolveFieldPath(project.catalog, field.objectName, field.path);
      if (resolution.ok) for (const step of resolution.steps) use(step.objectName, step.member);
    }
    for (const object of references.objects) {
      if (object.kind !== 'child-relationship' || !object.parentObject) continue;
      const parent = project.catalog.object(object.parentObject);
      const child = parent?.childRelationships.get(object.name.toLowerCase());
      if (parent && child) use(parent.name, child.name);
    }
  }
  return usage;
}
