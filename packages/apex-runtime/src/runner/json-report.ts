/**
 * The machine-readable result (`--json out.json`), shaped like the `result` of
 * `sf apex run test --json --code-coverage` (@salesforce/plugin-apex's JsonReporter) so tools that
 * read one can read the other, plus what an org does not report: per-test governor usage, setup
 * failures, load problems and the verdict. Org-only fields (Ids, hostname, username) are absent.
 */
import { percentage, type TestRunResult } from './results.ts';
import type { Verdict } from './verdict.ts';

export function toJsonReport(
  result: TestRunResult,
  verdict: Verdict,
  threshold: number | null,
): unknown {
  const ran = result.tests.length;
  const passing = result.tests.filter((t) => t.outcome === 'Pass').length;
  const executionMs = Math.round(result.tests.reduce((sum, t) => sum + t.runTimeMs, 0));
  const setupMs = Math.round(result.setups.reduce((sum, s) => sum + s.runTimeMs, 0));
  const { orgWide, testRun, classes } = result.coverage;
  return {
    summary: {
      outcome: verdict.passed ? 'Passed' : 'Failed',
      testsRan: ran,
      passing,
      failing: ran - passing,
      skipped: 0,
      passRate: percentage(passing, ran),
      failRate: percentage(ran - passing, ran),
      testSetupTime: `${setupMs} ms`,
      testExecutionTime: `${executionMs} ms`,
      testTotalTime: `${setupMs + executionMs} ms`,
      commandTime: `${Math.round(result.totalTimeMs)} ms`,
      orgWideCoverage: percentage(orgWide.covered, orgWide.total),
      testRunCoverage: percentage(testRun.covered, testRun.total),
      coverageThreshold: threshold,
      failedBecause: verdict.reasons,
    },
    tests: result.tests.map((test) => ({
      MethodName: test.methodName,
      Outcome: test.outcome,
      ApexClass: { Name: test.className },
      RunTime: Math.round(test.runTimeMs),
      FullName: test.fullName,
      Message: test.failure?.message ?? null,
      StackTrace: test.failure?.stackTrace ?? null,
      Governor: test.usage,
    })),
    setups: result.setups.map((setup) => ({
      FullName: setup.fullName,
      SetupTime: Math.round(setup.runTimeMs),
      Message: setup.failure?.message ?? null,
      StackTrace: setup.failure?.stackTrace ?? null,
    })),
    problems: result.problems,
    coverage: {
      coverage: classes.map((c) => {
        const covered = new Set(c.coveredLines);
        return {
          name: c.name,
          file: c.file,
          totalLines: c.lines.length,
          lines: Object.fromEntries(c.lines.map((line) => [line, covered.has(line) ? 1 : 0])),
          totalCovered: c.coveredLines.length,
          coveredPercent:
            c.lines.length === 0 ? 0 : Math.round((c.coveredLines.length / c.lines.length) * 100),
        };
      }),
      summary: {
        totalLines: orgWide.total,
        coveredLines: orgWide.covered,
        orgWideCoverage: percentage(orgWide.covered, orgWide.total),
        testRunCoverage: percentage(testRun.covered, testRun.total),
      },
    },
  };
}
