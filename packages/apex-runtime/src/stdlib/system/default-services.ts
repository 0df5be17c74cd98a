/**
 * An in-memory SystemServices for tests and org-less runs: a fixed set of users, one
 * organization, and job rows kept in arrays a test can inspect. The org-backed implementation
 * stores the same rows as AsyncApexJob / CronTrigger / CronJobDetail records instead.
 */
import { IdGenerator } from '../../org/ids.ts';
import type { NativeContext } from '../../natives.ts';
import { UnsupportedError, type ApexValue, type SObjectValue } from '../../values.ts';
import {
  ScheduleConflict,
  type AsyncJobStatus,
  type AsyncJobType,
  type SystemServices,
} from './services.ts';

/** Key prefixes of the setup objects whose Ids the job methods hand out. */
const ASYNC_APEX_JOB_PREFIX = '707';
const CRON_TRIGGER_PREFIX = '08e';

export interface AsyncJobRow {
  id: string;
  jobType: AsyncJobType;
  className: string;
  status: AsyncJobStatus;
}

export interface CronTriggerRow {
  id: string;
  name: string;
  cronExpression: string;
  className: string;
}

export interface InMemorySystemOptions {
  users: SObjectValue[];
  organizationId: string;
  organizationName: string;
  /** Schema.SObjectType tokens by key prefix, for Id.getSObjectType(). */
  sobjectTypesByPrefix?: Map<string, ApexValue>;
  /** Answers HTTP callouts outside tests; absent: they fail as unsupported. */
  callout?: (request: ApexValue, ctx: NativeContext) => ApexValue;
}

export class InMemorySystemServices implements SystemServices {
  readonly asyncJobs: AsyncJobRow[] = [];
  readonly cronTriggers: CronTriggerRow[] = [];
  private readonly ids = new IdGenerator();

  constructor(private readonly options: InMemorySystemOptions) {}

  currentUser(userId: string): SObjectValue | null {
    // 15- and 18-character forms of one Id name the same user.
    const key = userId.slice(0, 15);
    return (
      this.options.users.find((user) => {
        const id = user.get('Id');
        return typeof id === 'string' && id.slice(0, 15) === key;
      }) ?? null
    );
  }

  organizationId(): string {
    return this.options.organizationId;
  }

  organizationName(): string {
    return this.options.organizationName;
  }

  sobjectTypeOfId(id: string): ApexValue {
    return this.options.sobjectTypesByPrefix?.get(id.slice(0, 3)) ?? null;
  }

  recordAsyncJob(jobType: AsyncJobType, className: string): string {
    const id = this.ids.next(ASYNC_APEX_JOB_PREFIX);
    this.asyncJobs.push({ id, jobType, className, status: 'Queued' });
    return id;
  }

  updateAsyncJob(jobId: string, status: AsyncJobStatus): void {
    const job = this.asyncJobs.find((row) => row.id === jobId);
    if (!job) throw new UnsupportedError(`updating unknown async job ${jobId}`);
    job.status = status;
  }

  scheduleJob(name: string, cronExpression: string, className: string): string {
    if (this.cronTriggers.some((row) => row.name === name)) {
      throw new ScheduleConflict(name);
    }
    const id = this.ids.next(CRON_TRIGGER_PREFIX);
    this.cronTriggers.push({ id, name, cronExpression, className });
    return id;
  }

  abortJob(jobId: string): void {
    const trigger = this.cronTriggers.findIndex((row) => row.id === jobId);
    if (trigger >= 0) {
      this.cronTriggers.splice(trigger, 1);
      return;
    }
    const job = this.asyncJobs.find((row) => row.id === jobId);
    if (!job) throw new UnsupportedError(`System.abortJob of unknown job ${jobId}`);
    job.status = 'Aborted';
  }

  callout(request: ApexValue, ctx: NativeContext): ApexValue {
    if (!this.options.callout) {
      throw new UnsupportedError('HTTP callout outside a test without a callout handler');
    }
    return this.options.callout(request, ctx);
  }
}
