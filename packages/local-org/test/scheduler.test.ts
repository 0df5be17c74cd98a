/**
 * The local org's Apex scheduler on a compressed clock: the sync the admin schedules through the
 * package's real Apex (SecureSendSyncScheduler: four hourly CronTriggers, minutes 0/15/30/45)
 * fires one trigger per tick, in turn; each firing enqueues the status sync queueable, which runs
 * in the same tick. The tests share one org and one scheduler, in order: the scheduler's turn
 * carries over from test to test.
 */
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ApexDatetime, createProjectRuntime, type ProjectRuntime } from '@securesend/apex-runtime';
import {
  callAura,
  connectGateway,
  LocalScheduler,
  seedLocalOrg,
  type SeededOrg,
} from '../src/index.ts';

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const JOB_NAMES = [
  'SecureSend status sync :00',
  'SecureSend status sync :15',
  'SecureSend status sync :30',
  'SecureSend status sync :45',
];

let runtime: ProjectRuntime;
let seeded: SeededOrg;
let scheduler: LocalScheduler;

function asAdmin(classname: string, method: string): unknown {
  const result = callAura(runtime, { classname, method, params: {}, userId: seeded.users.admin });
  if (!result.ok) assert.fail(`${result.error.exceptionType}: ${result.error.message}`);
  return result.returnValue;
}

/** CronTrigger Id by job name, as the runtime keeps them for the scheduler. */
function triggerIds(): Map<string, string> {
  return new Map(runtime.system.scheduledJobs().map((entry) => [entry.name, entry.job.jobId]));
}

function triggerId(name: string): string {
  const id = triggerIds().get(name);
  if (id === undefined) assert.fail(`no CronTrigger named ${name}`);
  return id;
}

function timesTriggered(id: string): number {
  const value = runtime.org.record(id)?.get('TimesTriggered');
  // A trigger that never fired has no count yet (0 in an org).
  if (value === undefined || value === null) return 0;
  assert.equal(typeof value, 'number');
  return value as number;
}

function timesTriggeredByName(): Record<string, number> {
  return Object.fromEntries([...triggerIds()].map(([name, id]) => [name, timesTriggered(id)]));
}

/** The AsyncApexJob rows of the status sync, oldest first, as [Id, Status]. */
function syncJobs(): [string, unknown][] {
  return [...runtime.org.store.ofType('AsyncApexJob')]
    .filter((row) => {
      const classId = runtime.org.record(row.id)?.get('ApexClassId');
      return (
        typeof classId === 'string' &&
        runtime.org.record(classId)?.get('Name') === 'SecureSendStatusSync'
      );
    })
    .map((row) => [row.id, runtime.org.record(row.id)?.get('Status')]);
}

function setupStatus(): Record<string, unknown> {
  return asAdmin('SecureSendSetupController', 'getSetupStatus') as Record<string, unknown>;
}

/** A local port nothing listens on: a gateway that is down. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') assert.fail('no port');
  return address.port;
}

describe('the local org scheduler', () => {
  before(() => {
    runtime = createProjectRuntime(REPO_ROOT);
    seeded = seedLocalOrg(runtime, REPO_ROOT);
    scheduler = new LocalScheduler(runtime);
  });

  it('fires nothing while nothing is scheduled', () => {
    assert.equal(scheduler.scheduledCount(), 0);
    assert.deepEqual(scheduler.tick(), { fired: null, outcomes: [] });
    assert.deepEqual(syncJobs(), []);
  });

  it("keeps the four hourly CronTriggers the admin schedules through the package's Apex", () => {
    assert.equal(asAdmin('SecureSendSetupController', 'scheduleSync'), null);
    assert.equal(scheduler.scheduledCount(), 4);
    assert.deepEqual(
      runtime.system.scheduledJobs().map((entry) => [entry.name, entry.cronExpression]),
      [
        [JOB_NAMES[0], '0 0 * * * ?'],
        [JOB_NAMES[1], '0 15 * * * ?'],
        [JOB_NAMES[2], '0 30 * * * ?'],
        [JOB_NAMES[3], '0 45 * * * ?'],
      ],
    );
    assert.deepEqual(timesTriggeredByName(), Object.fromEntries(JOB_NAMES.map((n) => [n, 0])));
  });

  it('reports a failed sync job when no gateway is connected: the runtime has no callout handler', () => {
    // Without connectGateway the runtime refuses the sync's callout as unsupported: a host
    // error, not an Apex CalloutException, so the sync's own catch blocks never see it. The job
    // is rolled back and marked Failed, and the tick reports it as the local org's failure
    // (not an Apex exception), after the scheduled job that enqueued it, which succeeded.
    const tick = scheduler.tick();
    assert.equal(tick.fired, 'SecureSend status sync :00');
    assert.deepEqual(
      tick.outcomes.map(({ kind, ok, error }) => ({ kind, ok, error })),
      [
        { kind: 'ScheduledApex', ok: true, error: undefined },
        {
          kind: 'Queueable',
          ok: false,
          error: 'local org: unsupported: HTTP callout outside a test without a callout handler',
        },
      ],
    );
    assert.equal(timesTriggered(triggerId('SecureSend status sync :00')), 1);
    assert.deepEqual(
      syncJobs().map(([, status]) => status),
      ['Failed'],
    );
    const status = setupStatus();
    assert.deepEqual([status.lastSyncAt, status.lastSyncError], [null, null]);
  });

  it('runs the sync when a trigger fires; an unreachable gateway is a failed run the sync records, not a failed job', async () => {
    connectGateway(runtime, REPO_ROOT, {
      url: `http://127.0.0.1:${String(await closedPort())}`,
      apiKey: 'local-test-key',
    });
    const before = new Set(syncJobs().map(([id]) => id));
    const tick = scheduler.tick();
    // The failed tick above still took its turn: the next trigger fires.
    assert.equal(tick.fired, 'SecureSend status sync :15');
    const queued = syncJobs().filter(([id]) => !before.has(id));
    assert.equal(queued.length, 1);
    const [queueableId, queueableStatus] = queued[0] ?? [];
    assert.equal(queueableStatus, 'Completed');
    // The callout's CalloutException is caught by the sync (it never throws for a gateway
    // failure), so both jobs succeed; the failure lands in the sync state for Setup to show.
    assert.deepEqual(tick.outcomes, [
      { jobId: triggerId('SecureSend status sync :15'), kind: 'ScheduledApex', ok: true },
      { jobId: queueableId, kind: 'Queueable', ok: true },
    ]);
    const status = setupStatus();
    assert.match(String(status.lastSyncError), /^The status sync could not read from the gateway/);
    assert.equal(status.lastSuccessAt, null);
    assert.equal(typeof status.lastSyncAt, 'string');
    // The job ran as the user who scheduled it, not as the org's admin the tick starts with.
    const state = [...runtime.org.store.ofType('SecureSend_Sync_State__c')];
    assert.equal(state.length, 1);
    assert.equal(
      runtime.org.record(state[0]?.id ?? '')?.get('LastModifiedById'),
      seeded.users.admin,
    );
  });

  it('fires the triggers in turn, counting each firing on its CronTrigger', () => {
    const counts = timesTriggeredByName();
    assert.deepEqual(Object.values(counts), [1, 1, 0, 0]);
    const fired: (string | null)[] = [];
    for (let i = 0; i < 5; i += 1) {
      const startedAt = runtime.org.now();
      const tick = scheduler.tick();
      fired.push(tick.fired);
      assert.deepEqual(
        tick.outcomes.map((outcome) => [outcome.kind, outcome.ok]),
        [
          ['ScheduledApex', true],
          ['Queueable', true],
        ],
      );
      const previous = runtime.org.record(triggerId(tick.fired ?? ''))?.get('PreviousFireTime');
      assert.ok(previous instanceof ApexDatetime, 'PreviousFireTime is a Datetime');
      assert.ok(previous.millis >= startedAt && previous.millis <= runtime.org.now());
    }
    assert.deepEqual(fired, [JOB_NAMES[2], JOB_NAMES[3], JOB_NAMES[0], JOB_NAMES[1], JOB_NAMES[2]]);
    assert.deepEqual(Object.values(timesTriggeredByName()), [2, 2, 2, 1]);
  });

  it('fires nothing once the admin unschedules the sync', () => {
    const ranBefore = syncJobs().length;
    assert.equal(asAdmin('SecureSendSetupController', 'unscheduleSync'), null);
    assert.equal(scheduler.scheduledCount(), 0);
    assert.deepEqual(scheduler.tick(), { fired: null, outcomes: [] });
    assert.equal(syncJobs().length, ranBefore);
    assert.equal(setupStatus().syncScheduled, false);
  });
});
