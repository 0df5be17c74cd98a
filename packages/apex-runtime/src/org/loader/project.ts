/**
 * loadProject: reads every package directory of an sfdx project (sfdx-project.json) in source
 * format. Files are found by suffix anywhere under a package directory, as the CLI does.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import {
  CUSTOM_PERMISSION_SUFFIX,
  PERMISSION_SET_SUFFIX,
  loadCustomPermission,
  loadPermissionSet,
} from './access.ts';
import { loadObjectDir } from './objects.ts';
import {
  CUSTOM_METADATA_SUFFIX,
  EXTERNAL_CREDENTIAL_SUFFIX,
  LABELS_SUFFIX,
  NAMED_CREDENTIAL_SUFFIX,
  loadCustomMetadataRecord,
  loadExternalCredential,
  loadLabels,
  loadNamedCredential,
} from './records.ts';
import type { LoadedObject, ProjectMetadata } from './types.ts';

interface SfdxProject {
  packageDirectories?: { path: string }[];
  namespace?: string;
}

/** Directories that never hold metadata the org needs (and can be large). */
const SKIPPED_DIRS = new Set(['node_modules', 'lwc', 'aura', 'staticresources', '__tests__']);

export function loadProject(projectDir: string): ProjectMetadata {
  const project = JSON.parse(
    readFileSync(join(projectDir, 'sfdx-project.json'), 'utf8'),
  ) as SfdxProject;
  const files = (project.packageDirectories ?? []).flatMap((dir) =>
    listFiles(join(projectDir, dir.path)),
  );
  const bySuffix = (suffix: string) => files.filter((f) => f.endsWith(suffix)).sort();
  return {
    projectDir,
    namespace: project.namespace ?? '',
    objects: mergeObjects(bySuffix('.object-meta.xml'), bySuffix('.field-meta.xml')),
    customMetadataRecords: bySuffix(CUSTOM_METADATA_SUFFIX).map(loadCustomMetadataRecord),
    customPermissions: bySuffix(CUSTOM_PERMISSION_SUFFIX).map(loadCustomPermission),
    permissionSets: bySuffix(PERMISSION_SET_SUFFIX).map(loadPermissionSet),
    namedCredentials: bySuffix(NAMED_CREDENTIAL_SUFFIX).map(loadNamedCredential),
    externalCredentials: bySuffix(EXTERNAL_CREDENTIAL_SUFFIX).map(loadExternalCredential),
    labels: bySuffix(LABELS_SUFFIX).flatMap(loadLabels),
    apexClasses: bySuffix('.cls').map((f) => basename(f, '.cls')),
  };
}

function listFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return SKIPPED_DIRS.has(entry) ? [] : listFiles(path);
    return [path];
  });
}

/**
 * An object may be split across package directories (objects/Case in force-app and in
 * unpackaged): fields of every copy are merged, object settings come from the first that has them.
 */
function mergeObjects(objectFiles: string[], fieldFiles: string[]): LoadedObject[] {
  const dirs = new Set<string>();
  for (const f of objectFiles) dirs.add(dirname(f));
  for (const f of fieldFiles) dirs.add(dirname(dirname(f)));
  const byName = new Map<string, LoadedObject>();
  for (const dir of [...dirs].sort()) {
    const loaded = loadObjectDir(dir);
    const key = loaded.name.toLowerCase();
    const existing = byName.get(key);
    if (existing === undefined) byName.set(key, loaded);
    else existing.fields.push(...loaded.fields);
  }
  return [...byName.values()];
}
