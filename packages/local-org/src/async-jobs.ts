/**
 * Async Apex in the local org: what a transaction enqueued (System.enqueueJob, e.g. the status
 * sync's "run now") runs after that transaction commits, each job in its own transaction with
 * fresh statics; a failing job's DML is rolled back and its AsyncApexJob marked Failed, as the
 * platform does (a failure of the runtime itself is reported the same way, labelled as such). Jobs a job enqueues (chaining) run next, up to MAX_JOBS_PER_DRAIN.
 */
import { ApexThrow, exceptionDisplayMessage, type ProjectRuntime } from '@securesend/apex-runtime';

/** Guards against a job that re-enqueues itself forever. */
const MAX_JOBS_PER_DRAIN = 50;

export interface JobOutcome {
  jobId: string;
  kind: 'Queueable' | 'ScheduledApex';
  ok: boolean;
  /** The uncaught exception's type and message, for a failed job. */
  error?: string;
}

export function runQueuedJobs(runtime: ProjectRuntime): JobOutcome[] {
  const queue = runtime.session.test.queuedJobs;
  const outcomes: JobOutcome[] = [];
  while (queue.length > 0 && outcomes.length < MAX_JOBS_PER_DRAIN) {
    const job = queue.shift();
    if (!job) break;
    const before = runtime.org.snapshot();
    runtime.interpreter.resetStatics();
    try {
      job.run();
      outcomes.push({ jobId: job.jobId, kind: job.kind, ok: true });
    } catch (error) {
      runtime.org.restore(before);
      if (job.kind === 'Queueable') runtime.system.updateAsyncJob(job.jobId, 'Failed');
      outcomes.push({ jobId: job.jobId, kind: job.kind, ok: false, error: failureOf(error) });
    }
  }
  return outcomes;
}

/**
 * An uncaught Apex exception as the platform reports it; anything else is the runtime's own
 * failure (an unsupported construct), reported as such rather than thrown, so the jobs around
 * it keep their outcomes.
 */
function failureOf(error: unknown): string {
  if (error instanceof ApexThrow) {
    return `${error.exception.cls.name}: ${exceptionDisplayMessage(error.exception)}`;
  }
  return `local org: ${error instanceof Error ? error.message : String(error)}`;
}

/** Forgets jobs a rolled-back transaction enqueued: they never run. */
export function discardQueuedJobs(runtime: ProjectRuntime): void {
  runtime.session.test.queuedJobs.length = 0;
}
