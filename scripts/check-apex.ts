/**
 * `npm run check:apex`: Apex syntax, -meta.xml files and SOQL fields (from the parse tree), the
 * generated gateway classes against the OpenAPI contract (drift), the apex-ls semantic check and
 * PMD 7 rules (both in Java, run side by side). Any finding fails.
 * Usage: tsx scripts/check-apex.ts [projectRoot]
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runApexLs } from './apex-checks/apex-ls.ts';
import { runPmd } from './apex-checks/pmd.ts';
import { checkMetaFiles, checkSoql, checkSyntax } from './apex-checks/source-rules.ts';
import { checkGeneratedApex } from './apex-gen/drift.ts';
import { reportGate, runMain, type Diagnostic } from './lib/diagnostics.ts';
import { jdkCommand } from './lib/java.ts';
import { repoRoot } from './lib/project.ts';
import { loadApexProject } from './lwc-types/apex-project.ts';

export interface ApexCheckOptions {
  /** Run PMD (the fixture tests of the other checks skip it to save a JVM start). */
  pmd?: boolean;
  /** Run apex-ls. */
  apexLs?: boolean;
}

export async function checkApex(
  root: string,
  options: ApexCheckOptions = {},
): Promise<Diagnostic[]> {
  jdkCommand('java'); // fail first, and clearly, when there is no JDK
  const javaChecks = Promise.all([
    options.apexLs === false ? [] : runApexLs(root),
    options.pmd === false ? [] : runPmd(root),
  ]);
  const project = loadApexProject(root);
  const local = [
    ...checkSyntax(project),
    ...checkMetaFiles(project),
    ...checkSoql(project),
    // GatewayApi(Test).cls must be what `npm run generate:apex` writes from the OpenAPI contract.
    ...(await checkGeneratedApex(root)),
  ];
  const [apexLs, pmd] = await javaChecks;
  // apex-ls reports the syntax errors our parser already reported: say each once.
  const seen = new Set(
    local.map((finding) => `${finding.file}:${finding.line}:${finding.message}`),
  );
  const semantic = apexLs.filter(
    (finding) => !seen.has(`${finding.file}:${finding.line}:${finding.message}`),
  );
  return [...local, ...semantic, ...pmd];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  void runMain(async () => {
    const started = Date.now();
    const root = resolve(process.argv[2] ?? repoRoot);
    reportGate('check:apex', await checkApex(root), started);
  });
}
