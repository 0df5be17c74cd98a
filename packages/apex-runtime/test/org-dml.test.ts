import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dmlFailure } from '../src/org/index.ts';
import { ApexBlob, ApexDatetime, ApexDecimal, type SObjectValue } from '../src/values.ts';
import { mustSucceed, newOrg, sobject } from './org-helpers.ts';

const FIXED_NOW = Date.UTC(2030, 0, 2, 3, 4, 5);

function setup() {
  const org = newOrg(() => FIXED_NOW);
  const system = { userId: org.adminUserId };
  const [caseId = ''] = mustSucceed(
    org.insert([sobject('Case', { Subject: 'Test case' })], system),
  );
  return { org, system, caseId };
}

function message(caseId: string, extra: Record<string, unknown> = {}): SObjectValue {
  return sobject('Secure_Message__c', {
    Case__c: caseId,
    Direction__c: 'Outbound',
    Gateway_Message_Id__c: `msg_${Math.random().toString(16).slice(2)}`,
    ...(extra as Record<string, null>),
  });
}

describe('org DML: insert', () => {
  it('assigns the Id to the sObject and sets system fields, owner, defaults and auto-numbers', () => {
    const { org, system, caseId } = setup();
    const record = message(caseId);
    const [result] = org.insert([record], system);
    assert.equal(result?.success, true);
    assert.equal(record.get('Id'), result?.id);
    const saved = org.record(result?.id ?? '');
    assert.ok(saved);
    assert.equal(saved.get('Name'), 'SM-00000001');
    assert.equal(saved.get('Status__c'), 'Queued', 'picklist default');
    assert.equal(saved.get('OwnerId'), org.adminUserId);
    assert.equal(saved.get('CreatedById'), org.adminUserId);
    assert.deepEqual(saved.get('CreatedDate'), new ApexDatetime(FIXED_NOW));
    assert.deepEqual(saved.get('LastModifiedDate'), new ApexDatetime(FIXED_NOW));
    assert.equal(saved.get('IsDeleted'), false);
    assert.equal(org.record(caseId)?.get('CaseNumber'), '00000001');
    assert.equal(org.record(caseId)?.get('Status'), 'New');
  });

  it('stores Number fields as Decimals at the field scale and computes compound names', () => {
    const { org, system, caseId } = setup();
    const [id = ''] = mustSucceed(org.insert([message(caseId, { Recipient_Count__c: 2 })], system));
    const count = org.record(id)?.get('Recipient_Count__c');
    assert.ok(count instanceof ApexDecimal);
    assert.equal(count.value.toString(), '2');
    const [contactId = ''] = mustSucceed(
      org.insert([sobject('Contact', { FirstName: 'Ada', LastName: 'Testpatient' })], system),
    );
    assert.equal(org.record(contactId)?.get('Name'), 'Ada Testpatient');
  });

  it('reports missing required fields by API name', () => {
    const { org, system } = setup();
    const [result] = org.insert([sobject('Secure_Message__c', {})], system);
    assert.equal(result?.success, false);
    assert.deepEqual(result?.errors, [
      {
        statusCode: 'REQUIRED_FIELD_MISSING',
        message: 'Required fields are missing: [Case__c, Direction__c]',
        fields: ['Case__c', 'Direction__c'],
      },
    ]);
  });

  it('rejects duplicates of unique fields, case-sensitively only where declared', () => {
    const { org, system, caseId } = setup();
    const [firstId] = mustSucceed(
      org.insert(
        [message(caseId, { Gateway_Message_Id__c: 'msg_A', Idempotency_Key__c: 'key-a' })],
        system,
      ),
    );
    const [sameCaseOtherKey] = org.insert(
      [message(caseId, { Gateway_Message_Id__c: 'MSG_A' })],
      system,
    );
    assert.equal(sameCaseOtherKey?.success, true, 'Gateway_Message_Id__c is case-sensitive');
    const [dup] = org.insert([message(caseId, { Idempotency_Key__c: 'KEY-A' })], system);
    assert.deepEqual(dup?.errors[0], {
      statusCode: 'DUPLICATE_VALUE',
      message: `duplicate value found: Idempotency_Key__c duplicates value on record with id: ${firstId}`,
      fields: [],
    });
  });

  it('never echoes a too-long value', () => {
    const { org, system } = setup();
    const secret = 'x'.repeat(256);
    const [result] = org.insert([sobject('Case', { Subject: secret })], system);
    assert.equal(result?.errors[0]?.statusCode, 'STRING_TOO_LONG');
    assert.equal(result?.errors[0]?.message, 'Subject: data value too large (max length=255)');
    assert.deepEqual(result?.errors[0]?.fields, ['Subject']);
  });

  it('checks restricted picklists and references', () => {
    const { org, system, caseId } = setup();
    const [badPick] = org.insert([message(caseId, { Direction__c: 'Sideways' })], system);
    assert.equal(badPick?.errors[0]?.statusCode, 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST');
    const [badRef] = org.insert([message('500000000000001')], system);
    assert.equal(badRef?.errors[0]?.statusCode, 'INVALID_CROSS_REFERENCE_KEY');
    const [wrongType] = org.insert([message(org.adminUserId)], system);
    assert.equal(wrongType?.errors[0]?.statusCode, 'FIELD_INTEGRITY_EXCEPTION');
    const [withId] = org.insert([sobject('Case', { Id: caseId })], system);
    assert.equal(withId?.errors[0]?.statusCode, 'INVALID_FIELD_FOR_INSERT_UPDATE');
  });

  it('all-or-none saves nothing when a row fails; partial success keeps the good rows', () => {
    const { org, system, caseId } = setup();
    const good = message(caseId);
    const bad = sobject('Secure_Message__c', { Case__c: caseId });
    const results = org.insert([good, bad], system);
    assert.deepEqual(
      results.map((r) => r.success),
      [false, false],
    );
    assert.deepEqual(results[0]?.errors, [], 'the good row only rolled back');
    assert.equal(good.get('Id'), undefined, 'no Id assigned');
    const failure = dmlFailure('Insert', results);
    assert.deepEqual(failure && [failure.exceptionType, failure.row, failure.message], [
      'System.DmlException',
      1,
      'Insert failed. First exception on row 1; first error: REQUIRED_FIELD_MISSING, ' +
        'Required fields are missing: [Direction__c]: [Direction__c]',
    ]);
    const partial = org.insert([good, bad], { ...system, allOrNone: false });
    assert.deepEqual(
      partial.map((r) => r.success),
      [true, false],
    );
    assert.equal(good.get('Id'), partial[0]?.id);
  });
});

describe('org DML: update, upsert, delete', () => {
  it('updates fields, stamps LastModifiedDate and rejects missing or deleted records', () => {
    let now = FIXED_NOW;
    const org = newOrg(() => now);
    const system = { userId: org.adminUserId };
    const [caseId = ''] = mustSucceed(org.insert([sobject('Case', { Subject: 'a' })], system));
    now += 1000;
    mustSucceed(
      org.update([sobject('Case', { Id: caseId, Subject: 'b', CaseNumber: 'ignored' })], system),
    );
    const saved = org.record(caseId);
    assert.equal(saved?.get('Subject'), 'b');
    assert.equal(saved?.get('CaseNumber'), '00000001', 'read-only fields are ignored');
    assert.deepEqual(saved?.get('LastModifiedDate'), new ApexDatetime(now));
    assert.deepEqual(saved?.get('CreatedDate'), new ApexDatetime(FIXED_NOW));
    const [noId] = org.update([sobject('Case', { Subject: 'c' })], system);
    assert.deepEqual(noId?.errors[0], {
      statusCode: 'MISSING_ARGUMENT',
      message: 'Id not specified in an update call',
      fields: [],
    });
    mustSucceed(org.delete([caseId], system));
    const [gone] = org.update([sobject('Case', { Id: caseId, Subject: 'd' })], system);
    assert.equal(gone?.errors[0]?.statusCode, 'ENTITY_IS_DELETED');
    assert.equal(
      dmlFailure('Update', [gone ?? { success: false, id: null, errors: [] }], [caseId])?.message,
      `Update failed. First exception on row 0 with id ${caseId}; first error: ENTITY_IS_DELETED, entity is deleted: []`,
    );
  });

  it('upserts by external id: inserts, then updates the match (created flag)', () => {
    const { org, system, caseId } = setup();
    const first = message(caseId, { Idempotency_Key__c: 'key-1', Recipient_Hint__c: 'one' });
    const [inserted] = org.upsert([first], 'Idempotency_Key__c', system);
    assert.deepEqual([inserted?.success, inserted?.created], [true, true]);
    const again = message(caseId, { Idempotency_Key__c: 'KEY-1', Recipient_Hint__c: 'two' });
    const [updated] = org.upsert([again], 'Idempotency_Key__c', system);
    assert.deepEqual(
      [updated?.success, updated?.created, updated?.id],
      [true, false, inserted?.id],
    );
    assert.equal(again.get('Id'), inserted?.id);
    assert.equal(org.record(inserted?.id ?? '')?.get('Recipient_Hint__c'), 'two');
    assert.throws(
      () => org.upsert([message(caseId)], 'Recipient_Hint__c', system),
      /Invalid field for upsert/,
    );
  });

  it('upserts hierarchy custom settings by Id, one record per location', () => {
    const { org, system } = setup();
    const defaults = org.settings.orgDefaults('SecureSend_Sync_State__c');
    assert.equal(defaults.get('Id'), undefined);
    defaults.set('Cursor__c', '12');
    const [created] = org.upsert([defaults], null, system);
    assert.equal(created?.created, true);
    assert.equal(org.settings.orgDefaults('SecureSend_Sync_State__c').get('Cursor__c'), '12');
    const second = org.settings.values('SecureSend_Sync_State__c', org.orgId);
    assert.equal(second?.get('Id'), created?.id);
    const duplicate = sobject('SecureSend_Sync_State__c', { SetupOwnerId: org.orgId });
    assert.equal(org.insert([duplicate], system)[0]?.errors[0]?.statusCode, 'DUPLICATE_VALUE');
    const perUser = org.settings.instance('SecureSend_Sync_State__c', org.adminUserId);
    assert.equal(perUser.get('Cursor__c'), '12', 'inherited from the org default');
    assert.equal(perUser.get('Id'), undefined);
  });

  it('cascades deletes to detail records, restricts deletes, and undeletes together', () => {
    const { org, system, caseId } = setup();
    const [messageId = ''] = mustSucceed(org.insert([message(caseId)], system));
    const event = sobject('Secure_Message_Event__c', {
      Secure_Message__c: messageId,
      Type__c: 'Sent',
      Occurred_At__c: new ApexDatetime(FIXED_NOW),
      Event_Key__c: 'gw:1',
    });
    const [eventId = ''] = mustSucceed(org.insert([event], system));
    const [blocked] = org.delete([caseId], system);
    assert.equal(blocked?.errors[0]?.statusCode, 'DELETE_FAILED', 'Case__c is a Restrict lookup');
    assert.match(
      blocked?.errors[0]?.message ?? '',
      /associated with the following secure messages\.: SM-00000001$/,
    );
    mustSucceed(org.delete([messageId], system));
    assert.equal(org.record(eventId), null, 'the detail went with its master');
    mustSucceed(org.undelete([messageId], system));
    assert.ok(org.record(eventId), 'and came back with it');
    const [again] = org.undelete([messageId], system);
    assert.equal(again?.errors[0]?.statusCode, 'UNDELETE_FAILED');
  });

  it('files: a ContentVersion creates its document and links it to the owner and the record', () => {
    const { org, system, caseId } = setup();
    const version = sobject('ContentVersion', {
      Title: 'results',
      PathOnClient: 'results.PDF',
      VersionData: new ApexBlob(new Uint8Array([1, 2, 3, 4])),
      FirstPublishLocationId: caseId,
    });
    const [versionId = ''] = mustSucceed(org.insert([version], system));
    const saved = org.record(versionId);
    assert.equal(saved?.get('FileExtension'), 'pdf');
    assert.equal(saved?.get('ContentSize'), 4);
    assert.equal(saved?.get('IsLatest'), true);
    const documentId = saved?.get('ContentDocumentId');
    assert.equal(typeof documentId, 'string');
    const links = [...org.store.ofType('ContentDocumentLink')].filter(
      (l) => l.values.get('contentdocumentid') === documentId,
    );
    assert.deepEqual(
      links.map((l) => [l.values.get('linkedentityid'), l.values.get('sharetype')]),
      [
        [org.adminUserId, 'I'],
        [caseId, 'V'],
      ],
    );
    mustSucceed(org.delete([caseId], system));
    assert.equal(
      [...org.store.ofType('ContentDocumentLink')].filter(
        (l) => l.values.get('linkedentityid') === caseId,
      ).length,
      0,
      'deleting the record removes its file links',
    );
  });
});
