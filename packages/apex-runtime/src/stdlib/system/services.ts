/**
 * What the System natives need from the org around them (RuntimeServices.system): the running
 * user's record for UserInfo, the organization, Id -> sObject type, the async-job bookkeeping
 * behind AsyncApexJob / CronTrigger / CronJobDetail rows, and real HTTP callouts outside tests.
 *
 * default-services.ts is an in-memory version for tests; the org-backed one stores the job rows
 * where SOQL can read them (`SELECT ... FROM AsyncApexJob`, `FROM CronTrigger`).
 */
import type { NativeContext, QueuedJob } from '../../natives.ts';
import type { ApexValue, SObjectValue } from '../../values.ts';

/** AsyncApexJob.JobType values this runtime creates. */
export type AsyncJobType = 'Queueable' | 'ScheduledApex';

/** AsyncApexJob.Status values a job goes through here. */
export type AsyncJobStatus = 'Queued' | 'Processing' | 'Completed' | 'Failed' | 'Aborted';

export interface SystemServices {
  /**
   * The User record of `userId` (the running user, System.runAs included) with at least Id, Name,
   * FirstName, LastName, Email, Username, ProfileId, TimeZoneSidKey, LocaleSidKey and
   * LanguageLocaleKey; null when there is no such user.
   */
  currentUser(userId: string): SObjectValue | null;
  organizationId(): string;
  organizationName(): string;
  /** The Schema.SObjectType token of the object an Id's key prefix names, or null when none. */
  sobjectTypeOfId(id: string): ApexValue;
  /** Records an AsyncApexJob (Status 'Queued') for the Apex class `className`; returns its Id. */
  recordAsyncJob(jobType: AsyncJobType, className: string): string;
  /** Moves an AsyncApexJob to a new status as the job runs. */
  updateAsyncJob(jobId: string, status: AsyncJobStatus): void;
  /**
   * System.schedule: creates the CronJobDetail (Name = `name`, JobType '7' for scheduled Apex)
   * and its CronTrigger (CronExpression, State 'WAITING'); returns the CronTrigger Id. Throws
   * ScheduleConflict when a job of that name is already scheduled.
   */
  scheduleJob(name: string, cronExpression: string, className: string): string;
  /** System.abortJob: a CronTrigger Id (the trigger is deleted) or an AsyncApexJob Id (Aborted). */
  abortJob(jobId: string): void;
  /**
   * A job System.schedule scheduled outside a test, ready to run when its trigger fires. Tests
   * never call this (their scheduled jobs run at Test.stopTest); a host with a scheduler (the
   * local org) keeps the job, the default forgets it.
   */
  keepScheduledJob?(job: QueuedJob): void;
  /**
   * An HTTP callout outside a test (a System.HttpRequest in, a System.HttpResponse out). The
   * default throws UnsupportedError; a local gateway integration can answer here.
   */
  callout(request: ApexValue, ctx: NativeContext): ApexValue;
}

/**
 * A duplicate job name from SystemServices.scheduleJob. The services have no NativeContext to
 * raise Apex exceptions with, so System.schedule turns this into System.AsyncException.
 */
export class ScheduleConflict extends Error {
  constructor(readonly jobName: string) {
    super(`The Apex job named "${jobName}" is already scheduled for execution.`);
  }
}
