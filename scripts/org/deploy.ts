/**
 * `npm run org:deploy [-- --target-org <alias>]`: builds the package (LWC TypeScript to .js) and
 * deploys force-app to an authorized org, waiting up to 30 minutes for Salesforce.
 */
import { pathToFileURL } from 'node:url';
import { runMain } from '../lib/diagnostics.ts';
import { buildProject } from '../build.ts';
import { option, requireAuthorizedOrg, sfInteractive } from './sf.ts';

export async function deployTo(targetOrg: string): Promise<void> {
  await buildProject();
  sfInteractive(
    [
      'project',
      'deploy',
      'start',
      '--source-dir',
      'force-app',
      '--target-org',
      targetOrg,
      '--wait',
      '30',
    ],
    35 * 60_000,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  void runMain(async () => {
    await deployTo(requireAuthorizedOrg('target-org', option('target-org')));
  });
}
