/**
 * Whether a run passes: every test passed, every class loaded, and (when a threshold applies)
 * org-wide coverage reaches it. Packaging requires 75% ("Testing Best Practices",
 * https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_testing_best_practices.htm).
 */
import { ratioPercent, type TestRunResult } from './results.ts';

export const DEFAULT_COVERAGE_THRESHOLD = 75;

export interface Verdict {
  passed: boolean;
  /** Why it failed, one sentence each (empty when it passed). */
  reasons: string[];
}

/** `threshold` null: coverage is reported but not enforced (e.g. a filtered run). */
export function judgeRun(result: TestRunResult, threshold: number | null): Verdict {
  const reasons: string[] = [];
  const failed = result.tests.filter((test) => test.outcome !== 'Pass').length;
  if (failed > 0) reasons.push(`${failed} test${failed === 1 ? '' : 's'} failed`);
  const setupsFailed = result.setups.filter((setup) => setup.failure).length;
  if (setupsFailed > 0)
    reasons.push(`${setupsFailed} @TestSetup method${setupsFailed === 1 ? '' : 's'} failed`);
  const problems = result.problems.length;
  if (problems > 0) reasons.push(`${problems} load problem${problems === 1 ? '' : 's'}`);
  if (threshold !== null) {
    const { covered, total } = result.coverage.orgWide;
    const achieved = ratioPercent(covered, total);
    if (achieved < threshold) {
      reasons.push(
        `org-wide coverage ${achieved.toFixed(2)}% is below the ${threshold}% threshold`,
      );
    }
  }
  return { passed: reasons.length === 0, reasons };
}
