/**
 * State the System natives keep per running program, beside RuntimeServices: whether the code
 * runs inside an async job (System.isQueueable, async governor limits), the counters saved by
 * Test.startTest for Test.stopTest to restore, and aborted job Ids. Keyed weakly by the
 * RuntimeServices object so it lives exactly as long as the program's services.
 */
import type { GovernorCounters, RuntimeServices } from '../../natives.ts';
import type { AsyncJobType } from './services.ts';

export interface AsyncContext {
  jobType: AsyncJobType;
  jobId: string;
}

export interface ExecutionState {
  /** The async job whose execute() is running, or null in a synchronous transaction. */
  asyncJob: AsyncContext | null;
  /** The counters object in force before Test.startTest, put back by Test.stopTest. */
  countersBeforeStartTest: GovernorCounters | null;
  /** System.abortJob'd job and trigger Ids: their queued runs do nothing. */
  readonly abortedJobIds: Set<string>;
}

const states = new WeakMap<RuntimeServices, ExecutionState>();

export function executionState(runtime: RuntimeServices): ExecutionState {
  let state = states.get(runtime);
  if (!state) {
    state = { asyncJob: null, countersBeforeStartTest: null, abortedJobIds: new Set() };
    states.set(runtime, state);
  }
  return state;
}

export function zeroCounters(): GovernorCounters {
  return {
    soqlQueries: 0,
    queryRows: 0,
    dmlStatements: 0,
    dmlRows: 0,
    callouts: 0,
    queueableJobs: 0,
    futureCalls: 0,
    cpuTime: 0,
    heapSize: 0,
  };
}

/**
 * Puts a new counters object in force and returns the one it replaces. A new transaction
 * context (Test.startTest, an async job) gets a new object rather than zeroed fields: the test
 * runner's GovernedInterpreter restarts the CPU budget when the object changes and sums usage over
 * every object a transaction used. RuntimeServices declares `limits` readonly for natives that
 * only count; this is the one place that replaces it.
 */
export function swapCounters(runtime: RuntimeServices, next: GovernorCounters): GovernorCounters {
  const writable = runtime as { limits: GovernorCounters };
  const previous = writable.limits;
  writable.limits = next;
  return previous;
}
