/**
 * Apex semantic check with apex-ls (`CheckForIssues`): unknown types, methods, fields, wrong
 * argument types; what a deploy's compile would reject. It reads the workspace's
 * sfdx-project.json and metadata, so custom objects and fields are known.
 */
import type { Diagnostic } from '../lib/diagnostics.ts';
import { ToolingError } from '../lib/diagnostics.ts';
import { apexLsJarDirectory, runJava } from '../lib/java.ts';

interface ApexLsReport {
  files: {
    path: string;
    messages: { start: { line: number; offset: number }; category: string; message: string }[];
  }[];
}

export async function runApexLs(root: string): Promise<Diagnostic[]> {
  const run = await runJava(apexLsJarDirectory(), 'io.github.apexdevtools.apexls.CheckForIssues', [
    '--workspace',
    root,
    '--nocache',
    '--format',
    'json',
    '--detail',
    'errors',
  ]);
  const json = run.stdout.slice(run.stdout.indexOf('{'));
  let report: ApexLsReport;
  try {
    report = JSON.parse(json) as ApexLsReport;
  } catch {
    throw new ToolingError(
      `apex-ls gave no readable report (exit ${run.status}): ${run.stderr.trim() || run.stdout.trim()}`,
    );
  }
  return report.files.flatMap((file) =>
    file.messages.map((message) => ({
      file: file.path,
      line: message.start.line,
      column: message.start.offset + 1,
      message: message.message,
      rule: `apex-ls:${message.category}`,
    })),
  );
}
