/**
 * One `@salesforce/apex` call as Lightning makes it: an `@AuraEnabled` static method by class and
 * name, parameters by name as JSON, run as a given user in its own transaction (fresh statics
 * and limits; rolled back when it throws), the result serialised as Apex's JSON.serialize does.
 */
import { ApexThrow, exceptionDisplayMessage, type ProjectRuntime } from '@securesend/apex-runtime';
import { discardQueuedJobs, runQueuedJobs } from './async-jobs.ts';
import { apexValueOf, jsonValueOf } from './json-values.ts';

export interface AuraCall {
  /** Apex class, e.g. 'SecureSendController' (case-insensitive, as Apex). */
  classname: string;
  method: string;
  /** Parameters by name, as the component passed them (JSON values). */
  params: Record<string, unknown>;
  /** The running user's Id. */
  userId: string;
}

export type AuraResult =
  | { ok: true; returnValue: unknown }
  | { ok: false; error: { exceptionType: string; message: string } };

/** A request the endpoint refuses before running any Apex (unknown method, bad parameters). */
export class AuraRequestError extends Error {}

function auraMethod(runtime: ProjectRuntime, call: Pick<AuraCall, 'classname' | 'method'>) {
  const cls = runtime.program.registry.classByName(call.classname);
  const decl = cls?.methods
    .get(call.method.toLowerCase())
    ?.find(
      (candidate) =>
        candidate.modifiers.includes('static') &&
        candidate.annotations.some((annotation) => annotation.name === 'auraenabled'),
    );
  if (!cls || !decl) {
    throw new AuraRequestError(`No @AuraEnabled static method ${call.classname}.${call.method}`);
  }
  return { cls, decl };
}

/**
 * What `import m from '@salesforce/apex/<Class>.<method>'` needs to know at build time: whether
 * the method may be wired (cacheable=true), or why it cannot be imported at all.
 */
export function auraMethodFacts(
  runtime: ProjectRuntime,
  classname: string,
  method: string,
): { cacheable: boolean } | string {
  try {
    const { decl } = auraMethod(runtime, { classname, method });
    const aura = decl.annotations.find((annotation) => annotation.name === 'auraenabled');
    return { cacheable: aura?.params['cacheable']?.toLowerCase() === 'true' };
  } catch (error) {
    if (error instanceof AuraRequestError) return error.message;
    throw error;
  }
}

export function callAura(runtime: ProjectRuntime, call: AuraCall): AuraResult {
  const { cls, decl } = auraMethod(runtime, call);
  const { interpreter, session, org } = runtime;
  const unknown = Object.keys(call.params).filter(
    (name) => !decl.params.some((param) => param.name.toLowerCase() === name.toLowerCase()),
  );
  if (unknown.length > 0) {
    throw new AuraRequestError(
      `Unknown parameter(s) for ${cls.name}.${decl.name}: ${unknown.join(', ')}`,
    );
  }
  const before = org.snapshot();
  interpreter.resetStatics();
  session.resetTransaction(call.userId);
  try {
    const args = decl.params.map((param) => {
      const given = Object.entries(call.params).find(
        ([name]) => name.toLowerCase() === param.name.toLowerCase(),
      );
      if (given === undefined) return null;
      return apexValueOf(runtime, given[1], interpreter.resolveType(param.type, cls));
    });
    const value = interpreter.invokeUser(cls, decl, null, args);
    const returnValue = decl.returnType ? jsonValueOf(runtime, value) : null;
    // The transaction committed: what it enqueued runs now, each job in its own transaction.
    runQueuedJobs(runtime);
    return { ok: true, returnValue };
  } catch (error) {
    org.restore(before);
    discardQueuedJobs(runtime);
    if (!(error instanceof ApexThrow)) throw error;
    return {
      ok: false,
      error: {
        exceptionType: error.exception.cls.name,
        message: exceptionDisplayMessage(error.exception),
      },
    };
  }
}
