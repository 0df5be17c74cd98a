/**
 * `cli.ts test`: loads the project's Apex and its org (injected), runs its tests, prints the
 * human report, writes lcov (and the JSON result when asked) and returns the exit code: 0 when
 * the run passed, 1 otherwise.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { TestCommandArgs } from './cli-args.ts';
import { formatHumanReport } from './human-report.ts';
import { toJsonReport } from './json-report.ts';
import { formatLcov } from './lcov.ts';
import type { ProjectLoader } from './project-loader.ts';
import type { TestRunResult } from './results.ts';
import { runTests } from './run-tests.ts';
import { judgeRun } from './verdict.ts';

export interface TestCommandOutput {
  exitCode: number;
  result: TestRunResult;
}

function writeFile(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

export function runTestCommand(
  args: TestCommandArgs,
  loadProject: ProjectLoader,
  print: (text: string) => void,
): TestCommandOutput {
  const { program, org } = loadProject(args.projectDir);
  const result = runTests(program, org, {
    filter: { classNames: args.classNames, tests: args.tests },
  });
  const verdict = judgeRun(result, args.threshold);
  print(formatHumanReport(result, { verdict, threshold: args.threshold, org: org.description }));
  const lcovFile = join(args.coverageDir, 'lcov.info');
  writeFile(lcovFile, formatLcov(result.coverage.classes));
  print(`Coverage written to ${lcovFile}`);
  if (args.jsonFile) {
    writeFile(
      args.jsonFile,
      `${JSON.stringify(toJsonReport(result, verdict, args.threshold), null, 2)}\n`,
    );
    print(`Test result written to ${args.jsonFile}`);
  }
  return { exitCode: verdict.passed ? 0 : 1, result };
}
