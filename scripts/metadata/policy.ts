/**
 * The permission policy of the metadata gate, kept in config/metadata-policy.json so a change to
 * what a permission set may grant is a reviewed change to one file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ToolingError } from '../lib/diagnostics.ts';
import { repoRoot } from '../lib/project.ts';

export interface MetadataPolicy {
  /** The file the policy was read from (for messages). */
  file: string;
  /** User (system) permissions a permission set may grant. Everything else fails. */
  allowedUserPermissions: string[];
  /** User permissions that always fail, with a pointed message, even if someone allow-lists them. */
  forbiddenUserPermissions: string[];
  /** Object permission flags (viewAllRecords, modifyAllRecords) no permission set may set on any object. */
  forbiddenObjectPermissions: string[];
  /** Objects holding the audit trail: never deletable; editable only by `auditObjectEditors`. */
  auditObjects: string[];
  /** Permission sets (API names) that may edit audit objects, e.g. a status-sync integration user. */
  auditObjectEditors: string[];
}

const POLICY_PATH = join('config', 'metadata-policy.json');

function stringList(value: unknown, key: string, file: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    throw new ToolingError(`${file}: "${key}" must be a list of strings`);
  }
  return value as string[];
}

/**
 * The policy of the project at `root` (a fixture may carry its own config/metadata-policy.json);
 * a project without one is checked against the repository's.
 */
export function loadPolicy(root: string): MetadataPolicy {
  const file = [join(root, POLICY_PATH), join(repoRoot, POLICY_PATH)].find((candidate) =>
    existsSync(candidate),
  );
  if (!file)
    throw new ToolingError(
      `${join(repoRoot, POLICY_PATH)} is missing: the metadata gate needs its policy`,
    );
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    throw new ToolingError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  const policy: MetadataPolicy = {
    file,
    allowedUserPermissions: stringList(raw.allowedUserPermissions, 'allowedUserPermissions', file),
    forbiddenUserPermissions: stringList(
      raw.forbiddenUserPermissions,
      'forbiddenUserPermissions',
      file,
    ),
    forbiddenObjectPermissions: stringList(
      raw.forbiddenObjectPermissions,
      'forbiddenObjectPermissions',
      file,
    ),
    auditObjects: stringList(raw.auditObjects, 'auditObjects', file),
    auditObjectEditors: stringList(raw.auditObjectEditors, 'auditObjectEditors', file),
  };
  const forbidden = new Set(policy.forbiddenUserPermissions.map((name) => name.toLowerCase()));
  const contradiction = policy.allowedUserPermissions.find((name) =>
    forbidden.has(name.toLowerCase()),
  );
  if (contradiction) {
    throw new ToolingError(
      `${file}: ${contradiction} is both allowed and forbidden; forbidden permissions cannot be allow-listed`,
    );
  }
  return policy;
}
