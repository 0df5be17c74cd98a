/**
 * Test helpers for the org: the real project loaded once, hand-built SoqlQuery trees (the
 * lowering from source is tested elsewhere), binds by name, and users made like the package's
 * SecureSendTestDataFactory makes them.
 */
import { fileURLToPath } from 'node:url';
import type {
  Expr,
  SoqlCondition,
  SoqlOrder,
  SoqlQuery,
  SoqlSelectItem,
  SoqlValue,
} from '../src/ast.ts';
import { loadProject, Org, type DmlRowResult, type ProjectMetadata } from '../src/org/index.ts';
import { SObjectValue, type ApexValue } from '../src/values.ts';

export const PROJECT_DIR = fileURLToPath(new URL('../../..', import.meta.url));

let cachedProject: ProjectMetadata | undefined;

export function project(): ProjectMetadata {
  cachedProject ??= loadProject(PROJECT_DIR);
  return cachedProject;
}

export function newOrg(clock?: () => number): Org {
  return new Org(project(), clock ? { clock } : {});
}

// --- SOQL builders ------------------------------------------------------------------------

const LINE = { line: 1 };

export function field(path: string): SoqlSelectItem {
  return { kind: 'field', path: path.split('.') };
}

export function bind(name: string): SoqlValue {
  const expr: Expr = { kind: 'name', name, ...LINE };
  return { kind: 'bind', expr };
}

export function str(text: string): SoqlValue {
  return { kind: 'literal', type: 'String', text };
}

export function num(text: string): SoqlValue {
  return { kind: 'literal', type: 'Number', text };
}

export function bool(value: boolean): SoqlValue {
  return { kind: 'literal', type: 'Boolean', text: String(value) };
}

export const NULL: SoqlValue = { kind: 'literal', type: 'Null', text: 'null' };

export function cmp(path: string, op: string, value: SoqlValue): SoqlCondition {
  return { kind: 'compare', path: path.split('.'), op, value };
}

export function and(...items: SoqlCondition[]): SoqlCondition {
  return { kind: 'and', items };
}

export function or(...items: SoqlCondition[]): SoqlCondition {
  return { kind: 'or', items };
}

export function asc(path: string, nullsLast?: boolean): SoqlOrder {
  return {
    path: path.split('.'),
    descending: false,
    ...(nullsLast === undefined ? {} : { nullsLast }),
  };
}

export function desc(path: string, nullsLast?: boolean): SoqlOrder {
  return {
    path: path.split('.'),
    descending: true,
    ...(nullsLast === undefined ? {} : { nullsLast }),
  };
}

export function soql(
  from: string,
  select: (SoqlSelectItem | string)[],
  rest: Partial<Omit<SoqlQuery, 'from' | 'select'>> = {},
): SoqlQuery {
  return {
    line: 1,
    from,
    select: select.map((s) => (typeof s === 'string' ? field(s) : s)),
    groupBy: [],
    orderBy: [],
    forUpdate: false,
    allRows: false,
    ...rest,
  };
}

/** A bind evaluator reading NameExprs from a table. */
export function binds(values: Record<string, unknown> = {}): (e: Expr) => ApexValue {
  return (e) => {
    if (e.kind !== 'name' || !(e.name in values)) throw new Error('unexpected bind');
    return values[e.name] as ApexValue;
  };
}

// --- Records ------------------------------------------------------------------------------

export function sobject(type: string, fields: Record<string, ApexValue>): SObjectValue {
  const value = new SObjectValue(type);
  for (const [name, v] of Object.entries(fields)) value.set(name, v);
  return value;
}

export function mustSucceed(results: DmlRowResult[]): string[] {
  for (const r of results) {
    if (!r.success) throw new Error(`DML failed: ${JSON.stringify(r.errors)}`);
  }
  return results.map((r) => r.id ?? '');
}

let userCounter = 0;

/** An active user with a standard profile and permission sets, created by the admin in user mode. */
export function createUser(org: Org, profile: string, permissionSets: string[] = []): string {
  userCounter++;
  const alias = `u${userCounter}`;
  const user = sobject('User', {
    Alias: alias,
    LastName: `SecureSend Test ${alias}`,
    Email: `${alias}@example.com`,
    Username: `ssend.${alias}.${userCounter}@example.com`,
    ProfileId: org.profileId(profile),
    EmailEncodingKey: 'UTF-8',
    LanguageLocaleKey: 'en_US',
    LocaleSidKey: 'en_US',
    TimeZoneSidKey: 'America/Los_Angeles',
    IsActive: true,
  });
  const asAdmin = { accessLevel: 'user' as const, userId: org.adminUserId };
  const [userId = ''] = mustSucceed(org.insert([user], asAdmin));
  const rows = org.query(
    soql('PermissionSet', ['Id', 'Name'], { where: cmp('Name', 'in', bind('names')) }),
    binds({ names: permissionSets }),
    { mode: 'user', enforceSharing: true, userId: org.adminUserId },
  );
  if (typeof rows === 'number') throw new Error('unexpected count');
  const assignments = rows.map((row) =>
    sobject('PermissionSetAssignment', {
      AssigneeId: userId,
      PermissionSetId: row.get('Id') ?? null,
    }),
  );
  mustSucceed(org.insert(assignments, asAdmin));
  return userId;
}

export function rowsOf(result: SObjectValue[] | number): SObjectValue[] {
  if (typeof result === 'number') throw new Error('expected rows, got a count');
  return result;
}
