/**
 * System.enqueueJob, System.schedule and System.abortJob, and how their jobs run.
 *
 * A job is recorded through the SystemServices hook (AsyncApexJob / CronTrigger rows) and queued
 * on RuntimeServices.test.queuedJobs; Test.stopTest runs the queue. A job runs in its own
 * transaction: fresh governor counters with the asynchronous limits, no pending work, as the user
 * who queued it, with System.isQueueable()/isScheduled() true.
 *
 * Queueable Apex: https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_queueing_jobs.htm
 * Apex Scheduler: https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_scheduler.htm
 */
import type { NativeContext, QueuedJob } from '../../natives.ts';
import { SObjectValue, type ApexInstance, type ApexValue } from '../../values.ts';
import { instanceArg, stringArg } from './arguments.ts';
import { CronError, validateCronExpression } from './cron.ts';
import { executionState, swapCounters, zeroCounters } from './execution-state.ts';
import { currentLimits } from './governor-limits.ts';
import { QueueableContextValue, SchedulableContextValue } from './interfaces.ts';
import { ScheduleConflict, type AsyncJobType } from './services.ts';

export function enqueueJob(ctx: NativeContext, queueable: ApexValue | undefined): string {
  const job = instanceArg(queueable, 'System.enqueueJob');
  const runtime = ctx.runtime;
  const state = executionState(runtime);
  // "You can't chain queueable jobs in an Apex test"; the platform's error for it:
  if (state.asyncJob?.jobType === 'Queueable' && runtime.test.isRunningTest) {
    throw ctx.error('System.AsyncException', 'Maximum stack depth has been reached.');
  }
  const used = runtime.limits.queueableJobs;
  if (used >= currentLimits(runtime).queueableJobs) {
    throw ctx.error(
      'System.LimitException',
      `Too many queueable jobs added to the queue: ${used + 1}`,
    );
  }
  runtime.limits.queueableJobs = used + 1;
  const jobId = runtime.system.recordAsyncJob('Queueable', job.cls.name);
  markPendingWork(ctx);
  runtime.test.queuedJobs.push(
    queuedJob(ctx, 'Queueable', jobId, () => {
      ctx.invoke(job, 'execute', [new QueueableContextValue(jobId)]);
    }),
  );
  return jobId;
}

export function scheduleJob(
  ctx: NativeContext,
  name: ApexValue | undefined,
  cronExpression: ApexValue | undefined,
  schedulable: ApexValue | undefined,
): string {
  const jobName = stringArg(name, 'System.schedule');
  const expression = stringArg(cronExpression, 'System.schedule');
  const job: ApexInstance = instanceArg(schedulable, 'System.schedule');
  try {
    validateCronExpression(expression);
  } catch (error) {
    if (error instanceof CronError) throw ctx.error('System.StringException', error.message);
    throw error;
  }
  let triggerId: string;
  try {
    triggerId = ctx.runtime.system.scheduleJob(jobName, expression, job.cls.name);
  } catch (error) {
    if (error instanceof ScheduleConflict) throw ctx.error('System.AsyncException', error.message);
    throw error;
  }
  markPendingWork(ctx);
  const scheduled = queuedJob(ctx, 'ScheduledApex', triggerId, () => {
    ctx.invoke(job, 'execute', [new SchedulableContextValue(triggerId)]);
  });
  // Tests run a scheduled job only when it was scheduled between Test.startTest and
  // Test.stopTest ("use startTest and stopTest around the System.schedule method"). Outside a
  // test, the host's scheduler (if any) runs it when its trigger fires.
  const test = ctx.runtime.test;
  if (!test.isRunningTest) ctx.runtime.system.keepScheduledJob?.(scheduled);
  else if (test.inStartStop) test.queuedJobs.push(scheduled);
  return triggerId;
}

export function abortJob(ctx: NativeContext, jobId: ApexValue | undefined): void {
  const id = stringArg(jobId, 'System.abortJob');
  ctx.runtime.system.abortJob(id);
  executionState(ctx.runtime).abortedJobIds.add(id);
}

/**
 * Async work and scheduled Apex are pending operations: a callout after them in the same
 * transaction fails ("Callout Limits and Limitations",
 * https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_callouts_timeouts.htm).
 */
function markPendingWork(ctx: NativeContext): void {
  ctx.runtime.uncommittedWork = true;
}

function queuedJob(
  ctx: NativeContext,
  jobType: AsyncJobType,
  jobId: string,
  execute: () => void,
): QueuedJob {
  const runtime = ctx.runtime;
  const submittedBy = runtime.currentUserId();
  return {
    kind: jobType,
    jobId,
    run: () => {
      const state = executionState(runtime);
      if (state.abortedJobIds.has(jobId)) return;
      const saved = { pending: runtime.uncommittedWork, job: state.asyncJob };
      const outerCounters = swapCounters(runtime, zeroCounters());
      runtime.uncommittedWork = false;
      state.asyncJob = { jobType, jobId };
      // Only queueables have an AsyncApexJob row of their own here; a scheduled job's rows are
      // the hook's (SystemServices.scheduleJob).
      const recordStatus = jobType === 'Queueable';
      if (recordStatus) runtime.system.updateAsyncJob(jobId, 'Processing');
      try {
        runAsUser(ctx, submittedBy, execute);
        if (recordStatus) runtime.system.updateAsyncJob(jobId, 'Completed');
      } catch (error) {
        if (recordStatus) runtime.system.updateAsyncJob(jobId, 'Failed');
        throw error;
      } finally {
        swapCounters(runtime, outerCounters);
        runtime.uncommittedWork = saved.pending;
        state.asyncJob = saved.job;
      }
    },
  };
}

/** Async Apex runs as the user who queued it. */
function runAsUser(ctx: NativeContext, userId: string, body: () => void): void {
  if (ctx.runtime.currentUserId() === userId) {
    body();
    return;
  }
  const user = new SObjectValue('User');
  user.set('Id', userId);
  ctx.runtime.runAs(user, body);
}
