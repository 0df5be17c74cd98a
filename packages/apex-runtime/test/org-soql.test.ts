import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ApexList, ApexSet } from '../src/collections.ts';
import { OrgException } from '../src/org/index.ts';
import type { EqualityHooks } from '../src/equality.ts';
import { ApexDate, ApexDatetime, SObjectValue } from '../src/values.ts';
import {
  and,
  asc,
  bind,
  binds,
  bool,
  cmp,
  createUser,
  desc,
  mustSucceed,
  newOrg,
  NULL,
  or,
  rowsOf,
  sobject,
  soql,
  str,
} from './org-helpers.ts';

const NOW = Date.UTC(2030, 0, 2, 3, 4, 5);
const MINUTE = 60_000;

function scenario() {
  const org = newOrg(() => NOW);
  const system = { userId: org.adminUserId };
  const [contactId = ''] = mustSucceed(
    org.insert(
      [
        sobject('Contact', {
          FirstName: 'Ada',
          LastName: 'Testpatient',
          Email: 'ada.testpatient@example.com',
          Birthdate: new ApexDate(1984, 2, 9),
        }),
      ],
      system,
    ),
  );
  const [caseId = '', bareCaseId = ''] = mustSucceed(
    org.insert(
      [
        sobject('Case', { Subject: 'With contact', ContactId: contactId }),
        sobject('Case', { Subject: 'Bare' }),
      ],
      system,
    ),
  );
  const sentAt = (minutes: number | null) =>
    minutes === null ? null : new ApexDatetime(NOW + minutes * MINUTE);
  const messages = [10, null, 30].map((m, i) =>
    sobject('Secure_Message__c', {
      Case__c: caseId,
      Direction__c: 'Outbound',
      Status__c: i === 0 ? 'Delivered' : 'Queued',
      Sent_By__c: org.adminUserId,
      Sent_At__c: sentAt(m),
      Gateway_Message_Id__c: `msg_${i}`,
      PHI_Categories__c: 'PERSON_NAME;MRN',
    }),
  );
  const messageIds = mustSucceed(org.insert(messages, system));
  const events = [3, 1, 2].map((minute, i) =>
    sobject('Secure_Message_Event__c', {
      Secure_Message__c: messageIds[0] ?? '',
      Type__c: 'Delivered',
      Occurred_At__c: new ApexDatetime(NOW + minute * MINUTE),
      Event_Key__c: `gw:${i}`,
      Actor__c: org.adminUserId,
    }),
  );
  mustSucceed(org.insert(events, system));
  const run = (q: ReturnType<typeof soql>, values: Record<string, unknown> = {}) =>
    org.query(q, binds(values), { mode: 'system', enforceSharing: false, userId: org.adminUserId });
  return { org, system, contactId, caseId, bareCaseId, messageIds, run };
}

describe('org SOQL: the package query shapes (system mode)', () => {
  it('Case with Contact parent fields; a case without contact has a null Contact', () => {
    const { run, caseId, bareCaseId, contactId } = scenario();
    const select = [
      'Id',
      'CaseNumber',
      'Subject',
      'ContactId',
      'Contact.Name',
      'Contact.Email',
      'Contact.Birthdate',
    ];
    const [row] = rowsOf(
      run(
        soql('Case', select, {
          where: cmp('Id', '=', bind('caseId')),
          limit: { kind: 'literal', type: 'Number', text: '1' },
        }),
        { caseId: caseId.slice(0, 15) },
      ),
    );
    assert.ok(row);
    assert.equal(row.retrievedByQuery, true);
    assert.equal(row.get('Id'), caseId, '15-character binds match');
    assert.equal(row.get('ContactId'), contactId);
    const contact = row.get('Contact');
    assert.ok(contact instanceof SObjectValue);
    assert.equal(contact.retrievedByQuery, true);
    assert.deepEqual(
      [contact.get('Id'), contact.get('Name'), contact.get('Email')],
      [contactId, 'Ada Testpatient', 'ada.testpatient@example.com'],
    );
    assert.deepEqual(contact.get('Birthdate'), new ApexDate(1984, 2, 9));
    assert.equal(row.get('Description'), undefined, 'unqueried fields are absent');
    const [bare] = rowsOf(
      run(soql('Case', select, { where: cmp('Id', '=', bind('id')) }), { id: bareCaseId }),
    );
    assert.equal(bare?.get('Contact'), null);
  });

  it('ORDER BY Sent_At__c DESC NULLS LAST, CreatedDate DESC with a child subquery ordered by two keys', () => {
    const { run, caseId, messageIds } = scenario();
    const sub = soql('Events__r', ['Type__c', 'Occurred_At__c', 'Actor__r.Name'], {
      orderBy: [asc('Occurred_At__c'), asc('Name')],
    });
    const rows = rowsOf(
      run(
        soql(
          'Secure_Message__c',
          ['Id', 'Name', 'Sent_By__r.Name', { kind: 'subquery', query: sub }],
          {
            where: cmp('Case__c', '=', bind('caseId')),
            orderBy: [desc('Sent_At__c', true), desc('CreatedDate')],
            limit: bind('max'),
          },
        ),
        { caseId, max: 50 },
      ),
    );
    assert.deepEqual(
      rows.map((r) => r.get('Id')),
      [messageIds[2], messageIds[0], messageIds[1]],
    );
    assert.equal((rows[0]?.get('Sent_By__r') as SObjectValue).get('Name'), 'User User');
    const events = rows[1]?.get('Events__r');
    assert.ok(events instanceof ApexList);
    assert.deepEqual(
      events.items.map((e) => ((e as SObjectValue).get('Occurred_At__c') as ApexDatetime).millis),
      [NOW + MINUTE, NOW + 2 * MINUTE, NOW + 3 * MINUTE],
    );
    assert.deepEqual(
      (rows[0]?.get('Events__r') as ApexList).items,
      [],
      'no children: an empty list',
    );
  });

  it('null ordering defaults: nulls first ascending, last descending', () => {
    const { run } = scenario();
    const order = (o: ReturnType<typeof asc>) =>
      rowsOf(run(soql('Secure_Message__c', ['Gateway_Message_Id__c'], { orderBy: [o] }))).map((r) =>
        r.get('Gateway_Message_Id__c'),
      );
    assert.deepEqual(order(asc('Sent_At__c')), ['msg_1', 'msg_0', 'msg_2']);
    assert.deepEqual(order(desc('Sent_At__c')), ['msg_2', 'msg_0', 'msg_1']);
    assert.deepEqual(order(asc('Sent_At__c', true)), ['msg_0', 'msg_2', 'msg_1']);
    assert.deepEqual(order(desc('Sent_At__c', false)), ['msg_1', 'msg_2', 'msg_0']);
  });

  it('COUNT(), IN / NOT IN with List and Set binds, !=, null comparisons, LIMIT and OFFSET', () => {
    const { run, messageIds } = scenario();
    const count = (where: ReturnType<typeof cmp>, values = {}) =>
      run(soql('Secure_Message__c', [{ kind: 'countAll' }], { where }), values);
    assert.equal(run(soql('Secure_Message__c', [{ kind: 'countAll' }])), 3);
    const hooks: EqualityHooks = { userEquals: () => undefined, userHashCode: () => undefined };
    const set = new ApexSet({ kind: 'primitive', name: 'Id' }, hooks);
    set.add(messageIds[0] ?? '');
    set.add(messageIds[1] ?? '');
    assert.equal(count(cmp('Id', 'in', bind('ids')), { ids: set }), 2);
    const list = new ApexList({ kind: 'primitive', name: 'String' }, ['msg_0', 'MSG_2']);
    assert.equal(
      count(cmp('Gateway_Message_Id__c', 'in', bind('ids')), { ids: list }),
      2,
      'text matches ignore case',
    );
    assert.equal(count(cmp('Status__c', 'not in', bind('s')), { s: ['Delivered'] }), 2);
    assert.equal(count(cmp('Sent_At__c', '=', NULL)), 1);
    assert.equal(count(cmp('Sent_At__c', '!=', NULL)), 2);
    assert.equal(count(cmp('Recipient_Hint__c', '!=', str('x'))), 3, '!= matches null values');
    assert.equal(
      count(cmp('Sent_At__c', '>', bind('t')), { t: new ApexDatetime(NOW + 20 * MINUTE) }),
      1,
    );
    const page = rowsOf(
      run(
        soql('Secure_Message__c', ['Gateway_Message_Id__c'], {
          orderBy: [asc('Gateway_Message_Id__c')],
          limit: { kind: 'literal', type: 'Number', text: '1' },
          offset: { kind: 'literal', type: 'Number', text: '1' },
        }),
      ),
    );
    assert.deepEqual(
      page.map((r) => r.get('Gateway_Message_Id__c')),
      ['msg_1'],
    );
  });

  it('LIKE, INCLUDES, AND/OR and date literals', () => {
    const { run } = scenario();
    const count = (where: ReturnType<typeof cmp>) =>
      run(soql('Secure_Message__c', [{ kind: 'countAll' }], { where }));
    assert.equal(count(cmp('Gateway_Message_Id__c', 'like', str('MSG\\_%'))), 3);
    assert.equal(count(cmp('Gateway_Message_Id__c', 'like', str('msg_2'))), 1);
    assert.equal(count(cmp('PHI_Categories__c', 'like', str('%mrn'))), 3);
    assert.equal(
      count(
        or(
          cmp('Status__c', '=', str('delivered')),
          and(cmp('Sent_At__c', '=', NULL), cmp('Status__c', '=', str('Queued'))),
        ),
      ),
      2,
    );
    assert.equal(count(cmp('CreatedDate', '=', { kind: 'dateLiteral', name: 'TODAY' })), 3);
    assert.equal(count(cmp('CreatedDate', '<', { kind: 'dateLiteral', name: 'TODAY' })), 0);
    assert.equal(
      count(cmp('CreatedDate', '=', { kind: 'dateLiteral', name: 'LAST_N_DAYS', n: 1 })),
      3,
    );
    assert.equal(
      count(cmp('CreatedDate', '=', { kind: 'dateLiteral', name: 'NEXT_N_DAYS', n: 3 })),
      0,
    );
    assert.equal(count(cmp('CreatedDate', '=', { kind: 'dateLiteral', name: 'YESTERDAY' })), 0);
  });

  it('parent-field filters and aggregates: PermissionSetAssignment by PermissionSetId', () => {
    const { org, run } = scenario();
    createUser(org, 'Standard User', ['SecureSend_Sender']);
    createUser(org, 'Standard User', ['SecureSend_Sender', 'SecureSend_Auditor']);
    const inactive = createUser(org, 'Standard User', ['SecureSend_Sender']);
    mustSucceed(
      org.update([sobject('User', { Id: inactive, IsActive: false })], { userId: org.adminUserId }),
    );
    const personas = rowsOf(
      run(
        soql('PermissionSet', ['Id', 'Name', 'Label', 'NamespacePrefix'], {
          where: and(
            cmp('Name', 'in', bind('names')),
            or(cmp('NamespacePrefix', '=', bind('ns')), cmp('NamespacePrefix', '=', NULL)),
          ),
        }),
        { names: ['SecureSend_Sender', 'SecureSend_Auditor', 'SecureSend_Admin'], ns: 'ssend' },
      ),
    );
    assert.equal(personas.length, 3);
    const ids = personas.map((p) => p.get('Id'));
    const groups = rowsOf(
      run(
        soql(
          'PermissionSetAssignment',
          [
            'PermissionSetId',
            { kind: 'aggregate', fn: 'count', path: ['Id'], alias: 'holderCount' },
          ],
          {
            where: and(
              cmp('PermissionSetId', 'in', bind('ids')),
              cmp('Assignee.IsActive', '=', bool(true)),
            ),
            groupBy: [['PermissionSetId']],
          },
        ),
        { ids },
      ),
    );
    const counts = new Map(groups.map((g) => [g.get('PermissionSetId'), g.get('holderCount')]));
    assert.equal(groups[0]?.sobjectType, 'AggregateResult');
    const idOf = (name: string) => personas.find((p) => p.get('Name') === name)?.get('Id');
    assert.equal(counts.get(idOf('SecureSend_Sender')), 2, 'the inactive holder is not counted');
    assert.equal(counts.get(idOf('SecureSend_Auditor')), 1);
    assert.equal(counts.has(idOf('SecureSend_Admin')), false);
    const names = rowsOf(
      run(
        soql('PermissionSetAssignment', ['PermissionSetId', 'Assignee.Name'], {
          where: and(
            cmp('PermissionSetId', 'in', bind('ids')),
            cmp('Assignee.IsActive', '=', bool(true)),
          ),
          orderBy: [asc('Assignee.Name')],
        }),
        { ids },
      ),
    );
    assert.equal(names.length, 3);
    const expr = rowsOf(
      run(soql('Secure_Message__c', [{ kind: 'aggregate', fn: 'max', path: ['Sent_At__c'] }])),
    );
    assert.deepEqual(expr[0]?.get('expr0'), new ApexDatetime(NOW + 30 * MINUTE));
  });

  it('setup objects: SetupEntityAccess, NamedCredential, CronTrigger with CronJobDetail, AsyncApexJob', () => {
    const { org, run } = scenario();
    const sets = rowsOf(
      run(soql('PermissionSet', ['Id'], { where: cmp('Name', '=', str('SecureSend_Sender')) })),
    );
    const grants = rowsOf(
      run(
        soql('SetupEntityAccess', ['ParentId'], {
          where: and(cmp('ParentId', 'in', bind('ids')), cmp('SetupEntityType', '=', bind('type'))),
        }),
        { ids: sets.map((s) => s.get('Id')), type: 'ExternalCredentialParameter' },
      ),
    );
    assert.equal(grants.length, 1);
    const [credential] = rowsOf(
      run(
        soql('NamedCredential', ['Id', 'DeveloperName', 'NamespacePrefix', 'Endpoint'], {
          where: cmp('DeveloperName', '=', str('SecureSend_Gateway')),
        }),
      ),
    );
    assert.deepEqual(
      [credential?.get('Endpoint'), credential?.get('NamespacePrefix')],
      ['https://gateway.example.invalid', null],
    );
    const detailId = org.createSystemRecord('CronJobDetail', {
      Name: 'SecureSend status sync 1',
      JobType: '7',
    });
    org.createSystemRecord('CronTrigger', {
      CronJobDetailId: detailId,
      State: 'WAITING',
      CronExpression: '0 0 * * * ?',
      NextFireTime: new ApexDatetime(NOW + 60 * MINUTE),
    });
    const triggers = rowsOf(
      run(
        soql('CronTrigger', ['Id', 'CronJobDetail.Name', 'State', 'NextFireTime'], {
          where: and(
            cmp('CronJobDetail.Name', 'like', bind('p')),
            cmp('State', 'not in', bind('ended')),
          ),
        }),
        { p: 'SecureSend status sync%', ended: ['COMPLETE', 'ERROR', 'DELETED'] },
      ),
    );
    assert.equal(
      (triggers[0]?.get('CronJobDetail') as SObjectValue).get('Name'),
      'SecureSend status sync 1',
    );
    const classId =
      rowsOf(
        run(soql('ApexClass', ['Id'], { where: cmp('Name', '=', str('SecureSendStatusSync')) })),
      )[0]?.get('Id') ?? null;
    org.createSystemRecord('AsyncApexJob', {
      JobType: 'Queueable',
      Status: 'Queued',
      ApexClassId: classId,
    });
    const active = run(
      soql('AsyncApexJob', [{ kind: 'countAll' }], {
        where: and(
          cmp('JobType', '=', str('Queueable')),
          cmp('ApexClass.Name', '=', bind('name')),
          cmp('Status', 'in', bind('statuses')),
        ),
      }),
      { name: 'SecureSendStatusSync', statuses: ['Holding', 'Queued', 'Preparing', 'Processing'] },
    );
    assert.equal(active, 1);
  });

  it('fails loudly on unknown objects, fields and relationships', () => {
    const { run } = scenario();
    const expectQueryError = (fn: () => unknown, message: RegExp) =>
      assert.throws(
        fn,
        (e: unknown) =>
          e instanceof OrgException &&
          e.exceptionType === 'System.QueryException' &&
          message.test(e.message),
      );
    expectQueryError(
      () => run(soql('Nope__c', ['Id'])),
      /^sObject type 'Nope__c' is not supported/,
    );
    expectQueryError(
      () => run(soql('Case', ['Nope__c'])),
      /^No such column 'Nope__c' on entity 'Case'/,
    );
    expectQueryError(
      () => run(soql('Case', ['Nope__r.Name'])),
      /^Didn't understand relationship 'Nope__r'/,
    );
  });
});
