/**
 * Async Apex in the local org: a job enqueued by an Aura call runs after the call commits, in
 * its own transaction; a failing job is rolled back and marked Failed; a rolled-back call's
 * jobs never run.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  classInfoOf,
  createProjectRuntime,
  lowerFile,
  type ProjectRuntime,
} from '@securesend/apex-runtime';
import { callAura, seedLocalOrg, type SeededOrg } from '../src/index.ts';

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

// Classes of this test only: an Aura method enqueueing a job that inserts a Contact (and fails
// after the insert when asked), and one counting those Contacts and their jobs.
const PROBE = `public with sharing class LocalOrgJobProbe {
  public class InsertJob implements System.Queueable {
    private Boolean fail;
    public InsertJob(Boolean fail) { this.fail = fail; }
    public void execute(System.QueueableContext context) {
      insert new Contact(LastName = 'Job Probe');
      if (fail) { throw new System.IllegalArgumentException('job failed on purpose'); }
    }
  }
  @AuraEnabled
  public static Id enqueue(Boolean jobFails, Boolean callFails) {
    Id jobId = System.enqueueJob(new InsertJob(jobFails));
    if (callFails) { throw new AuraHandledException('call failed on purpose'); }
    return jobId;
  }
  @AuraEnabled
  public static Integer contacts() {
    return [SELECT COUNT() FROM Contact WHERE LastName = 'Job Probe'];
  }
  @AuraEnabled
  public static String status(Id jobId) {
    return [SELECT Status FROM AsyncApexJob WHERE Id = :jobId].Status;
  }
}`;

let runtime: ProjectRuntime;
let seeded: SeededOrg;

function call(method: string, params: Record<string, unknown> = {}) {
  const result = callAura(runtime, {
    classname: 'LocalOrgJobProbe',
    method,
    params,
    userId: seeded.users.admin,
  });
  return result;
}

function value(method: string, params: Record<string, unknown> = {}): unknown {
  const result = call(method, params);
  if (!result.ok) assert.fail(`${result.error.exceptionType}: ${result.error.message}`);
  return result.returnValue;
}

describe('async Apex in the local org', () => {
  before(() => {
    runtime = createProjectRuntime(REPO_ROOT);
    seeded = seedLocalOrg(runtime, REPO_ROOT);
    const lowered = lowerFile('LocalOrgJobProbe.cls', PROBE);
    assert.ok(lowered.unit, JSON.stringify(lowered.syntaxErrors));
    runtime.program.registry.addUserClass(classInfoOf(lowered.unit.type));
  });

  it('runs an enqueued job after the call commits', () => {
    const jobId = value('enqueue', { jobFails: false, callFails: false });
    assert.equal(value('contacts'), 1);
    assert.equal(value('status', { jobId }), 'Completed');
  });

  it("rolls back a failing job's DML and marks it Failed", () => {
    const jobId = value('enqueue', { jobFails: true, callFails: false });
    assert.equal(value('contacts'), 1);
    assert.equal(value('status', { jobId }), 'Failed');
  });

  it('never runs the jobs of a call that was rolled back', () => {
    assert.equal(call('enqueue', { jobFails: false, callFails: true }).ok, false);
    assert.equal(value('contacts'), 1);
  });
});
