/**
 * The run as `sf apex run test --result-format human --code-coverage` prints it (sections and
 * labels of @salesforce/apex-node's HumanReporter): Test Results, Apex Code Coverage by Class,
 * Test Setup Time, Test Summary. Added for the offline runtime: load problems first, per-test
 * governor columns, and the verdict with the coverage threshold.
 */
import type { Verdict } from './verdict.ts';
import { formatTable } from './text-table.ts';
import {
  percentage,
  uncoveredLines,
  type ClassCoverage,
  type LoadProblemReport,
  type SetupResult,
  type TestResult,
  type TestRunResult,
} from './results.ts';

/** The CLI lists at most this many uncovered lines per class, then '...'. */
const UNCOVERED_LINES_SHOWN = 5;

function failureText(test: { failure: TestResult['failure'] }): string {
  const failure = test.failure;
  if (!failure) return '';
  return failure.stackTrace ? `${failure.message}\n${failure.stackTrace}` : failure.message;
}

function testResultsTable(tests: TestResult[]): string {
  if (tests.length === 0) return '';
  return formatTable(
    tests,
    [
      { label: 'TEST NAME', value: (t) => t.fullName },
      { label: 'OUTCOME', value: (t) => t.outcome },
      { label: 'MESSAGE', value: failureText },
      // The CLI leaves a failed test's runtime empty.
      {
        label: 'RUNTIME (MS)',
        value: (t) => (t.outcome === 'Fail' ? '' : String(Math.round(t.runTimeMs))),
      },
      { label: 'SOQL', value: (t) => String(t.usage.soqlQueries) },
      { label: 'DML', value: (t) => String(t.usage.dmlStatements) },
      { label: 'DML ROWS', value: (t) => String(t.usage.dmlRows) },
      { label: 'CALLOUTS', value: (t) => String(t.usage.callouts) },
      { label: 'CPU (MS, EST.)', value: (t) => String(t.usage.cpuMs) },
      { label: 'HEAP (B, EST.)', value: (t) => String(t.usage.heapBytes) },
    ],
    'Test Results',
  );
}

function formatUncovered(coverage: ClassCoverage): string {
  const lines = uncoveredLines(coverage);
  const shown = lines.slice(0, UNCOVERED_LINES_SHOWN).map(String);
  return [...shown, ...(lines.length > UNCOVERED_LINES_SHOWN ? ['...'] : [])].join(',');
}

function coverageTable(classes: ClassCoverage[]): string {
  return formatTable(
    classes,
    [
      { label: 'CLASSES', value: (c) => c.name },
      { label: 'PERCENT', value: (c) => percentage(c.coveredLines.length, c.lines.length) },
      { label: 'UNCOVERED LINES', value: formatUncovered },
    ],
    'Apex Code Coverage by Class',
  );
}

function setupTable(setups: SetupResult[]): string {
  if (setups.length === 0) return '';
  return formatTable(
    setups,
    [
      { label: 'TEST SETUP METHOD NAME', value: (s) => s.fullName },
      { label: 'SETUP TIME', value: (s) => String(Math.round(s.runTimeMs)) },
      { label: 'MESSAGE', value: failureText },
    ],
    'Test Setup Time by Test Class',
  );
}

function problemsTable(problems: LoadProblemReport[]): string {
  if (problems.length === 0) return '';
  return formatTable(
    problems,
    [
      { label: 'FILE', value: (p) => p.file },
      { label: 'LINE', value: (p) => String(p.line) },
      { label: 'PROBLEM', value: (p) => p.message },
    ],
    'Load Problems',
  );
}

/** What the report says about the run besides the results. */
export interface ReportContext {
  verdict: Verdict;
  /** The enforced org-wide coverage threshold (percent), or null. */
  threshold: number | null;
  /** Which org the tests ran against (TestOrg.description). */
  org: string;
}

function summaryTable(result: TestRunResult, { verdict, threshold, org }: ReportContext): string {
  const ran = result.tests.length;
  const passing = result.tests.filter((t) => t.outcome === 'Pass').length;
  const executionMs = Math.round(result.tests.reduce((sum, t) => sum + t.runTimeMs, 0));
  const setupMs = Math.round(result.setups.reduce((sum, s) => sum + s.runTimeMs, 0));
  const { orgWide, testRun } = result.coverage;
  const rows: [string, string][] = [
    ['Outcome', verdict.passed ? 'Passed' : 'Failed'],
    ['Tests Ran', String(ran)],
    ['Pass Rate', percentage(passing, ran)],
    ['Fail Rate', percentage(ran - passing, ran)],
    ['Skip Rate', '0%'],
    ['Test Setup Time', `${setupMs} ms`],
    ['Test Execution Time', `${executionMs} ms`],
    ['Test Total Time', `${setupMs + executionMs} ms`],
    ['Test Run Coverage', percentage(testRun.covered, testRun.total)],
    ['Org Wide Coverage', percentage(orgWide.covered, orgWide.total)],
    ['Coverage Threshold', threshold === null ? 'not enforced' : `${threshold}%`],
    ['Org', org],
  ];
  if (!verdict.passed) rows.push(['Failed Because', verdict.reasons.join('; ')]);
  return formatTable(
    rows,
    [
      { label: 'NAME', value: (row) => row[0] },
      { label: 'VALUE', value: (row) => row[1] },
    ],
    'Test Summary',
  );
}

export function formatHumanReport(result: TestRunResult, context: ReportContext): string {
  return [
    problemsTable(result.problems),
    testResultsTable(result.tests),
    coverageTable(result.coverage.classes),
    setupTable(result.setups),
    summaryTable(result, context),
  ]
    .filter((section) => section !== '')
    .join('\n');
}
