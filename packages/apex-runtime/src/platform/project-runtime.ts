/**
 * Everything needed to run a project's Apex offline: the in-memory org loaded from the sfdx
 * project, every class of its package directories, the standard library and the platform
 * natives bound to that org, and an interpreter with a session running as the org's admin.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Interpreter } from '../interpreter/interpreter.ts';
import type { Platform } from '../interpreter/platform.ts';
import type { NativeClass, NativeContext } from '../natives.ts';
import { Org, loadProject } from '../org/index.ts';
import { loadProgram, type LoadedProgram, type SourceFile } from '../program.ts';
import { Session } from '../runtime/session.ts';
import { standardLibrary } from '../stdlib/index.ts';
import type { ApexType, ApexValue } from '../values.ts';
import { databaseClasses } from './database-natives.ts';
import { fieldTypeOf } from './field-types.ts';
import { createOrgPlatform } from './org-platform.ts';
import { OrgSystemServices } from './org-system-services.ts';
import { systemClasses } from '../stdlib/system/index.ts';
import { httpClasses } from '../stdlib/http/index.ts';
import { SchemaTokens, schemaClasses } from './schema-natives.ts';

export interface ProjectRuntime {
  org: Org;
  program: LoadedProgram;
  platform: Platform;
  session: Session;
  system: OrgSystemServices;
  interpreter: Interpreter;
  /** Every native class, bound to this org (for programs loaded beside the project's). */
  natives: NativeClass[];
}

export interface ProjectRuntimeOptions {
  /** Extra native classes (system natives, test doubles). */
  natives?: NativeClass[];
}

function apexFilesUnder(root: string, dir: string): SourceFile[] {
  const files: SourceFile[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...apexFilesUnder(root, path));
    else if (name.endsWith('.cls'))
      files.push({ file: relative(root, path), source: readFileSync(path, 'utf8') });
  }
  return files;
}

/** The .cls files of every package directory of sfdx-project.json. */
export function projectSources(projectDir: string): SourceFile[] {
  const project = JSON.parse(readFileSync(join(projectDir, 'sfdx-project.json'), 'utf8')) as {
    packageDirectories?: { path: string }[];
  };
  return (project.packageDirectories ?? []).flatMap((dir) =>
    apexFilesUnder(projectDir, join(projectDir, dir.path)),
  );
}

export function createProjectRuntime(
  projectDir: string,
  options: ProjectRuntimeOptions = {},
): ProjectRuntime {
  const metadata = loadProject(projectDir);
  // A scratch org made by `npm run org:create` assigns every persona permission set to its admin.
  const org = new Org(metadata, {
    adminPermissionSets: metadata.permissionSets.map((set) => set.name),
  });
  const tokens = new SchemaTokens(org);
  const platform = createOrgPlatform(org, tokens);
  const fieldType = (sobject: string, field: string): ApexType | null => {
    const object = org.schema.object(sobject);
    const def = object && org.schema.field(object, field);
    return def ? fieldTypeOf(def) : null;
  };
  // The registry needs the natives and Database.Error needs the registry's StatusCode enum.
  const programRef: { current?: LoadedProgram } = {};
  const statusCode = (ctx: NativeContext, code: string): ApexValue =>
    programRef.current?.registry.nativeByName('System.StatusCode')?.staticMember?.(ctx, code) ??
    code;
  const natives = [
    ...standardLibrary({ schema: { fieldType } }),
    ...schemaClasses(tokens),
    ...databaseClasses(org, statusCode),
    ...systemClasses,
    ...httpClasses,
    ...(options.natives ?? []),
  ];
  const sobjectName = (name: string): string | undefined =>
    name.toLowerCase() === 'aggregateresult' ? 'AggregateResult' : org.schema.object(name)?.name;
  const program = loadProgram(projectSources(projectDir), { sobjectName }, natives);
  programRef.current = program;
  const system = new OrgSystemServices(org, tokens);
  const session = new Session(org.adminUserId, system);
  const interpreter = new Interpreter(program.registry, platform, session);
  return { org, program, platform, session, system, interpreter, natives };
}
