/**
 * `npm run build`: everything a deploy needs, from source.
 * 1. the LWC declarations generated from Apex and metadata (types/generated),
 * 2. each workspace package's own `build` script (so packages/phi-detect/dist exists),
 * 3. packages/phi-detect bundled into the LWC module c/phiScanner (scripts/bundle-phi-scanner.ts),
 * 4. each component's TypeScript compiled to .js in place, and every bundle's .js (phiScanner's
 *    too) verified by the LWC compiler.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildLwc } from './build-lwc.ts';
import { bundlePhiScanner } from './bundle-phi-scanner.ts';
import { generateLwcTypes } from './generate-lwc-types.ts';
import { reportGate, runMain, ToolingError } from './lib/diagnostics.ts';
import { repoRoot } from './lib/project.ts';
import { runInWorkspaces } from './workspaces.ts';

export async function buildProject(): Promise<void> {
  const started = Date.now();
  const generated = generateLwcTypes(repoRoot, join(repoRoot, 'types', 'generated'));
  if (!reportGate(`generate:types (${generated.summary})`, generated.diagnostics, started)) {
    throw new ToolingError('build stopped: the generated LWC declarations have problems (above)');
  }
  if (!runInWorkspaces('build'))
    throw new ToolingError('build stopped: a workspace package failed to build (above)');
  const phi = await bundlePhiScanner({ root: repoRoot });
  if (!reportGate(`bundle:phiScanner (${phi.summary})`, [...phi.diagnostics], started)) {
    throw new ToolingError('build stopped: packages/phi-detect cannot become c/phiScanner (above)');
  }
  const lwc = await buildLwc({ root: repoRoot });
  const lwcSummary = `build:lwc (${lwc.bundles.length} bundle(s), ${lwc.emitted.length} .js emitted)`;
  if (!reportGate(lwcSummary, [...lwc.diagnostics], started)) {
    throw new ToolingError('build stopped: the Lightning web components do not compile (above)');
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  void runMain(buildProject);
}
