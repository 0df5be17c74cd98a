/**
 * The approved permission matrix, config/permission-matrix.json: per persona permission set,
 * everything it may grant. Read strictly (an unknown key or a wrong type is a tooling error), so
 * a typo can never approve something by accident or silently approve nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ToolingError } from '../lib/diagnostics.ts';
import { type Grant, type GrantKind, OBJECT_FLAGS } from './grants.ts';

export const MATRIX_CONFIG = join('config', 'permission-matrix.json');

export interface ApprovedPersona {
  name: string;
  label: string;
  grants: Grant[];
}

export interface ApprovedMatrix {
  file: string;
  /** In the config's order, which is the table's column order. */
  personas: ApprovedPersona[];
}

/** Keys of a persona whose value is a list of names, and the grant kind each approves. */
const LIST_KEYS: Record<string, GrantKind> = {
  classes: 'class',
  customPermissions: 'customPermission',
  externalCredentialPrincipals: 'principal',
  customMetadataTypes: 'customMetadataType',
  customSettings: 'customSetting',
  userPermissions: 'userPermission',
  pages: 'page',
  flows: 'flow',
  applications: 'application',
  recordTypes: 'recordType',
};

const OBJECT_ACCESS = new Set(OBJECT_FLAGS.map(([, access]) => access));
const TAB_VISIBILITY = new Set(['Visible', 'Available']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringList(value: unknown, where: string): string[] {
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    throw new ToolingError(`${where} must be a list of strings`);
  }
  return value as string[];
}

function readPersona(name: string, raw: unknown, file: string): ApprovedPersona {
  const where = `${file}: personas.${name}`;
  if (!isRecord(raw)) throw new ToolingError(`${where} must be an object`);
  const grants: Grant[] = [];
  const add = (kind: GrantKind, grantName: string, access: string): void => {
    grants.push({ kind, name: grantName, access, line: 0 });
  };
  for (const [key, value] of Object.entries(raw)) {
    const at = `${where}.${key}`;
    if (key === 'label') {
      if (typeof value !== 'string') throw new ToolingError(`${at} must be a string`);
    } else if (key === 'objects') {
      if (!isRecord(value)) throw new ToolingError(`${at} must map object names to access lists`);
      for (const [objectName, accessList] of Object.entries(value)) {
        for (const access of stringList(accessList, `${at}.${objectName}`)) {
          if (!OBJECT_ACCESS.has(access)) {
            throw new ToolingError(
              `${at}.${objectName}: unknown object access "${access}" (one of ${[...OBJECT_ACCESS].join(', ')})`,
            );
          }
          add('object', objectName, access);
        }
      }
    } else if (key === 'fields') {
      if (!isRecord(value)) throw new ToolingError(`${at} must map fields to "read" or "edit"`);
      for (const [field, access] of Object.entries(value)) {
        if (access !== 'read' && access !== 'edit') {
          throw new ToolingError(`${at}.${field} must be "read" or "edit"`);
        }
        add('field', field, 'read');
        if (access === 'edit') add('field', field, 'edit');
      }
    } else if (key === 'tabs') {
      if (!isRecord(value)) throw new ToolingError(`${at} must map tab names to a visibility`);
      for (const [tab, visibility] of Object.entries(value)) {
        if (typeof visibility !== 'string' || !TAB_VISIBILITY.has(visibility)) {
          throw new ToolingError(`${at}.${tab} must be "Visible" or "Available"`);
        }
        add('tab', tab, visibility);
      }
    } else if (key in LIST_KEYS) {
      for (const item of stringList(value, at)) add(LIST_KEYS[key] as GrantKind, item, 'granted');
    } else {
      throw new ToolingError(
        `${at}: unknown key (expected label, objects, fields, tabs, ${Object.keys(LIST_KEYS).join(', ')})`,
      );
    }
  }
  return { name, label: typeof raw.label === 'string' ? raw.label : name, grants };
}

/** The approved matrix of the project at `root` (a test fixture carries its own). */
export function loadApprovedMatrix(root: string): ApprovedMatrix {
  const file = join(root, MATRIX_CONFIG);
  if (!existsSync(file)) {
    throw new ToolingError(`${file} is missing: the permission matrix needs the approved grants`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ToolingError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  if (!isRecord(raw) || !isRecord(raw.personas)) {
    throw new ToolingError(`${file} must have a "personas" object`);
  }
  return {
    file,
    personas: Object.entries(raw.personas).map(([name, persona]) =>
      readPersona(name, persona, file),
    ),
  };
}
