/**
 * `npm run generate:apex`: writes GatewayApi.cls and GatewayApiTest.cls (with their -meta.xml)
 * in force-app from the gateway's OpenAPI contract, packages/gateway/openapi.yaml. The files are
 * never edited by hand; `npm run check:apex` fails when they drift from the contract.
 * Usage: tsx scripts/generate-apex-gateway.ts [--check] [projectRoot]
 *   --check  write nothing; report the files that are missing or differ (exit 1)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkGeneratedApex } from './apex-gen/drift.ts';
import { generateGatewayApex } from './apex-gen/generate.ts';
import { reportGate, runMain } from './lib/diagnostics.ts';
import { displayPath, repoRoot } from './lib/project.ts';

/** Writes the generated files under `root`; returns the paths that changed. */
export async function writeGatewayApex(root: string): Promise<string[]> {
  const changed: string[] = [];
  for (const file of await generateGatewayApex(root)) {
    const path = join(root, file.path);
    if (existsSync(path) && readFileSync(path, 'utf8') === file.text) continue;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
    changed.push(path);
  }
  return changed;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  void runMain(async () => {
    const started = Date.now();
    const args = process.argv.slice(2);
    const check = args.includes('--check');
    const root = resolve(args.find((arg) => !arg.startsWith('--')) ?? repoRoot);
    if (check) {
      reportGate('generate:apex --check', await checkGeneratedApex(root), started);
      return;
    }
    const changed = await writeGatewayApex(root);
    for (const path of changed) console.log(`wrote ${displayPath(path)}`);
    reportGate(`generate:apex (${changed.length} file(s) changed)`, [], started);
  });
}
