/**
 * Test.startTest/stopTest, System.enqueueJob, System.schedule, System.abortJob and cron
 * expression validation. (`System.Test.x()` is written out: the registry currently treats a bare
 * `Test.` as a namespace.)
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CronError, validateCronExpression } from '../src/stdlib/system/cron.ts';
import { UnsupportedError } from '../src/values.ts';
import { apexError, load, runApex } from './stdlib-system-harness.ts';

const QUEUEABLE = `public class Job implements Queueable {
  public static Integer runs = 0;
  public static String seen;
  public static Boolean chain = false;
  public void execute(QueueableContext context) {
    runs++;
    seen = System.isQueueable() + ' ' + System.isScheduled() + ' ' + Limits.getLimitQueries() + ' '
      + Limits.getLimitQueueableJobs() + ' ' + Limits.getQueueableJobs() + ' ' + context.getJobId();
    if (chain) System.enqueueJob(new Job());
  }
}`;

const SCHEDULABLE = `public class Sched implements Schedulable {
  public static String seen;
  public void execute(SchedulableContext context) {
    seen = System.isScheduled() + ' ' + context.getTriggerId();
    System.enqueueJob(new Job());
  }
}`;

const JOBS = { 'Job.cls': QUEUEABLE, 'Sched.cls': SCHEDULABLE };

// https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_testing_tools_start_stop_test.htm
describe('Test.startTest and Test.stopTest', () => {
  it('startTest gives fresh counters; stopTest restores the original ones', () => {
    const run = load({
      'T.cls': `public class T { public static String run() {
        Integer before = Limits.getQueries();
        System.Test.startTest();
        Integer inside = Limits.getQueries();
        System.Test.stopTest();
        return before + ' ' + inside + ' ' + Limits.getQueries();
      } }`,
    });
    run.session.limits.soqlQueries = 98;
    const outer = run.session.limits;
    assert.equal(run.call('T', 'run'), '98 0 98');
    assert.equal(run.session.limits, outer, 'the original counters object is back in force');
    assert.equal(run.session.test.inStartStop, false);
  });

  it('startTest is a commit point: pending work is cleared', () => {
    const { run } = runApex(
      "insert new Account(Name = 'a'); System.Test.startTest(); return null;",
    );
    assert.equal(run.session.uncommittedWork, false);
    assert.equal(
      runApex("insert new Account(Name = 'a'); return null;").run.session.uncommittedWork,
      true,
    );
  });

  it('may be called once per test method', () => {
    assert.deepEqual(
      apexError('System.Test.startTest(); System.Test.stopTest(); System.Test.startTest();'),
      {
        type: 'System.FinalException',
        message: 'Testing already started',
      },
    );
    assert.throws(() => runApex('System.Test.stopTest(); return null;'), UnsupportedError);
  });

  it('is only available in a test context', () => {
    const run = load(
      {
        'T.cls':
          'public class T { public static Boolean run() { return System.Test.isRunningTest(); } }',
      },
      { isRunningTest: false },
    );
    assert.equal(run.call('T', 'run'), false);
    const outside = load(
      { 'T.cls': 'public class T { public static void run() { System.Test.startTest(); } }' },
      { isRunningTest: false },
    );
    assert.throws(() => outside.call('T', 'run'), UnsupportedError);
  });
});

// https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_queueing_jobs.htm
describe('System.enqueueJob', () => {
  it('records an AsyncApexJob, counts the job and runs it at stopTest in its own context', () => {
    const { value, run } = runApex(
      `System.Test.startTest();
       Id jobId = System.enqueueJob(new Job());
       String during = Limits.getQueueableJobs() + ' ' + Job.runs;
       System.Test.stopTest();
       return during + ' | ' + Job.runs + ' | ' + Job.seen + ' | ' + jobId;`,
      'String',
      JOBS,
    );
    const [job] = run.system.asyncJobs;
    assert.ok(job);
    assert.deepEqual(
      { ...job, id: undefined },
      { id: undefined, jobType: 'Queueable', className: 'Job', status: 'Completed' },
    );
    assert.equal(value, `1 0 | 1 | true false 200 1 0 ${job.id} | ${job.id}`);
  });

  it('is pending work: a callout after it in the same transaction fails', () => {
    const { run } = runApex('System.enqueueJob(new Job()); return null;', 'Object', JOBS);
    assert.equal(run.session.uncommittedWork, true);
  });

  it('allows 50 jobs per synchronous transaction', () => {
    assert.deepEqual(
      apexError('for (Integer i = 0; i < 51; i++) { System.enqueueJob(new Job()); }', JOBS),
      {
        type: 'System.LimitException',
        message: 'Too many queueable jobs added to the queue: 51',
      },
    );
  });

  it('cannot chain from a queueable in a test', () => {
    assert.deepEqual(
      apexError(
        'Job.chain = true; System.Test.startTest(); System.enqueueJob(new Job()); System.Test.stopTest();',
        JOBS,
      ),
      {
        type: 'System.AsyncException',
        message: 'Maximum stack depth has been reached.',
      },
    );
  });

  it('a job that fails marks its AsyncApexJob Failed and the error reaches stopTest', () => {
    const failing = {
      'Boom.cls':
        'public class Boom implements Queueable { public void execute(QueueableContext c) { Integer i = 1 / 0; } }',
    };
    const run = load({
      ...failing,
      'T.cls':
        'public class T { public static void run() { System.Test.startTest(); System.enqueueJob(new Boom()); System.Test.stopTest(); } }',
    });
    assert.throws(() => run.call('T', 'run'));
    assert.equal(run.system.asyncJobs[0]?.status, 'Failed');
    assert.equal(run.session.test.inStartStop, false);
  });

  it('aborted jobs do not run', () => {
    const { value, run } = runApex(
      'System.Test.startTest(); Id jobId = System.enqueueJob(new Job()); System.abortJob(jobId); System.Test.stopTest(); return Job.runs;',
      'Integer',
      JOBS,
    );
    assert.equal(value, 0);
    assert.equal(run.system.asyncJobs[0]?.status, 'Aborted');
  });
});

// https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_scheduler.htm
describe('System.schedule and System.abortJob', () => {
  it('creates a CronTrigger and, inside startTest/stopTest, runs execute at stopTest', () => {
    const { value, run } = runApex(
      "System.Test.startTest(); String triggerId = System.schedule('nightly', '0 30 2 * * ?', new Sched()); System.Test.stopTest(); return triggerId + ' | ' + Sched.seen + ' | ' + Job.runs;",
      'String',
      JOBS,
    );
    const [trigger] = run.system.cronTriggers;
    assert.ok(trigger);
    assert.deepEqual(
      { ...trigger, id: undefined },
      { id: undefined, name: 'nightly', cronExpression: '0 30 2 * * ?', className: 'Sched' },
    );
    // The queueable the scheduled job enqueued is queued, not run, by this stopTest.
    assert.equal(value, `${trigger.id} | true ${trigger.id} | 0`);
    assert.equal(run.session.test.queuedJobs.length, 1);
  });

  it('outside startTest/stopTest the job is only scheduled', () => {
    const { value, run } = runApex(
      "System.schedule('later', '0 0 1 * * ?', new Sched()); return Sched.seen;",
      'String',
      JOBS,
    );
    assert.equal(value, null);
    assert.equal(run.session.test.queuedJobs.length, 0);
  });

  it('refuses a second job with the same name', () => {
    assert.deepEqual(
      apexError(
        "System.schedule('x', '0 0 1 * * ?', new Sched()); System.schedule('x', '0 0 2 * * ?', new Sched());",
        JOBS,
      ),
      {
        type: 'System.AsyncException',
        message: 'The Apex job named "x" is already scheduled for execution.',
      },
    );
  });

  it('reports an invalid expression as System.StringException', () => {
    assert.deepEqual(apexError("System.schedule('x', 'every quarter hour', new Sched());", JOBS), {
      type: 'System.StringException',
      message: "Illegal characters for this position: 'EVE'",
    });
  });

  it('abortJob deletes the CronTrigger', () => {
    const { run } = runApex(
      "String id = System.schedule('x', '0 0 1 * * ?', new Sched()); System.abortJob(id); return null;",
      'Object',
      JOBS,
    );
    assert.equal(run.system.cronTriggers.length, 0);
  });
});

describe('cron expressions (Quartz rules and messages)', () => {
  const error = (expression: string): string => {
    try {
      validateCronExpression(expression);
    } catch (caught) {
      if (caught instanceof CronError) return caught.message;
      throw caught;
    }
    return 'valid';
  };

  it('accepts the documented forms', () => {
    for (const expression of [
      '0 0 13 * * ?',
      '0 0 22 ? * 6L',
      '0 0 10 ? * MON-FRI',
      '0 0 20 * * ? 2010',
      '0 15 * * * ?',
      '0 0 0 L * ?',
      '0 0 0 15W * ?',
      '0 0 0 ? * FRI#2',
      '0 0 0 1,15 JAN-JUN ?',
      '0 0 0/6 * * ?',
    ]) {
      assert.equal(error(expression), 'valid', expression);
    }
  });

  it('refuses malformed ones with Quartz messages', () => {
    assert.equal(error('0 0 * * *'), 'Unexpected end of expression.');
    assert.equal(
      error('0 0 12 * * *'),
      'Support for specifying both a day-of-week AND a day-of-month parameter is not implemented.',
    );
    assert.equal(
      error('0 0 12 ? * ?'),
      "'?' can only be specfied for Day-of-Month -OR- Day-of-Week.",
    );
    assert.equal(
      error('? 0 12 * * ?'),
      "'?' can only be specfied for Day-of-Month or Day-of-Week.",
    );
    assert.equal(error('0 60 * * * ?'), 'Minute and Second values must be between 0 and 59');
    assert.equal(error('0 0 24 * * ?'), 'Hour values must be between 0 and 23');
    assert.equal(error('0 0 0 32 * ?'), 'Day of month values must be between 1 and 31');
    assert.equal(error('0 0 0 ? 13 MON'), 'Month values must be between 1 and 12');
    assert.equal(error('0 0 0 ? * 8'), 'Day-of-Week values must be between 1 and 7');
    assert.equal(error('0 0 0 ? FOO MON'), "Invalid Month value: 'FOO'");
    assert.equal(error('0 0 0 ? * FOO'), "Invalid Day-of-Week value: 'FOO'");
    assert.equal(
      error('0 0 0 ? * MON#6'),
      "A numeric value between 1 and 5 must follow the '#' option",
    );
    assert.equal(error('0 0 */25 * * ?'), 'Increment > 24 : 25');
    assert.equal(error('0 0 0 L-31 * ?'), 'Offset from last day must be <= 30');
  });

  it('Salesforce takes a single integer for seconds and minutes', () => {
    assert.equal(
      error('0 0/15 * * * ?'),
      'Seconds and minutes must be specified as integers: 0 0/15 * * * ?',
    );
    assert.equal(
      error('* 5 * * * ?'),
      'Seconds and minutes must be specified as integers: * 5 * * * ?',
    );
  });

  it('forms Quartz only accepts by accident are unsupported', () => {
    assert.throws(() => validateCronExpression('0 0 5x * * ?'), UnsupportedError);
    assert.throws(() => validateCronExpression('0 0 0 * * ? 1900'), UnsupportedError);
  });
});
