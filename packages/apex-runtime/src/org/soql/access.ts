/**
 * Object and field read checks for WITH USER_MODE and WITH SECURITY_ENFORCED.
 *
 * USER_MODE checks every clause (SELECT, WHERE, ORDER BY, GROUP BY, subqueries) and reports
 * all inaccessible fields (QueryException.getInaccessibleFields()); an unreadable object reads
 * as unknown, as for an API query by that user. SECURITY_ENFORCED checks SELECT fields and
 * objects only and raises "Insufficient permissions: secure query included inaccessible field"
 * (https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_classes_enforce_usermode.htm).
 */
import type { ObjectDef } from '../schema/types.ts';
import type { UserAccess } from '../security/user-access.ts';
import { noSuchColumn, queryException, unsupportedObject } from '../errors.ts';
import type { ResolvedPath } from './paths.ts';

export class QueryAccessCheck {
  private readonly deniedObjects: string[] = [];
  private readonly deniedFields = new Map<string, Set<string>>();

  constructor(
    private readonly user: UserAccess,
    private readonly mode: 'user' | 'security_enforced',
  ) {}

  /** Whether a path in this clause is checked in this mode. */
  checksClause(clause: 'select' | 'filter'): boolean {
    return this.mode === 'user' || clause === 'select';
  }

  object(object: ObjectDef): void {
    if (!this.user.objectAccess(object).read) this.deniedObjects.push(object.name);
  }

  path(path: ResolvedPath): void {
    for (const step of path.steps) {
      if (!this.user.objectAccess(step.object).read) {
        this.deniedObjects.push(step.object.name);
        continue;
      }
      if (this.user.fieldAccess(step.object, step.field).read) continue;
      const set = this.deniedFields.get(step.object.name) ?? new Set<string>();
      set.add(step.field.name);
      this.deniedFields.set(step.object.name, set);
    }
  }

  /** Throws the QueryException for the first denial, if any. */
  verify(): void {
    const object = this.deniedObjects[0];
    if (this.mode === 'security_enforced') {
      if (object !== undefined || this.deniedFields.size > 0) {
        throw queryException('Insufficient permissions: secure query included inaccessible field');
      }
      return;
    }
    if (object !== undefined) throw unsupportedObject(object);
    const first = [...this.deniedFields].at(0);
    if (first === undefined) return;
    const [objectName, fields] = first;
    const error = noSuchColumn([...fields][0] ?? '', objectName);
    throw queryException(error.message, this.deniedFields);
  }
}
