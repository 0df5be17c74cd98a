/**
 * Runs the project's pinned Salesforce CLI (node_modules/.bin/sf) for the org scripts, and finds
 * the authorized org a command needs before it starts anything slow. Offline, or with nothing
 * authorized, the scripts stop at once and say what is missing: they never hang or pretend.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ToolingError } from '../lib/diagnostics.ts';
import { repoRoot } from '../lib/project.ts';

const SF_ENV = {
  ...process.env,
  SF_DISABLE_TELEMETRY: 'true',
  SF_AUTOUPDATE_DISABLE: 'true',
  SF_SKIP_NEW_VERSION_CHECK: 'true',
};

interface SfJson<Result> {
  status: number;
  result?: Result;
  message?: string;
  name?: string;
}

function sfBinary(): string {
  const binary = join(repoRoot, 'node_modules', '.bin', 'sf');
  if (!existsSync(binary))
    throw new ToolingError(
      'The Salesforce CLI is not installed: run `npm ci` (it pins @salesforce/cli).',
    );
  return binary;
}

/** Runs `sf <args> --json` and returns its result; a failure becomes a ToolingError with sf's message. */
export function sfJson<Result>(args: string[], timeoutMs: number): Result {
  const run = spawnSync(sfBinary(), [...args, '--json'], {
    cwd: repoRoot,
    env: SF_ENV,
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error)
    throw new ToolingError(`sf ${args.slice(0, 3).join(' ')} did not finish: ${run.error.message}`);
  let parsed: SfJson<Result>;
  try {
    parsed = JSON.parse(run.stdout) as SfJson<Result>;
  } catch {
    throw new ToolingError(
      `sf ${args.slice(0, 3).join(' ')} failed (exit ${run.status}): ${run.stderr.trim()}`,
    );
  }
  if (parsed.status !== 0 || parsed.result === undefined) {
    throw new ToolingError(
      `sf ${args.slice(0, 3).join(' ')} failed: ${parsed.name ?? 'error'}: ${parsed.message ?? run.stderr.trim()}`,
    );
  }
  return parsed.result;
}

/** Runs `sf <args>` with its human output streamed to the terminal; throws on failure. */
export function sfInteractive(args: string[], timeoutMs: number): void {
  console.log(`$ sf ${args.join(' ')}`);
  const run = spawnSync(sfBinary(), args, {
    cwd: repoRoot,
    env: SF_ENV,
    stdio: 'inherit',
    timeout: timeoutMs,
  });
  if (run.error)
    throw new ToolingError(`sf ${args.slice(0, 3).join(' ')} did not finish: ${run.error.message}`);
  if (run.status !== 0)
    throw new ToolingError(`sf ${args.slice(0, 3).join(' ')} failed with exit code ${run.status}`);
}

interface AuthorizedOrg {
  alias?: string;
  username: string;
  isDevHub?: boolean;
}

interface ConfigValue {
  name: string;
  value?: string;
}

/**
 * The username/alias of an authorized org: the one named on the command line, else the project's
 * configured default (target-org or target-dev-hub). Reads only local auth files: no network.
 */
export function requireAuthorizedOrg(
  kind: 'target-org' | 'target-dev-hub',
  requested?: string,
): string {
  const authorized = sfJson<AuthorizedOrg[]>(['org', 'list', 'auth'], 60_000);
  const configured = sfJson<ConfigValue[]>(['config', 'get', kind], 60_000)[0]?.value;
  const wanted = requested ?? configured;
  const what = kind === 'target-dev-hub' ? 'Dev Hub' : 'org';
  const howTo =
    kind === 'target-dev-hub'
      ? 'Authorize one with `npx sf org login web --set-default-dev-hub --alias securesend-devhub` (a Dev Hub-enabled org, e.g. a free Developer Edition), then run this again.'
      : 'Authorize one with `npx sf org login web --set-default --alias <alias>`, create a scratch org with `npm run org:create`, or pass --target-org <alias>.';
  if (!wanted)
    throw new ToolingError(`No ${what} is set for this project and none was given. ${howTo}`);
  const match = authorized.find((org) => org.alias === wanted || org.username === wanted);
  if (!match) {
    const known = authorized.map((org) => org.alias ?? org.username).join(', ') || 'none';
    throw new ToolingError(
      `The ${what} "${wanted}" is not authorized on this machine (authorized: ${known}). ${howTo}`,
    );
  }
  if (kind === 'target-dev-hub' && match.isDevHub === false) {
    throw new ToolingError(`"${wanted}" is authorized but is not a Dev Hub. ${howTo}`);
  }
  return wanted;
}

/** `--name value` from the command line (the org scripts take only a few such options). */
export function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}
