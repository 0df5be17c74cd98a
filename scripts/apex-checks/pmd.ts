/**
 * PMD 7 Apex rules (security, best practices, error-prone, performance, ApexDoc) with the
 * checked-in ruleset config/pmd/apex-ruleset.xml. Every violation is a finding.
 */
import { join } from 'node:path';
import type { Diagnostic } from '../lib/diagnostics.ts';
import { ToolingError } from '../lib/diagnostics.ts';
import { pmdJarDirectory, runJava } from '../lib/java.ts';
import { packageDirectories, repoRoot } from '../lib/project.ts';

interface PmdReport {
  files: {
    filename: string;
    violations: { beginline: number; begincolumn: number; description: string; rule: string }[];
  }[];
  processingErrors?: { filename: string; message: string }[];
  configurationErrors?: { rule: string; message: string }[];
}

export const PMD_RULESET = join(repoRoot, 'config', 'pmd', 'apex-ruleset.xml');

export async function runPmd(root: string, ruleset: string = PMD_RULESET): Promise<Diagnostic[]> {
  const run = await runJava(pmdJarDirectory(), 'net.sourceforge.pmd.cli.PmdCli', [
    'check',
    '--dir',
    packageDirectories(root).join(','),
    '--rulesets',
    ruleset,
    '--format',
    'json',
    '--no-cache',
    '--no-progress',
    // Findings are read from the report; exit code 4 ("violations found") is expected.
    '--no-fail-on-violation',
  ]);
  let report: PmdReport;
  try {
    report = JSON.parse(run.stdout) as PmdReport;
  } catch {
    throw new ToolingError(
      `PMD gave no readable report (exit ${run.status}): ${run.stderr.trim()}`,
    );
  }
  const configurationErrors = report.configurationErrors ?? [];
  if (configurationErrors.length > 0) {
    throw new ToolingError(
      `PMD ruleset ${ruleset} is invalid: ${configurationErrors.map((error) => `${error.rule}: ${error.message}`).join('; ')}`,
    );
  }
  return [
    ...report.files.flatMap((file) =>
      file.violations.map((violation) => ({
        file: file.filename,
        line: violation.beginline,
        column: violation.begincolumn,
        message: violation.description,
        rule: `pmd:${violation.rule}`,
      })),
    ),
    ...(report.processingErrors ?? []).map((error) => ({
      file: error.filename,
      message: `PMD could not analyse this file: ${error.message.split('\n')[0] ?? ''}`,
      rule: 'pmd:processing-error',
    })),
  ];
}
