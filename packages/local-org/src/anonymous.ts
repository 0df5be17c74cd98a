/**
 * Anonymous Apex (a script such as data/sample-files.apex) run as a user: the statements become
 * the body of a static method of a throw-away class, which runs in its own transaction.
 */
import {
  ApexThrow,
  classInfoOf,
  exceptionDisplayMessage,
  lowerFile,
  type ProjectRuntime,
} from '@securesend/apex-runtime';

const WRAPPER = 'LocalOrgAnonymousApex';

export function runAnonymous(runtime: ProjectRuntime, source: string, userId: string): void {
  // One line of wrapper before the script, so reported lines are the script's plus one.
  const wrapped = `public class ${WRAPPER} { public static void run() {\n${source}\n} }`;
  const lowered = lowerFile('anonymous.apex', wrapped);
  if (!lowered.unit) {
    const problem = lowered.syntaxErrors[0];
    throw new Error(
      `Anonymous Apex does not compile: line ${(problem?.line ?? 2) - 1}: ${problem?.message ?? 'unknown'}`,
    );
  }
  const cls = classInfoOf(lowered.unit.type);
  runtime.program.registry.addUserClass(cls);
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
