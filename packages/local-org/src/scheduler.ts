/**
 * The Apex scheduler of the local org, on a compressed clock: each tick fires the next job
 * System.schedule scheduled (in turn, oldest first), as if time had moved on to that job's next
 * fire time. The package's default sync cadence is four hourly triggers (minutes 0, 15, 30, 45);
 * here each tick fires one of them, so the sync runs once per tick instead of every 15 minutes.
 * A fired job runs as the user who scheduled it, then what it enqueued runs (async-jobs.ts).
 */
import type { ProjectRuntime } from '@securesend/apex-runtime';
import { runQueuedJobs, type JobOutcome } from './async-jobs.ts';

export interface SchedulerTick {
  /** The CronJobDetail name of the job fired, or null when nothing is scheduled. */
  fired: string | null;
  /** The scheduled job, then each job it enqueued. */
  outcomes: JobOutcome[];
}

export class LocalScheduler {
  private turn = 0;

  constructor(private readonly runtime: ProjectRuntime) {}

  /** How many jobs are scheduled (their CronTrigger exists). */
  scheduledCount(): number {
    return this.runtime.system.scheduledJobs().length;
  }

  tick(): SchedulerTick {
    const jobs = this.runtime.system.scheduledJobs();
    if (jobs.length === 0) return { fired: null, outcomes: [] };
    const next = jobs[this.turn % jobs.length];
    this.turn += 1;
    if (!next) return { fired: null, outcomes: [] };
    const { runtime } = this;
    runtime.system.triggerFired(next.job.jobId, runtime.org.now());
    // A fresh transaction context; the job itself switches to the user who scheduled it.
    runtime.session.resetTransaction(runtime.org.adminUserId);
    runtime.session.test.queuedJobs.push(next.job);
    return { fired: next.name, outcomes: runQueuedJobs(runtime) };
  }
}
