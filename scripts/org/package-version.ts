/**
 * `npm run package:version [-- --target-dev-hub <alias>]`: a new managed package version of
 * SecureSend (sfdx-project.json's package), with code coverage computed so it can be promoted.
 * Needs a Dev Hub linked to the `ssend` namespace and the package created once with
 * `npx sf package create --name SecureSend --package-type Managed --path force-app`.
 */
import { runMain, ToolingError } from '../lib/diagnostics.ts';
import { readSfdxProject } from '../lib/project.ts';
import { buildProject } from '../build.ts';
import { option, requireAuthorizedOrg, sfInteractive } from './sf.ts';

void runMain(async () => {
  const devHub = requireAuthorizedOrg('target-dev-hub', option('target-dev-hub'));
  const project = readSfdxProject() as ReturnType<typeof readSfdxProject> & {
    packageAliases?: Record<string, string>;
  };
  if (!project.packageAliases?.SecureSend) {
    throw new ToolingError(
      'sfdx-project.json has no package alias "SecureSend" yet. Create the package once with ' +
        '`npx sf package create --name SecureSend --package-type Managed --path force-app --target-dev-hub ' +
        `${devHub}\` and commit the alias it adds.`,
    );
  }
  await buildProject();
  sfInteractive(
    [
      'package',
      'version',
      'create',
      '--package',
      'SecureSend',
      '--target-dev-hub',
      devHub,
      '--installation-key-bypass',
      '--code-coverage',
      '--wait',
      '60',
    ],
    65 * 60_000,
  );
});
