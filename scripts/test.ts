/**
 * `npm test`: the static gates, then every unit test: LWC jest specs (with accessibility
 * assertions and coverage thresholds), the package's Apex tests run offline by
 * packages/apex-runtime (with line coverage and the 75% threshold), the tests of the tooling's
 * own checkers, and the tests of each npm workspace package. Exits non-zero when anything fails.
 */
import { npmStep, runSteps } from './lib/steps.ts';

const ok = runSteps('npm test', [
  npmStep('check'),
  npmStep('test:lwc'),
  npmStep('test:apex'),
  npmStep('test:tooling'),
  npmStep('test:workspaces'),
]);
process.exitCode = ok ? 0 : 1;
