/**
 * Benchmark of the offline Apex runtime on a project's own tests:
 *
 *   tsx packages/apex-runtime/bench/apex-tests.ts [--project .] [--runs 3] [--class-names A,B] [--tests A.m] [--no-org]
 *
 * Loads the project and its in-memory org once (load time reported apart), runs the selected
 * tests --runs times (the org is restored after each run) and
 * prints the median wall time per test, per class and for the whole run, and the interpreter's
 * throughput in Apex statements per second. A Salesforce org's numbers for the same tests come
 * from `npm run org:test` (sf apex run test); none are available offline to compare with.
 */
import { performance } from 'node:perf_hooks';
import { parseTestArgs, UsageError } from '../src/runner/cli-args.ts';
import { loadProjectWithOrg, loadProjectWithoutOrg } from '../src/runner/project-loader.ts';
import type { TestRunResult } from '../src/runner/results.ts';
import { runTests } from '../src/runner/run-tests.ts';
import { formatTable } from '../src/runner/text-table.ts';

const DEFAULT_RUNS = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}

/** --runs N out of the arguments; the rest are the test command's. */
function splitRuns(argv: string[]): { runs: number; rest: string[] } {
  const index = argv.indexOf('--runs');
  if (index < 0) return { runs: DEFAULT_RUNS, rest: argv };
  const runs = Number(argv[index + 1]);
  if (!Number.isInteger(runs) || runs < 1)
    throw new UsageError('--runs must be a whole number of at least 1');
  return { runs, rest: [...argv.slice(0, index), ...argv.slice(index + 2)] };
}

function main(argv: string[]): void {
  const { runs, rest } = splitRuns(argv);
  const args = parseTestArgs(rest, process.cwd());
  const loadStart = performance.now();
  const { program, org } = (args.withOrg ? loadProjectWithOrg : loadProjectWithoutOrg)(
    args.projectDir,
  );
  const loadMs = performance.now() - loadStart;

  const results: TestRunResult[] = [];
  const wallTimes: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    results.push(
      runTests(program, org, { filter: { classNames: args.classNames, tests: args.tests } }),
    );
    wallTimes.push(performance.now() - start);
  }

  const first = results[0];
  if (!first) return;
  const perTest = first.tests.map((test, index) => ({
    name: test.fullName,
    className: test.className,
    outcome: test.outcome,
    statements: test.usage.statements,
    medianMs: median(results.map((result) => result.tests[index]?.runTimeMs ?? 0)),
  }));
  const perClass = [...new Set(perTest.map((t) => t.className))].map((className) => {
    const tests = perTest.filter((t) => t.className === className);
    return {
      className,
      tests: tests.length,
      medianMs: tests.reduce((sum, t) => sum + t.medianMs, 0),
    };
  });
  const statements = perTest.reduce((sum, t) => sum + t.statements, 0);
  const testMs = perTest.reduce((sum, t) => sum + t.medianMs, 0);

  const print = (text: string): void => void process.stdout.write(`${text}\n`);
  print(
    formatTable(
      perTest,
      [
        { label: 'TEST NAME', value: (t) => t.name },
        { label: 'OUTCOME', value: (t) => t.outcome },
        { label: 'MEDIAN (MS)', value: (t) => t.medianMs.toFixed(2) },
        { label: 'STATEMENTS', value: (t) => String(t.statements) },
      ],
      `Per test, median of ${runs} run${runs === 1 ? '' : 's'}`,
    ),
  );
  print(
    formatTable(
      perClass,
      [
        { label: 'CLASS', value: (c) => c.className },
        { label: 'TESTS', value: (c) => String(c.tests) },
        { label: 'MEDIAN TOTAL (MS)', value: (c) => c.medianMs.toFixed(2) },
      ],
      'Per class',
    ),
  );
  print(
    formatTable(
      [
        ['Project load (parse, lower, org)', `${loadMs.toFixed(0)} ms`],
        ['Runs', String(runs)],
        ['Wall time per run (median)', `${median(wallTimes).toFixed(0)} ms`],
        [
          'Wall time per run (min / max)',
          `${Math.min(...wallTimes).toFixed(0)} / ${Math.max(...wallTimes).toFixed(0)} ms`,
        ],
        ['Tests per run', String(perTest.length)],
        ['Apex statements per run', String(statements)],
        [
          'Statements per second',
          testMs > 0 ? Math.round(statements / (testMs / 1000)).toLocaleString('en-US') : 'n/a',
        ],
        ['Org', org.description],
        [
          'Org comparison',
          'needs `npm run org:test` (sf apex run test on a scratch org); none offline',
        ],
      ],
      [
        { label: 'NAME', value: (row) => row[0] ?? '' },
        { label: 'VALUE', value: (row) => row[1] ?? '' },
      ],
      'Summary',
    ),
  );
}

try {
  main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 2;
}
