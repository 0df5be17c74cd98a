/**
 * SystemServices over the in-memory org: UserInfo reads the User record, Id.getSObjectType
 * uses the key prefix, and enqueued or scheduled jobs become AsyncApexJob, CronJobDetail and
 * CronTrigger rows that SOQL can read, as in an org.
 */
import type { NativeContext, QueuedJob } from '../natives.ts';
import { OrgException, type Org } from '../org/index.ts';
import {
  ScheduleConflict,
  type AsyncJobStatus,
  type AsyncJobType,
  type SystemServices,
} from '../stdlib/system/services.ts';
import { ApexDatetime, UnsupportedError, type ApexValue, type SObjectValue } from '../values.ts';
import type { SchemaTokens } from './schema-natives.ts';

/** The Name field of a stored row ('' when absent). */
function nameOf(values: ReadonlyMap<string, ApexValue>): string {
  const name = values.get('name');
  return typeof name === 'string' ? name : '';
}

export class OrgSystemServices implements SystemServices {
  /** Answers HTTP callouts outside tests (a local gateway); absent: they fail as unsupported. */
  calloutHandler?: (request: ApexValue, ctx: NativeContext) => ApexValue;

  /** Jobs System.schedule scheduled outside tests, by CronTrigger Id, for a host's scheduler. */
  private readonly scheduled = new Map<string, QueuedJob>();

  constructor(
    private readonly org: Org,
    private readonly tokens: SchemaTokens,
  ) {}

  currentUser(userId: string): SObjectValue | null {
    return this.org.record(userId);
  }

  organizationId(): string {
    return this.org.orgId;
  }

  organizationName(): string {
    const organization = this.org.record(this.org.orgId);
    const name = organization?.get('Name');
    return typeof name === 'string' ? name : '';
  }

  sobjectTypeOfId(id: string): ApexValue {
    const object = this.org.objectOfId(id);
    return object ? this.tokens.typeToken(object) : null;
  }

  private apexClassId(className: string): string | null {
    const row = [...this.org.store.ofType('ApexClass')].find(
      (record) => nameOf(record.values).toLowerCase() === className.toLowerCase(),
    );
    return row?.id ?? null;
  }

  recordAsyncJob(jobType: AsyncJobType, className: string): string {
    return this.org.createSystemRecord('AsyncApexJob', {
      JobType: jobType,
      Status: 'Queued',
      ApexClassId: this.apexClassId(className.split('.')[0] ?? className),
    });
  }

  updateAsyncJob(jobId: string, status: AsyncJobStatus): void {
    this.org.updateSystemRecord(jobId, { Status: status });
  }

  scheduleJob(name: string, cronExpression: string): string {
    const taken = [...this.org.store.ofType('CronJobDetail')].some(
      (record) => nameOf(record.values) === name,
    );
    if (taken) throw new ScheduleConflict(name);
    // The class is not recorded: CronJobDetail has no Apex class field in this org model.
    const detail = this.org.createSystemRecord('CronJobDetail', { Name: name, JobType: '7' });
    return this.org.createSystemRecord('CronTrigger', {
      CronJobDetailId: detail,
      CronExpression: cronExpression,
      State: 'WAITING',
    });
  }

  keepScheduledJob(job: QueuedJob): void {
    this.scheduled.set(job.jobId, job);
  }

  /**
   * The scheduled jobs whose CronTrigger still exists (System.abortJob deletes it), oldest
   * first, with the trigger's name and expression. Each `run` is one firing.
   */
  scheduledJobs(): { job: QueuedJob; name: string; cronExpression: string }[] {
    const live: { job: QueuedJob; name: string; cronExpression: string }[] = [];
    for (const [triggerId, job] of this.scheduled) {
      const trigger = this.org.record(triggerId);
      if (!trigger) {
        this.scheduled.delete(triggerId);
        continue;
      }
      const detailId = trigger.get('CronJobDetailId');
      const detail = typeof detailId === 'string' ? this.org.record(detailId) : null;
      const name = detail?.get('Name');
      const cronExpression = trigger.get('CronExpression');
      live.push({
        job,
        name: typeof name === 'string' ? name : '',
        cronExpression: typeof cronExpression === 'string' ? cronExpression : '',
      });
    }
    return live;
  }

  /** Records a firing on the CronTrigger: PreviousFireTime and TimesTriggered. */
  triggerFired(triggerId: string, atMillis: number): void {
    const times = this.org.record(triggerId)?.get('TimesTriggered');
    this.org.updateSystemRecord(triggerId, {
      PreviousFireTime: new ApexDatetime(atMillis),
      TimesTriggered: (typeof times === 'number' ? times : 0) + 1,
    });
  }

  abortJob(jobId: string): void {
    try {
      if (this.org.objectOfId(jobId)?.name === 'CronTrigger') this.org.deleteSystemRecord(jobId);
      else this.org.updateSystemRecord(jobId, { Status: 'Aborted' });
    } catch (error) {
      if (error instanceof OrgException)
        throw new UnsupportedError(`System.abortJob: ${error.message}`);
      throw error;
    }
  }

  callout(request: ApexValue, ctx: NativeContext): ApexValue {
    if (!this.calloutHandler)
      throw new UnsupportedError('HTTP callout outside a test without a callout handler');
    return this.calloutHandler(request, ctx);
  }
}
