/**
 * Loading a project for a test run: its Apex program together with the org the tests run
 * against. `loadProjectWithOrg` is the in-memory org built from the project's metadata
 * (src/platform/project-runtime.ts); `loadProjectWithoutOrg` runs the same Apex with no org,
 * where every SOQL query and DML statement fails as unsupported.
 */
import {
  createProjectRuntime,
  projectSources,
  type ProjectRuntime,
} from '../platform/project-runtime.ts';
import type { NativeClass } from '../natives.ts';
import { loadProgram, type LoadedProgram } from '../program.ts';
import { noOrgNatives, noOrgTestOrg, type TestOrg } from './test-org.ts';

export interface LoadedProject {
  program: LoadedProgram;
  org: TestOrg;
  /** The native classes the program was loaded with (bound to the org when there is one). */
  natives: NativeClass[];
}

export type ProjectLoader = (projectDir: string) => LoadedProject;

export const loadProjectWithOrg: ProjectLoader = (projectDir) => {
  const runtime = createProjectRuntime(projectDir);
  return {
    program: runtime.program,
    org: testOrgOf(runtime, projectDir),
    natives: runtime.natives,
  };
};

function testOrgOf(runtime: ProjectRuntime, projectDir: string): TestOrg {
  const { org } = runtime;
  return {
    description: `in-memory org from ${projectDir} (tests run as its admin user)`,
    platform: runtime.platform,
    defaultUserId: org.adminUserId,
    system: runtime.system,
    snapshot: () => org.snapshot(),
    restore: (snapshot) => org.restore(snapshot as ReturnType<typeof org.snapshot>),
  };
}

export const loadProjectWithoutOrg: ProjectLoader = (projectDir) => {
  const org = noOrgTestOrg();
  const natives = noOrgNatives();
  return { program: loadProgram(projectSources(projectDir), org.platform, natives), org, natives };
};
