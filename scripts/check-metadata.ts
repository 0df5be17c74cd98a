/**
 * `npm run check:metadata`: the package's metadata is well-formed XML, every reference resolves,
 * permission sets stay least-privilege, and `sf project convert source` ships only what should
 * ship. The steps live in scripts/metadata/; this file wires them and reports.
 *
 *   npx tsx --tsconfig scripts/tsconfig.json scripts/check-metadata.ts [project root] [--no-convert]
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Diagnostic, reportGate, runMain, sortDiagnostics } from './lib/diagnostics.ts';
import { repoRoot } from './lib/project.ts';
import { SchemaCatalog } from './lib/sobject-schema.ts';
import type { CheckContext } from './metadata/context.ts';
import { type ConvertOptions, checkConvert } from './metadata/convert-check.ts';
import { auditPermissionSets } from './metadata/permission-audit.ts';
import { loadPolicy } from './metadata/policy.ts';
import { buildProjectIndex } from './metadata/project-index.ts';
import { checkReferences } from './metadata/references.ts';
import { parseProjectXml } from './metadata/xml-wellformed.ts';

export interface CheckMetadataOptions extends ConvertOptions {
  /** Run `sf project convert source` and inspect its output (default true; it takes seconds). */
  convert?: boolean;
}

/** Every finding of the metadata gate for the SFDX project at `root`, sorted. */
export async function checkMetadata(
  root: string,
  options: CheckMetadataOptions = {},
): Promise<Diagnostic[]> {
  const policy = loadPolicy(root);
  const { xml, diagnostics } = parseProjectXml(root);
  const context: CheckContext = {
    root,
    xml,
    index: buildProjectIndex(root, xml),
    schema: new SchemaCatalog(root),
    policy,
  };
  diagnostics.push(...checkReferences(context), ...auditPermissionSets(context));
  if (options.convert !== false) diagnostics.push(...(await checkConvert(context, options)));
  return sortDiagnostics(diagnostics);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  void runMain(async () => {
    const startedAt = Date.now();
    const args = process.argv.slice(2);
    const convert = !args.includes('--no-convert');
    const root = resolve(args.find((arg) => !arg.startsWith('--')) ?? repoRoot);
    reportGate('check:metadata', await checkMetadata(root, { convert }), startedAt);
  });
}
