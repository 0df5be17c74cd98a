import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dmlFailure, Org, OrgException, type QueryOptions } from '../src/org/index.ts';
import { ApexBlob, ApexDatetime } from '../src/values.ts';
import {
  bind,
  binds,
  cmp,
  createUser,
  mustSucceed,
  newOrg,
  project,
  rowsOf,
  sobject,
  soql,
} from './org-helpers.ts';

const NOW = Date.UTC(2030, 0, 2, 3, 4, 5);
const userMode = (userId: string): QueryOptions => ({ mode: 'user', enforceSharing: true, userId });
const asUser = (userId: string) => ({ accessLevel: 'user' as const, userId });

function world() {
  const org = newOrg(() => NOW);
  const senderA = createUser(org, 'Standard User', ['SecureSend_Sender']);
  const senderB = createUser(org, 'Standard User', ['SecureSend_Sender']);
  const plain = createUser(org, 'Standard User');
  const minimum = createUser(org, 'Minimum Access - Salesforce');
  const auditor = createUser(org, 'Standard User', ['SecureSend_Auditor']);
  const [caseId = ''] = mustSucceed(
    org.insert([sobject('Case', { Subject: 'Case A', OwnerId: senderA })], asUser(org.adminUserId)),
  );
  const message = sobject('Secure_Message__c', {
    Case__c: caseId,
    Direction__c: 'Outbound',
    Gateway_Message_Id__c: 'msg_a',
    Recipient_Hint__c: 'a***@example.com',
  });
  const [messageId = ''] = mustSucceed(org.insert([message], asUser(senderA)));
  mustSucceed(
    org.insert(
      [
        sobject('Secure_Message_Event__c', {
          Secure_Message__c: messageId,
          Type__c: 'Sent',
          Occurred_At__c: new ApexDatetime(NOW),
          Event_Key__c: 'user:1',
          Actor__c: senderA,
        }),
      ],
      asUser(senderA),
    ),
  );
  const messagesQuery = soql('Secure_Message__c', [
    'Id',
    'Gateway_Message_Id__c',
    'Recipient_Hint__c',
  ]);
  const eventsQuery = soql('Secure_Message_Event__c', ['Id', 'Type__c']);
  const query = (
    q: ReturnType<typeof soql>,
    userId: string,
    values: Record<string, unknown> = {},
  ) => org.query(q, binds(values), userMode(userId));
  return {
    org,
    senderA,
    senderB,
    plain,
    minimum,
    auditor,
    caseId,
    messageId,
    messagesQuery,
    eventsQuery,
    query,
  };
}

function queryError(fn: () => unknown): OrgException {
  try {
    fn();
  } catch (e) {
    if (e instanceof OrgException) return e;
    throw e;
  }
  throw new Error('expected a QueryException');
}

describe('org security: user-mode queries', () => {
  it('a Standard User without the Sender permission set cannot read messages; with it, can', () => {
    const { plain, senderA, query, messagesQuery } = world();
    const denied = queryError(() => query(messagesQuery, plain));
    assert.equal(denied.exceptionType, 'System.QueryException');
    assert.match(denied.message, /^sObject type 'Secure_Message__c' is not supported\./);
    const rows = rowsOf(query(messagesQuery, senderA));
    assert.deepEqual(
      rows.map((r) => r.get('Gateway_Message_Id__c')),
      ['msg_a'],
    );
  });

  it('field-level security: the admin profile holds no FLS on custom fields without a permission set', () => {
    const { org, query, messagesQuery } = world();
    assert.equal(query(soql('Secure_Message__c', [{ kind: 'countAll' }]), org.adminUserId), 1);
    const denied = queryError(() => query(messagesQuery, org.adminUserId));
    assert.match(
      denied.message,
      /^No such column 'Gateway_Message_Id__c' on entity 'Secure_Message__c'/,
    );
    assert.deepEqual(
      [...(denied.inaccessibleFields?.get('Secure_Message__c') ?? [])],
      ['Gateway_Message_Id__c', 'Recipient_Hint__c'],
    );
    const enforced = queryError(() =>
      org.query(messagesQuery, binds(), {
        mode: 'security_enforced',
        enforceSharing: false,
        userId: org.adminUserId,
      }),
    );
    assert.equal(
      enforced.message,
      'Insufficient permissions: secure query included inaccessible field',
    );
    // System mode ignores FLS.
    const system = org.query(messagesQuery, binds(), {
      mode: 'system',
      enforceSharing: false,
      userId: org.adminUserId,
    });
    assert.equal(rowsOf(system).length, 1);
    // With the persona permission sets (as org:create assigns them) the admin reads every field.
    const personaOrg = new Org(project(), { adminPermissionSets: ['SecureSend_Admin'] });
    assert.doesNotThrow(() =>
      personaOrg.query(messagesQuery, binds(), userMode(personaOrg.adminUserId)),
    );
  });

  it('sharing: a private message is visible to its owner, and to others through a manual share row', () => {
    const { org, senderB, messageId, query, messagesQuery, eventsQuery } = world();
    assert.equal(rowsOf(query(messagesQuery, senderB)).length, 0);
    assert.equal(rowsOf(query(eventsQuery, senderB)).length, 0, 'events follow their message');
    const systemWithSharing = org.query(messagesQuery, binds(), {
      mode: 'system',
      enforceSharing: true,
      userId: senderB,
    });
    assert.equal(rowsOf(systemWithSharing).length, 0, 'with sharing: visibility without CRUD/FLS');
    mustSucceed(
      org.insert(
        [
          sobject('Secure_Message__Share', {
            ParentId: messageId,
            UserOrGroupId: senderB,
            AccessLevel: 'Read',
            RowCause: 'Manual',
          }),
        ],
        asUser(org.adminUserId),
      ),
    );
    assert.equal(rowsOf(query(messagesQuery, senderB)).length, 1);
    assert.equal(rowsOf(query(eventsQuery, senderB)).length, 1);
    assert.equal(org.permissions.recordAccess(senderB, messageId).edit, false, 'a Read share');
  });

  it('setup objects need View Setup and Configuration', () => {
    const { org, plain, query } = world();
    const setsQuery = soql('PermissionSet', ['Id', 'Name']);
    assert.match(
      queryError(() => query(setsQuery, plain)).message,
      /^sObject type 'PermissionSet' is not supported/,
    );
    assert.ok(rowsOf(query(setsQuery, org.adminUserId)).length >= 4);
    assert.ok(
      rowsOf(query(soql('Profile', ['Id', 'Name']), plain)).length >= 3,
      'profiles are readable',
    );
  });

  it("a Minimum Access user cannot read cases; UserRecordAccess reports each user's access", () => {
    const { senderA, senderB, minimum, caseId, query } = world();
    assert.match(
      queryError(() => query(soql('Case', ['Id']), minimum)).message,
      /^sObject type 'Case' is not supported/,
    );
    const access = (userId: string) =>
      rowsOf(
        query(
          soql('UserRecordAccess', ['RecordId', 'HasReadAccess', 'HasEditAccess'], {
            where: {
              kind: 'and',
              items: [cmp('UserId', '=', bind('u')), cmp('RecordId', '=', bind('r'))],
            },
          }),
          senderA,
          { u: userId, r: caseId },
        ),
      )[0];
    assert.deepEqual(
      [access(senderA)?.get('HasReadAccess'), access(senderA)?.get('HasEditAccess')],
      [true, true],
    );
    assert.deepEqual(
      [access(senderB)?.get('HasReadAccess'), access(senderB)?.get('HasEditAccess')],
      [true, true],
      'Case is Public Read/Write/Transfer',
    );
    assert.deepEqual(
      [access(minimum)?.get('HasReadAccess'), access(minimum)?.get('HasEditAccess')],
      [false, false],
    );
  });
});

describe('org security: user-mode DML and permissions', () => {
  it('a sender may create but not edit messages, nor write read-only fields', () => {
    const { org, senderA, caseId, messageId } = world();
    const update = org.update(
      [sobject('Secure_Message__c', { Id: messageId, Status__c: 'Revoked' })],
      asUser(senderA),
    );
    assert.deepEqual(dmlFailure('Update', update), {
      exceptionType: 'System.SecurityException',
      message: 'DML operation UPDATE not allowed on Secure_Message__c',
      row: 0,
      error: update[0]?.errors[0],
    });
    const withLastError = sobject('Secure_Message__c', {
      Case__c: caseId,
      Direction__c: 'Outbound',
      Last_Error__c: 'x',
    });
    const insert = org.insert([withLastError], asUser(senderA));
    assert.deepEqual(insert[0]?.errors[0]?.fields, ['Last_Error__c']);
    assert.equal(
      dmlFailure('Insert', insert)?.message,
      'Operation failed due to fields being inaccessible on Sobject Secure_Message__c, check errors on Exception or Result!',
    );
    // System mode writes anything.
    mustSucceed(
      org.update([sobject('Secure_Message__c', { Id: messageId, Last_Error__c: 'x' })], {
        userId: senderA,
      }),
    );
  });

  it('record access: a lookup to a record the user cannot see is refused; non-owners cannot delete', () => {
    const { org, senderB, messageId, caseId } = world();
    const [event] = org.insert(
      [
        sobject('Secure_Message_Event__c', {
          Secure_Message__c: messageId,
          Type__c: 'Sent',
          Occurred_At__c: new ApexDatetime(NOW),
          Event_Key__c: 'user:2',
        }),
      ],
      asUser(senderB),
    );
    assert.equal(event?.errors[0]?.statusCode, 'INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY');
    const [del] = org.delete([caseId], asUser(senderB));
    assert.equal(del?.errors[0]?.statusCode, 'INSUFFICIENT_ACCESS_OR_READONLY');
  });

  it('system mode in with-sharing code checks record access only', () => {
    const { org, senderA, senderB, messageId } = world();
    const change = () => sobject('Secure_Message__c', { Id: messageId, Last_Error__c: 'x' });
    const [denied] = org.update([change()], { userId: senderB, enforceSharing: true });
    assert.equal(denied?.errors[0]?.statusCode, 'INSUFFICIENT_ACCESS_OR_READONLY');
    const [owner] = org.update([change()], { userId: senderA, enforceSharing: true });
    assert.equal(owner?.success, true, 'no object or field permission needed');
  });

  it('files: visible to their owner and through a link to a record the user can read', () => {
    const { org, senderA, senderB, minimum, caseId, query } = world();
    const version = sobject('ContentVersion', {
      Title: 'results',
      PathOnClient: 'results.pdf',
      VersionData: new ApexBlob(new Uint8Array([1])),
      FirstPublishLocationId: caseId,
    });
    const [versionId = ''] = mustSucceed(org.insert([version], asUser(senderA)));
    const unlinked = sobject('ContentVersion', {
      PathOnClient: 'private.txt',
      VersionData: new ApexBlob(new Uint8Array([2])),
    });
    mustSucceed(org.insert([unlinked], asUser(senderA)));
    const titles = (userId: string) =>
      rowsOf(query(soql('ContentVersion', ['Title', 'FileExtension']), userId)).map((r) =>
        r.get('Title'),
      );
    assert.deepEqual(titles(senderA), ['results', 'private'], 'Title defaults to the file name');
    assert.deepEqual(titles(senderB), ['results'], 'linked to a case B can read');
    assert.deepEqual(titles(minimum), [], 'no access to the case');
    const links = rowsOf(
      query(
        soql('ContentDocumentLink', ['ContentDocumentId'], {
          where: cmp('LinkedEntityId', '=', bind('c')),
        }),
        senderB,
        {
          c: caseId,
        },
      ),
    );
    assert.deepEqual(
      links.map((l) => l.get('ContentDocumentId')),
      [org.record(versionId)?.get('ContentDocumentId')],
    );
  });

  it('custom permissions come from permission sets only', () => {
    const { org, senderA, auditor } = world();
    assert.equal(org.permissions.hasCustomPermission(senderA, 'securesend_send'), true);
    assert.equal(org.permissions.hasCustomPermission(senderA, 'SecureSend_Configure'), false);
    assert.equal(org.permissions.hasCustomPermission(auditor, 'SecureSend_View_Audit'), true);
    assert.equal(org.permissions.hasCustomPermission(org.adminUserId, 'SecureSend_Send'), false);
    assert.deepEqual(org.permissions.objectAccess(senderA, 'Secure_Message__c'), {
      read: true,
      create: true,
      edit: false,
      delete: false,
      viewAll: false,
      modifyAll: false,
    });
    assert.deepEqual(org.permissions.fieldAccess(senderA, 'Secure_Message__c', 'Last_Error__c'), {
      read: true,
      edit: false,
    });
    assert.deepEqual(org.permissions.fieldAccess(senderA, 'Secure_Message__c', 'Status__c'), {
      read: true,
      edit: true,
    });
  });
});
