/**
 * Offline, with no org authorized, every org script stops at once and names what is missing:
 * never a hang, never a pretend success. Run with an empty HOME so no real auth is visible.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { repoRoot } from '../../../scripts/lib/project.ts';

const home = mkdtempSync(join(tmpdir(), 'securesend-org-'));
after(() => rmSync(home, { recursive: true, force: true }));

function runOrgScript(script: string): { status: number | null; output: string; seconds: number } {
  const started = Date.now();
  const run = spawnSync(
    join(repoRoot, 'node_modules', '.bin', 'tsx'),
    ['--tsconfig', 'scripts/tsconfig.json', `scripts/org/${script}`],
    {
      cwd: repoRoot,
      env: { ...process.env, HOME: home, SF_USE_GENERIC_UNIX_KEYCHAIN: 'true' },
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  return {
    status: run.status,
    output: `${run.stdout}${run.stderr}`,
    seconds: (Date.now() - started) / 1000,
  };
}

describe('org scripts without an authorized org', () => {
  for (const [script, missing] of [
    ['create-scratch-org.ts', /No Dev Hub is set for this project/],
    ['deploy.ts', /No org is set for this project/],
    ['run-apex-tests.ts', /No org is set for this project/],
    ['package-version.ts', /No Dev Hub is set for this project/],
  ] as const) {
    it(`${script} fails fast and says what is missing`, () => {
      const result = runOrgScript(script);
      assert.equal(result.status, 1, result.output);
      assert.match(result.output, missing);
      assert.match(result.output, /npx sf org login web/);
      assert.ok(result.seconds < 60, `took ${result.seconds}s`);
    });
  }
});
