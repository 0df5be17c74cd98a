/**
 * `npm run org:test [-- --target-org <alias>]`: runs the package's Apex tests on a real org with
 * code coverage and fails when a test fails (the offline gates cannot run Apex).
 */
import { runMain } from '../lib/diagnostics.ts';
import { option, requireAuthorizedOrg, sfInteractive } from './sf.ts';

void runMain(async () => {
  const targetOrg = requireAuthorizedOrg('target-org', option('target-org'));
  sfInteractive(
    [
      'apex',
      'run',
      'test',
      '--target-org',
      targetOrg,
      '--test-level',
      'RunLocalTests',
      '--code-coverage',
      '--result-format',
      'human',
      '--output-dir',
      'coverage/apex',
      '--wait',
      '30',
    ],
    35 * 60_000,
  );
});
