/**
 * `npm run org:create [-- --alias securesend --target-dev-hub <alias> --days 7]`: a scratch org
 * from config/project-scratch-def.json, the package deployed, every SecureSend permission set
 * assigned to the running user, and the synthetic sample data in data/ loaded.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runMain } from '../lib/diagnostics.ts';
import { repoRoot } from '../lib/project.ts';
import { deployTo } from './deploy.ts';
import { option, requireAuthorizedOrg, sfInteractive } from './sf.ts';

void runMain(async () => {
  const devHub = requireAuthorizedOrg('target-dev-hub', option('target-dev-hub'));
  const alias = option('alias') ?? 'securesend';
  const days = option('days') ?? '7';
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
  const permissionSets = readdirSync(
    join(repoRoot, 'force-app', 'main', 'default', 'permissionsets'),
  )
    .filter((file) => file.endsWith('.permissionset-meta.xml'))
    .map((file) => file.replace('.permissionset-meta.xml', ''));
  sfInteractive(
    [
      'org',
      'assign',
      'permset',
      '--target-org',
      alias,
      ...permissionSets.flatMap((name) => ['--name', name]),
    ],
    10 * 60_000,
  );
  sfInteractive(
    ['data', 'import', 'tree', '--target-org', alias, '--plan', 'data/sample-data-plan.json'],
    10 * 60_000,
  );
  console.log(`Scratch org "${alias}" is ready: npx sf org open --target-org ${alias}`);
});
