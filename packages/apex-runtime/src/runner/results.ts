/**
 * What a test run produces: one result per test method (outcome, time, governor usage), the
 * @TestSetup timings, load problems and code coverage. The human and JSON reports, the CLI and
 * the benchmark all read these shapes.
 */

/** ApexTestResult.Outcome values the runner produces (a CompileFail: the method cannot be a test). */
export type TestOutcome = 'Pass' | 'Fail' | 'CompileFail';

/** Governor counters of one test method's transaction(s). */
export interface GovernorUsage {
  soqlQueries: number;
  dmlStatements: number;
  dmlRows: number;
  callouts: number;
  /** Apex statements (and field initialisers) executed. */
  statements: number;
  /** CPU estimate: statements x CPU_MS_PER_STATEMENT (see governed-interpreter.ts). */
  cpuMs: number;
  /**
   * Heap estimate in bytes: the values reachable from class static state at the end of the
   * method (locals are gone by then), sized as heap-estimate.ts documents. A lower bound.
   */
  heapBytes: number;
}

export interface TestFailure {
  /** 'System.AssertException: Assertion Failed: ...', 'unsupported: ...', 'internal error: ...'. */
  message: string;
  /** 'Class.X.y: line N, column 1' lines (Apex exceptions) or a JavaScript stack (internal errors). */
  stackTrace: string | null;
}

export interface TestResult {
  className: string;
  methodName: string;
  /** 'Class.method', as `sf apex run test` prints it. */
  fullName: string;
  outcome: TestOutcome;
  failure: TestFailure | null;
  /** Wall-clock milliseconds of the method (setup excluded), unrounded; reports round. */
  runTimeMs: number;
  usage: GovernorUsage;
}

export interface SetupResult {
  className: string;
  methodName: string;
  fullName: string;
  runTimeMs: number;
  failure: TestFailure | null;
}

export interface LoadProblemReport {
  file: string;
  line: number;
  message: string;
}

/** Coverage of one non-test class (a file: inner classes count toward their top-level class). */
export interface ClassCoverage {
  name: string;
  file: string;
  /** Executable lines, ascending. */
  lines: number[];
  /** Executable lines hit while running tests, ascending. */
  coveredLines: number[];
}

export interface CoverageSummary {
  classes: ClassCoverage[];
  /** Lines over every non-test class of the project. */
  orgWide: { covered: number; total: number };
  /** Lines over the classes the tests of this run touched (at least one line hit). */
  testRun: { covered: number; total: number };
}

export interface TestRunResult {
  tests: TestResult[];
  setups: SetupResult[];
  problems: LoadProblemReport[];
  coverage: CoverageSummary;
  /** Wall-clock milliseconds of the whole run (loading excluded). */
  totalTimeMs: number;
}

export function uncoveredLines(coverage: ClassCoverage): number[] {
  const covered = new Set(coverage.coveredLines);
  return coverage.lines.filter((line) => !covered.has(line));
}

/**
 * Percentages as the Salesforce CLI prints them: rounded to a whole number, '0%' when nothing
 * counts (calculatePercentage in @salesforce/apex-node).
 */
export function percentage(part: number, whole: number): string {
  if (part <= 0 || whole <= 0) return '0%';
  return `${((part / whole) * 100).toFixed()}%`;
}

/** Exact percentage for threshold comparisons (100 when there is nothing to cover). */
export function ratioPercent(part: number, whole: number): number {
  return whole === 0 ? 100 : (part / whole) * 100;
}
