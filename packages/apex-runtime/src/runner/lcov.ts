/**
 * Coverage as an lcov tracefile (the geninfo format: SF, DA, LF, LH, end_of_record), readable by
 * genhtml, editors and CI coverage services. The interpreter records whether a line ran, not how
 * often, so a covered line's hit count is 1.
 */
import type { ClassCoverage } from './results.ts';

export function formatLcov(classes: ClassCoverage[]): string {
  const records = classes.map((coverage) => {
    const covered = new Set(coverage.coveredLines);
    return [
      'TN:',
      `SF:${coverage.file}`,
      ...coverage.lines.map((line) => `DA:${line},${covered.has(line) ? 1 : 0}`),
      `LF:${coverage.lines.length}`,
      `LH:${coverage.coveredLines.length}`,
      'end_of_record',
    ].join('\n');
  });
  return records.length > 0 ? `${records.join('\n')}\n` : '';
}
