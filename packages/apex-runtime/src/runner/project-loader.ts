/**
 * Loading a project for a test run: its Apex program together with the org the tests run
 * against. `loadProjectWithOrg` is the in-memory org built from the project's metadata
 * (src/platform/project-runtime.ts); `loadProjectWithoutOrg` runs the same Apex with no org,
 * where every SOQL query and DML statement fails as unsupported.
 */
import { createProjectRuntime, projectSources } from '../platform/project-runtime.ts';
import { loadProgram, type LoadedProgram } from '../program.ts';
import { noOrgNatives, noOrgTestOrg, type TestOrg } from './test-org.ts';

export interface LoadedProject {
  program: LoadedProgram;
  org: TestOrg;
}

export type ProjectLoader = (projectDir: string) => LoadedProject;

export const loadProjectWithOrg: ProjectLoader = (projectDir) => {
  const runtime = createProjectRuntime(projectDir);
  const { org } = runtime;
  return {
    program: runtime.program,
    org: {
      description: `in-memory org from ${projectDir} (tests run as its admin user)`,
      platform: runtime.platform,
      defaultUserId: org.adminUserId,
      system: runtime.system,
      snapshot: () => org.snapshot(),
      restore: (snapshot) => org.restore(snapshot as ReturnType<typeof org.snapshot>),
    },
  };
};

export const loadProjectWithoutOrg: ProjectLoader = (projectDir) => {
  const org = noOrgTestOrg();
  return { program: loadProgram(projectSources(projectDir), org.platform, noOrgNatives()), org };
};
