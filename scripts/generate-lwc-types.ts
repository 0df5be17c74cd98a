/**
 * Generates the TypeScript declarations LWC code compiles against: one module per @AuraEnabled
 * Apex method, per Custom Label and per Custom Permission (types/generated, git-ignored).
 * Usage: tsx scripts/generate-lwc-types.ts [projectRoot] [outDir]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { reportGate, runMain, type Diagnostic } from './lib/diagnostics.ts';
import { repoRoot } from './lib/project.ts';
import { generateApexDeclarations } from './lwc-types/apex-declarations.ts';
import { loadApexProject } from './lwc-types/apex-project.ts';
import { generatePlatformDeclarations } from './lwc-types/platform-declarations.ts';

export interface GeneratedTypes {
  diagnostics: Diagnostic[];
  summary: string;
}

function writeIfChanged(file: string, text: string): void {
  if (existsSync(file) && readFileSync(file, 'utf8') === text) return;
  writeFileSync(file, text);
}

export function generateLwcTypes(root: string, outDir: string): GeneratedTypes {
  const project = loadApexProject(root);
  // Syntax errors are check:apex's to report; a broken class just contributes nothing here.
  const apex = generateApexDeclarations(project);
  const platform = generatePlatformDeclarations(root);
  mkdirSync(outDir, { recursive: true });
  writeIfChanged(join(outDir, 'apex.d.ts'), apex.text);
  writeIfChanged(join(outDir, 'labels.d.ts'), platform.labels);
  writeIfChanged(join(outDir, 'custom-permissions.d.ts'), platform.customPermissions);
  return {
    diagnostics: [...apex.diagnostics, ...platform.diagnostics],
    summary: `${apex.methodCount} Apex method(s), ${platform.labelCount} label(s), ${platform.customPermissionCount} custom permission(s)`,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  void runMain(async () => {
    const started = Date.now();
    const root = resolve(process.argv[2] ?? repoRoot);
    const outDir = resolve(process.argv[3] ?? join(repoRoot, 'types', 'generated'));
    const { diagnostics, summary } = generateLwcTypes(root, outDir);
    if (reportGate(`generate:types (${summary})`, diagnostics, started)) return;
  });
}
