/**
 * The local org's starting data: one user per persona (each holding its permission set), the
 * synthetic Contacts, Cases and comment of data/ (the same files `npm run org:create` imports,
 * owned by the Sender so the Case page shows them), and the sample file, attached by running
 * data/sample-files.apex as anonymous Apex.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SObjectValue, type ApexValue, type ProjectRuntime } from '@securesend/apex-runtime';
import { runAnonymous } from './anonymous.ts';
import { apexValueOf } from './json-values.ts';

export interface Persona {
  key: 'sender' | 'supervisor' | 'auditor' | 'admin';
  label: string;
  permissionSet: string;
  profile: string;
}

export const PERSONAS: Persona[] = [
  {
    key: 'sender',
    label: 'Sam Sender',
    permissionSet: 'SecureSend_Sender',
    profile: 'Standard User',
  },
  {
    key: 'supervisor',
    label: 'Sue Supervisor',
    permissionSet: 'SecureSend_Supervisor',
    profile: 'Standard User',
  },
  {
    key: 'auditor',
    label: 'Ada Auditor',
    permissionSet: 'SecureSend_Auditor',
    profile: 'Standard User',
  },
  {
    key: 'admin',
    label: 'Alex Admin',
    permissionSet: 'SecureSend_Admin',
    profile: 'System Administrator',
  },
];

export interface SeededOrg {
  /** User Id of each persona. */
  users: Record<Persona['key'], string>;
  /** Case Ids by the data files' referenceId (CaseClaimQuestion, CasePriorAuth, CaseNoContact). */
  cases: Record<string, string>;
}

interface TreeRecord {
  attributes: { type: string; referenceId: string };
  [field: string]: unknown;
}

function insertAsAdmin(runtime: ProjectRuntime, records: SObjectValue[]): string[] {
  const results = runtime.org.insert(records, {
    userId: runtime.org.adminUserId,
    accessLevel: 'system',
  });
  const failed = results.find((result) => !result.success);
  if (failed)
    throw new Error(
      `Seeding failed: ${failed.errors.map((e) => `${e.statusCode} ${e.message}`).join('; ')}`,
    );
  return results.map((result) => result.id ?? '');
}

function userRecord(persona: Persona, profileId: string): SObjectValue {
  const [firstName = persona.label, lastName = persona.label] = persona.label.split(' ');
  const user = new SObjectValue('User');
  const fields: Record<string, ApexValue> = {
    FirstName: firstName,
    LastName: lastName,
    Alias: persona.key.slice(0, 8),
    Email: `${persona.key}@securesend.local`,
    Username: `${persona.key}@securesend.local`,
    ProfileId: profileId,
    TimeZoneSidKey: 'GMT',
    LocaleSidKey: 'en_US',
    EmailEncodingKey: 'UTF-8',
    LanguageLocaleKey: 'en_US',
    IsActive: true,
  };
  for (const [name, value] of Object.entries(fields)) user.set(name, value);
  return user;
}

function permissionSetId(runtime: ProjectRuntime, name: string): string {
  for (const record of runtime.org.store.ofType('PermissionSet')) {
    if (record.values.get('name') === name) return record.id;
  }
  throw new Error(`Permission set ${name} is not in the project`);
}

function seedUsers(runtime: ProjectRuntime): SeededOrg['users'] {
  const ids = insertAsAdmin(
    runtime,
    PERSONAS.map((persona) => userRecord(persona, runtime.org.profileId(persona.profile))),
  );
  insertAsAdmin(
    runtime,
    PERSONAS.map((persona, index) => {
      const assignment = new SObjectValue('PermissionSetAssignment');
      assignment.set('AssigneeId', ids[index] ?? null);
      assignment.set('PermissionSetId', permissionSetId(runtime, persona.permissionSet));
      return assignment;
    }),
  );
  return Object.fromEntries(
    PERSONAS.map((persona, index) => [persona.key, ids[index] ?? '']),
  ) as SeededOrg['users'];
}

/** The data/ files in sample-data-plan.json order, `@ref` values resolved. */
function seedRecords(
  runtime: ProjectRuntime,
  dataDir: string,
  ownerId: string,
): Map<string, string> {
  const plan = JSON.parse(readFileSync(join(dataDir, 'sample-data-plan.json'), 'utf8')) as {
    sobject: string;
    files: string[];
  }[];
  const refs = new Map<string, string>();
  for (const step of plan) {
    for (const file of step.files) {
      const tree = JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as {
        records: TreeRecord[];
      };
      const records = tree.records.map((entry) => {
        const record = new SObjectValue(step.sobject);
        for (const [name, value] of Object.entries(entry)) {
          if (name === 'attributes') continue;
          const resolved =
            typeof value === 'string' && value.startsWith('@') ? refs.get(value.slice(1)) : value;
          if (resolved === undefined)
            throw new Error(`Unresolved reference ${String(value)} in ${file}`);
          record.set(name, apexValueOf(runtime, resolved, fieldType(runtime, step.sobject, name)));
        }
        if (step.sobject !== 'CaseComment') record.set('OwnerId', ownerId);
        return record;
      });
      const ids = insertAsAdmin(runtime, records);
      tree.records.forEach((entry, index) =>
        refs.set(entry.attributes.referenceId, ids[index] ?? ''),
      );
    }
  }
  return refs;
}

function fieldType(runtime: ProjectRuntime, sobject: string, field: string) {
  const type = runtime.platform.fieldType(sobject, field);
  if (!type) throw new Error(`Unknown field ${sobject}.${field} in the sample data`);
  return type;
}

export function seedLocalOrg(runtime: ProjectRuntime, repoRoot: string): SeededOrg {
  const users = seedUsers(runtime);
  const dataDir = join(repoRoot, 'data');
  const refs = seedRecords(runtime, dataDir, users.sender);
  runAnonymous(runtime, readFileSync(join(dataDir, 'sample-files.apex'), 'utf8'), users.sender);
  const cases = Object.fromEntries([...refs].filter(([ref]) => ref.startsWith('Case')));
  return { users, cases };
}
