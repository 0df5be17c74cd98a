/**
 * The local org runs the package's real @AuraEnabled Apex against the seeded in-memory org, as
 * each persona, the way a Lightning page's @salesforce/apex calls would.
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
import { AuraRequestError, callAura, seedLocalOrg, type SeededOrg } from '../src/index.ts';

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

let runtime: ProjectRuntime;
let seeded: SeededOrg;

function call(
  user: keyof SeededOrg['users'],
  classname: string,
  method: string,
  params: Record<string, unknown>,
) {
  return callAura(runtime, { classname, method, params, userId: seeded.users[user] });
}

function returned(result: ReturnType<typeof callAura>): Record<string, unknown> {
  if (!result.ok)
    assert.fail(
      `expected a return value, got ${result.error.exceptionType}: ${result.error.message}`,
    );
  return result.returnValue as Record<string, unknown>;
}

describe('local org', () => {
  before(() => {
    runtime = createProjectRuntime(REPO_ROOT);
    seeded = seedLocalOrg(runtime, REPO_ROOT);
  });

  it('seeds a user per persona and the three sample cases', () => {
    assert.deepEqual(Object.keys(seeded.users).sort(), [
      'admin',
      'auditor',
      'sender',
      'supervisor',
    ]);
    assert.deepEqual(Object.keys(seeded.cases).sort(), [
      'CaseClaimQuestion',
      'CaseNoContact',
      'CasePriorAuth',
    ]);
  });

  it("gives the sender the claim case's compose context: recipient, identifiers and the sample file", () => {
    const context = returned(
      call('sender', 'SecureSendController', 'getComposeContext', {
        caseId: seeded.cases.CaseClaimQuestion,
      }),
    );
    assert.equal(context.subject, 'Question about a denied claim');
    assert.deepEqual(context.recipient, {
      contactId: (context.recipient as { contactId: string }).contactId,
      name: 'Avery Sample',
      email: 'avery.sample@example.com',
    });
    const identifiers = (context.knownIdentifiers as { category: string; value: string }[]).map(
      (i) => i.category,
    );
    assert.ok(
      identifiers.includes('PERSON_NAME') && identifiers.includes('PHONE'),
      identifiers.join(','),
    );
    const files = context.files as { title: string }[];
    assert.deepEqual(
      files.map((file) => file.title),
      ['Denial letter (synthetic)'],
    );
  });

  it("refuses an auditor with the package's label, as an AuraHandledException", () => {
    const result = call('auditor', 'SecureSendController', 'getComposeContext', {
      caseId: seeded.cases.CaseClaimQuestion,
    });
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.equal(result.error.exceptionType, 'System.AuraHandledException');
    assert.match(result.error.message, /permission to send secure messages/);
  });

  it('rolls back the DML of a call that throws', () => {
    // A class of this test only: inserts a Contact, then fails.
    const source = `public with sharing class LocalOrgRollbackProbe {
      @AuraEnabled
      public static Integer insertThenFail(Boolean fail) {
        insert new Contact(LastName = 'Rollback Probe');
        if (fail) { throw new AuraHandledException('failed on purpose'); }
        return [SELECT COUNT() FROM Contact WHERE LastName = 'Rollback Probe'];
      }
    }`;
    const lowered = lowerFile('LocalOrgRollbackProbe.cls', source);
    assert.ok(lowered.unit, JSON.stringify(lowered.syntaxErrors));
    runtime.program.registry.addUserClass(classInfoOf(lowered.unit.type));
    const failed = call('admin', 'LocalOrgRollbackProbe', 'insertThenFail', { fail: true });
    assert.deepEqual(failed, {
      ok: false,
      error: { exceptionType: 'System.AuraHandledException', message: 'failed on purpose' },
    });
    assert.deepEqual(call('admin', 'LocalOrgRollbackProbe', 'insertThenFail', { fail: false }), {
      ok: true,
      returnValue: 1,
    });
  });

  it('saves a successful redaction for the next call', () => {
    const caseId = seeded.cases.CasePriorAuth;
    const redacted = returned(call('sender', 'CasePhiController', 'getCasePhiContext', { caseId }))
      .description as string;
    const masked = redacted.replace('00482913', '********');
    const saved = call('sender', 'CasePhiController', 'redactCaseField', {
      caseId,
      fieldName: 'Description',
      redactedValue: masked,
    });
    assert.equal(saved.ok, true);
    assert.equal(
      returned(call('sender', 'CasePhiController', 'getCasePhiContext', { caseId })).description,
      masked,
    );
  });

  it('refuses methods that are not @AuraEnabled and parameters the method does not have', () => {
    assert.throws(() => call('sender', 'SecureSendService', 'send', {}), AuraRequestError);
    assert.throws(
      () =>
        call('sender', 'SecureSendController', 'getComposeContext', {
          caseId: seeded.cases.CaseClaimQuestion,
          extra: 1,
        }),
      /Unknown parameter\(s\) for SecureSendController.getComposeContext: extra/,
    );
  });
});
