/**
 * Runs an npm script in every workspace package that has it (`npm run --workspaces` fails when
 * packages/ is still empty, and runs them in an order we do not control).
 * Usage: tsx scripts/workspaces.ts <script>
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './lib/project.ts';

interface PackageJson {
  name: string;
  scripts?: Record<string, string>;
}

/** Workspace packages (packages/<name>/package.json), in name order. */
export function workspacePackages(): { dir: string; manifest: PackageJson }[] {
  const packagesDir = join(repoRoot, 'packages');
  if (!existsSync(packagesDir)) return [];
  return readdirSync(packagesDir)
    .sort()
    .map((name) => join(packagesDir, name))
    .filter((dir) => existsSync(join(dir, 'package.json')))
    .map((dir) => ({
      dir,
      manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageJson,
    }));
}

/**
 * This process's environment without tsx's settings: tsx passes `--tsconfig scripts/tsconfig.json`
 * to child processes as a relative path, which a workspace package's own tsx would resolve
 * inside the package and fail on.
 */
function workspaceEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('TSX_')),
  );
}

export function runInWorkspaces(script: string): boolean {
  const withScript = workspacePackages().filter(({ manifest }) => manifest.scripts?.[script]);
  if (withScript.length === 0) console.log(`no workspace package has a "${script}" script`);
  let ok = true;
  for (const { manifest } of withScript) {
    console.log(`▶ ${manifest.name}: npm run ${script}`);
    const run = spawnSync('npm', ['run', '--silent', script, '--workspace', manifest.name], {
      cwd: repoRoot,
      stdio: 'inherit',
      env: workspaceEnvironment(),
    });
    ok &&= run.status === 0;
  }
  return ok;
}

if (process.argv[1]?.endsWith('workspaces.ts')) {
  const script = process.argv[2];
  if (!script) {
    console.error('usage: tsx scripts/workspaces.ts <script>');
    process.exitCode = 2;
  } else {
    process.exitCode = runInWorkspaces(script) ? 0 : 1;
  }
}
