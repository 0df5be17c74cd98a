/**
 * `npm run org:create [-- --alias securesend --target-dev-hub <alias> --days 7]`: a demo-ready
 * scratch org, step by step:
 *
 *   1. a scratch org from config/project-scratch-def.json (needs an authorized Dev Hub; offline, or
 *      with none, this stops at once and says how to authorize one);
 *   2. the package (force-app) built and deployed;
 *   3. unpackaged/ deployed: the sample Case record page (highlights with Send Securely, the PHI
 *      warning banner, the secure message history), made the org default Case page. It is not
 *      part of the package (sfdx-project.json gives that directory no `package`);
 *   4. the four persona permission sets of config/permission-matrix.json assigned to the scratch
 *      org's user, so one user can try every screen;
 *   5. the synthetic sample data of data/ (Contacts, Cases whose text holds fake PHI, a case
 *      comment) imported, and a synthetic file attached to a Case by data/sample-files.apex
 *      (tree import cannot load ContentVersion).
 *
 * Then, by hand (printed at the end): the gateway URL on the SecureSend_Gateway Named Credential
 * and the API key on the SecureSend_Gateway External Credential's Org principal.
 */
import { runMain } from '../lib/diagnostics.ts';
import { repoRoot } from '../lib/project.ts';
import { loadApprovedMatrix } from '../permissions/approved.ts';
import { deployTo } from './deploy.ts';
import { option, requireAuthorizedOrg, sfInteractive } from './sf.ts';

void runMain(async () => {
  const devHub = requireAuthorizedOrg('target-dev-hub', option('target-dev-hub'));
  const alias = option('alias') ?? 'securesend';
  const days = option('days') ?? '7';
  const personas = loadApprovedMatrix(repoRoot).personas.map((persona) => persona.name);

  sfInteractive(
    [
      'org',
      'create',
      'scratch',
      '--definition-file',
      'config/project-scratch-def.json',
      '--target-dev-hub',
      devHub,
      '--alias',
      alias,
      '--set-default',
      '--duration-days',
      days,
      '--wait',
      '20',
    ],
    25 * 60_000,
  );
  await deployTo(alias);
  sfInteractive(
    [
      'project',
      'deploy',
      'start',
      '--source-dir',
      'unpackaged',
      '--target-org',
      alias,
      '--wait',
      '30',
    ],
    35 * 60_000,
  );
  sfInteractive(
    [
      'org',
      'assign',
      'permset',
      '--target-org',
      alias,
      ...personas.flatMap((name) => ['--name', name]),
    ],
    10 * 60_000,
  );
  sfInteractive(
    ['data', 'import', 'tree', '--target-org', alias, '--plan', 'data/sample-data-plan.json'],
    10 * 60_000,
  );
  sfInteractive(
    ['apex', 'run', '--target-org', alias, '--file', 'data/sample-files.apex'],
    10 * 60_000,
  );
  console.log(
    [
      `Scratch org "${alias}" is ready: npx sf org open --target-org ${alias}`,
      'To send for real, connect a gateway that Salesforce can reach over HTTPS:',
      '  1. On the gateway host: npm run gateway -- tenant create --id <00D org id> --name <name>, then',
      '     npm run gateway -- credential issue --tenant <00D org id> --scopes send,read-status,read-content',
      '     (it prints the API key once).',
      '  2. Setup > Named Credentials > SecureSend_Gateway: set the URL (it ships as https://gateway.example.invalid).',
      '  3. Setup > Named Credentials > External Credentials > SecureSend_Gateway > Principals > Org:',
      '     add the authentication parameter ApiKey with that key.',
      '  4. App Launcher > SecureSend Setup: run the connection test, then schedule the status sync.',
      'Open a sample Case (e.g. "Question about a denied claim") to see the PHI banner, Send Securely and the history.',
    ].join('\n'),
  );
});
