/**
 * The template half of `check:lint` (ESLint does not read LWC HTML): raw HTML injection in a
 * template (`lwc:dom="manual"`, `lwc:inner-html`) needs a security review recorded right above it
 * as `<!-- security-reviewed: <why this cannot carry PHI or script> -->`.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { reportGate, runMain, type Diagnostic } from './lib/diagnostics.ts';
import { listSourceFiles, repoRoot } from './lib/project.ts';

const RAW_HTML = /lwc:dom\s*=\s*["']manual["']|lwc:inner-html/;
const REVIEW = /<!--\s*security-reviewed:\s*\S.*-->/;

export function lintTemplate(file: string, source: string): Diagnostic[] {
  const lines = source.split('\n');
  const findings: Diagnostic[] = [];
  lines.forEach((line, index) => {
    const match = RAW_HTML.exec(line);
    if (!match) return;
    const above = lines.slice(Math.max(0, index - 3), index).join('\n');
    if (REVIEW.test(above)) return;
    findings.push({
      file,
      line: index + 1,
      column: match.index + 1,
      rule: 'lwc-raw-html',
      message: `${match[0]} injects raw HTML: add <!-- security-reviewed: reason --> right above it after a security review`,
    });
  });
  return findings;
}

export function lintTemplates(root: string): Diagnostic[] {
  return listSourceFiles(root, (path) => /[/\\]lwc[/\\].*\.html$/.test(path)).flatMap((file) =>
    lintTemplate(file, readFileSync(file, 'utf8')),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  void runMain(async () => {
    const started = Date.now();
    reportGate('LWC templates (raw HTML review)', lintTemplates(repoRoot), started);
  });
}
