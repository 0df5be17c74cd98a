/**
 * The permission matrix: what each persona permission set grants (read from its XML), printed as
 * markdown, and compared with the approved matrix (config/permission-matrix.json) both ways: a
 * grant the config does not approve, and an approved grant the permission set lacks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import type { Diagnostic } from '../lib/diagnostics.ts';
import { displayPath, repoRoot } from '../lib/project.ts';
import { type ApprovedMatrix, loadApprovedMatrix } from './approved.ts';
import {
  type Grant,
  KINDS,
  OBJECT_FLAGS,
  type PermissionSetGrants,
  describeGrant,
  grantKey,
  readProjectPermissionSets,
} from './grants.ts';

export const RULE_MATRIX = 'permission-matrix';
export const README_START = '<!-- permission-matrix:start -->';
export const README_END = '<!-- permission-matrix:end -->';

/** Line of `"<name>"` in the config (the persona's key), 1 when absent. */
function configLine(file: string, name: string): number {
  const index = readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((line) => line.includes(`"${name}"`));
  return index + 1 || 1;
}

/** Every disagreement between the permission sets of `root` and its approved matrix. */
export function checkPermissionMatrix(root: string): Diagnostic[] {
  const approved = loadApprovedMatrix(root);
  const config = displayPath(approved.file, repoRoot);
  const permissionSets = new Map(
    readProjectPermissionSets(root).map((set) => [set.name.toLowerCase(), set]),
  );
  const diagnostics: Diagnostic[] = [];
  const report = (file: string, line: number, message: string): void => {
    diagnostics.push({ file, line, message, rule: RULE_MATRIX });
  };

  for (const persona of approved.personas) {
    const actual = permissionSets.get(persona.name.toLowerCase());
    if (!actual) {
      report(
        approved.file,
        configLine(approved.file, persona.name),
        `${config} approves persona ${persona.name}, but no permission set ${persona.name} exists`,
      );
      continue;
    }
    permissionSets.delete(persona.name.toLowerCase());
    const approvedKeys = new Set(persona.grants.map(grantKey));
    const actualKeys = new Set(actual.grants.map(grantKey));
    for (const grant of actual.grants) {
      if (approvedKeys.has(grantKey(grant))) continue;
      report(
        actual.file,
        grant.line,
        `permission set ${actual.name} grants ${describeGrant(grant)}, which ${config} does not approve for ${persona.name}`,
      );
    }
    for (const grant of persona.grants) {
      if (actualKeys.has(grantKey(grant))) continue;
      report(
        actual.file,
        1,
        `permission set ${actual.name} lacks ${describeGrant(grant)}, which ${config} approves for ${persona.name} (grant it, or remove it from the approved matrix)`,
      );
    }
  }
  for (const unknown of permissionSets.values()) {
    report(
      unknown.file,
      1,
      `permission set ${unknown.name} is not a persona of ${config}: approve what it grants there first`,
    );
  }
  return diagnostics;
}

const OBJECT_WORDS: Record<string, string> = {
  create: 'Create',
  read: 'Read',
  edit: 'Edit',
  delete: 'Delete',
  viewAll: 'View All',
  modifyAll: 'Modify All',
  viewAllFields: 'View All Fields',
};

function cell(kind: Grant['kind'], grants: Grant[]): string {
  if (grants.length === 0) return '—';
  if (kind === 'object') {
    return OBJECT_FLAGS.map(([, access]) => access)
      .filter((access) => grants.some((grant) => grant.access === access))
      .map((access) => OBJECT_WORDS[access] ?? access)
      .join(', ');
  }
  if (kind === 'field')
    return grants.some((grant) => grant.access === 'edit') ? 'Read, Edit' : 'Read';
  if (kind === 'tab') return grants.map((grant) => grant.access).join(', ');
  return '✓';
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
}

/** Permission sets in the approved matrix's order, then any others by name. */
function columns(sets: PermissionSetGrants[], approved: ApprovedMatrix): PermissionSetGrants[] {
  const order = approved.personas.map((persona) => persona.name.toLowerCase());
  const position = (set: PermissionSetGrants): number => {
    const index = order.indexOf(set.name.toLowerCase());
    return index < 0 ? order.length : index;
  };
  return [...sets].sort((a, b) => position(a) - position(b) || a.name.localeCompare(b.name));
}

/** The matrix of the permission sets of `root` as markdown, formatted as prettier formats it. */
export async function renderPermissionMatrix(root: string): Promise<string> {
  const sets = columns(readProjectPermissionSets(root), loadApprovedMatrix(root));
  const lines: string[] = [];
  const row = (cells: string[]): void => {
    lines.push(`| ${cells.map(escapeCell).join(' | ')} |`);
  };

  row(['Permission set', 'Label', 'Description']);
  row(['---', '---', '---']);
  for (const set of sets) row([`\`${set.name}\``, set.label, set.description]);
  lines.push('');

  row(['Access', 'Name', ...sets.map((set) => set.name)]);
  row(['---', '---', ...sets.map(() => '---')]);
  for (const { kind, title } of KINDS) {
    const names = new Map<string, string>();
    for (const set of sets) {
      for (const grant of set.grants) {
        if (grant.kind === kind) names.set(grant.name.toLowerCase(), grant.name);
      }
    }
    for (const name of [...names.values()].sort((a, b) => a.localeCompare(b))) {
      row([
        title,
        `\`${name}\``,
        ...sets.map((set) =>
          cell(
            kind,
            set.grants.filter(
              (grant) => grant.kind === kind && grant.name.toLowerCase() === name.toLowerCase(),
            ),
          ),
        ),
      ]);
    }
  }
  lines.push(
    '',
    'Generated by `npm run permissions:matrix` from the permission set metadata; the approved ' +
      'grants are in `config/permission-matrix.json`. Field **Edit** on an object without object ' +
      'Edit only lets a record be created with that field set (what the user-mode insert of a ' +
      'SecureSend action needs); the record cannot be changed afterwards.',
  );
  const options = (await prettier.resolveConfig(join(repoRoot, 'README.md'))) ?? {};
  return prettier.format(lines.join('\n'), { ...options, plugins: [], parser: 'markdown' });
}

/** The README text between the permission-matrix markers (trimmed), or undefined without them. */
export function readmeMatrix(readme: string): string | undefined {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) return undefined;
  return readme.slice(start + README_START.length, end).trim();
}

/** `readme` with the region between the markers replaced by `matrix`. */
export function withReadmeMatrix(readme: string, matrix: string): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) {
    throw new Error(`README.md has no ${README_START} ... ${README_END} region`);
  }
  return `${readme.slice(0, start + README_START.length)}\n\n${matrix.trim()}\n\n${readme.slice(end)}`;
}
