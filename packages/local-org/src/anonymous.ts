/**
 * Anonymous Apex (a script such as data/sample-files.apex) run as a user: the statements become
 * the body of a static method of a throw-away class, which runs in its own transaction.
 */
import { ApexThrow, exceptionDisplayMessage, type ProjectRuntime } from '@securesend/apex-runtime';
import { addApexClass } from './apex-classes.ts';

const WRAPPER = 'LocalOrgAnonymousApex';

export function runAnonymous(runtime: ProjectRuntime, source: string, userId: string): void {
  // One line of wrapper before the script, so reported lines are the script's plus one.
  const wrapped = `public class ${WRAPPER} { public static void run() {\n${source}\n} }`;
  const cls = addApexClass(runtime, 'anonymous.apex', wrapped, 1);
  runtime.interpreter.resetStatics();
  runtime.session.resetTransaction(userId);
  try {
    runtime.interpreter.callStatic(cls, 'run', []);
  } catch (error) {
    if (error instanceof ApexThrow) {
      throw new Error(
        `Anonymous Apex failed: ${error.exception.cls.name}: ${exceptionDisplayMessage(error.exception)}`,
      );
    }
    throw error;
  }
}
