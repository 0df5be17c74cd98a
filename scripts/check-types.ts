/**
 * `npm run check:types`: regenerates the LWC->Apex/label/permission declarations from force-app,
 * then type-checks in strict mode: the LWC sources and specs (tsconfig.json), the tooling
 * (scripts/tsconfig.json) and each workspace package's own `typecheck` script.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { formatDiagnostic, runMain, sortDiagnostics } from './lib/diagnostics.ts';
import { repoRoot } from './lib/project.ts';
import { generateLwcTypes } from './generate-lwc-types.ts';
import { runInWorkspaces } from './workspaces.ts';

function tsc(project: string): boolean {
  const run = spawnSync(
    join(repoRoot, 'node_modules', '.bin', 'tsc'),
    ['--project', project, '--noEmit', '--pretty', 'false'],
    {
      cwd: repoRoot,
      stdio: 'inherit',
    },
  );
  return run.status === 0;
}

void runMain(async () => {
  const started = Date.now();
  const generated = generateLwcTypes(repoRoot, join(repoRoot, 'types', 'generated'));
  for (const diagnostic of sortDiagnostics(generated.diagnostics))
    console.error(formatDiagnostic(diagnostic));
  const results = {
    'generated declarations': generated.diagnostics.length === 0,
    'tsc (LWC)': tsc('tsconfig.json'),
    'tsc (scripts)': tsc('scripts/tsconfig.json'),
    'workspace typecheck': runInWorkspaces('typecheck'),
  };
  const failed = Object.entries(results)
    .filter(([, ok]) => !ok)
    .map(([name]) => name);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (failed.length > 0) {
    console.error(`✖ check:types: ${failed.join(', ')} failed (${seconds}s)`);
    process.exitCode = 1;
  } else {
    console.log(`✔ check:types (${generated.summary}; ${seconds}s)`);
  }
});
