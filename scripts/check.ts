/**
 * `npm run check`: every static gate, each also runnable alone (`npm run check:<name>`).
 * The LWC build runs first: the metadata gate converts the deployable source, which needs the
 * compiled .js of each component.
 */
import { npmStep, runSteps } from './lib/steps.ts';

const ok = runSteps('npm run check', [
  npmStep('build'),
  npmStep('check:types'),
  npmStep('check:lint'),
  npmStep('check:format'),
  npmStep('check:apex'),
  npmStep('check:metadata'),
]);
process.exitCode = ok ? 0 : 1;
