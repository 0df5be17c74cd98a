import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildSchema } from '../src/org/index.ts';
import { project } from './org-helpers.ts';

describe('org loader (the real project)', () => {
  const meta = project();
  const schema = buildSchema(meta);

  it('reads every package directory and the namespace', () => {
    assert.equal(meta.namespace, 'ssend');
    const names = meta.objects.map((o) => o.name).sort();
    assert.deepEqual(names, [
      'Case',
      'SecureSend_Phi_Policy__mdt',
      'SecureSend_Setting__mdt',
      'SecureSend_Sync_State__c',
      'Secure_Message_Event__c',
      'Secure_Message__c',
    ]);
    const fieldCount = (name: string) => meta.objects.find((o) => o.name === name)?.fields.length;
    assert.equal(fieldCount('Secure_Message__c'), 22);
    assert.equal(fieldCount('Secure_Message_Event__c'), 9);
    assert.equal(fieldCount('SecureSend_Sync_State__c'), 4);
    assert.equal(fieldCount('SecureSend_Setting__mdt'), 7);
    assert.equal(fieldCount('SecureSend_Phi_Policy__mdt'), 2);
    assert.equal(fieldCount('Case'), 0, 'unpackaged/ only overrides an action');
  });

  it('reads permission sets, custom permissions, metadata records, credentials, labels, classes', () => {
    assert.deepEqual(
      meta.permissionSets.map((p) => p.name),
      ['SecureSend_Admin', 'SecureSend_Auditor', 'SecureSend_Sender', 'SecureSend_Supervisor'],
    );
    const sender = meta.permissionSets.find((p) => p.name === 'SecureSend_Sender');
    assert.deepEqual(sender?.customPermissions, [
      'SecureSend_Redact_Case',
      'SecureSend_Revoke',
      'SecureSend_Send',
      'SecureSend_View_Content',
    ]);
    assert.deepEqual(sender?.externalCredentialPrincipals, ['SecureSend_Gateway-Org']);
    assert.equal(sender?.fieldPermissions.length, 24);
    const messagePerms = sender?.objectPermissions.find((o) => o.object === 'Secure_Message__c');
    assert.deepEqual(
      [messagePerms?.allowRead, messagePerms?.allowCreate, messagePerms?.allowEdit],
      [true, true, false],
    );
    assert.equal(meta.customPermissions.length, 7);
    assert.equal(meta.customMetadataRecords.length, 19);
    assert.equal(
      meta.customMetadataRecords.filter((r) => r.type === 'SecureSend_Phi_Policy__mdt').length,
      18,
    );
    const ssn = meta.customMetadataRecords.find((r) => r.developerName === 'Ssn');
    assert.deepEqual(ssn?.values, [
      { field: 'Category__c', value: 'SSN', xsiType: 'xsd:string' },
      { field: 'Action__c', value: 'Block', xsiType: 'xsd:string' },
    ]);
    assert.deepEqual(meta.namedCredentials, [
      {
        name: 'SecureSend_Gateway',
        label: 'SecureSend Gateway',
        endpoint: 'https://gateway.example.invalid',
        externalCredential: 'SecureSend_Gateway',
      },
    ]);
    assert.deepEqual(meta.externalCredentials[0]?.principals, ['Org']);
    assert.equal(meta.labels.length, 300);
    assert.equal(meta.labels.find((l) => l.name === 'SecureSend_Cancel')?.value, 'Cancel');
    assert.equal(meta.apexClasses.length, 59);
  });

  it('describes custom fields as the metadata declares them', () => {
    const message = schema.object('secure_message__c');
    assert.ok(message);
    assert.equal(message.keyPrefix, 'a00');
    assert.equal(message.sharingModel, 'Private');
    assert.equal(message.shareObject, 'Secure_Message__Share');
    const gatewayId = schema.field(message, 'GATEWAY_MESSAGE_ID__C');
    assert.deepEqual(
      [
        gatewayId?.type,
        gatewayId?.length,
        gatewayId?.unique,
        gatewayId?.caseSensitive,
        gatewayId?.externalId,
      ],
      ['STRING', 64, true, true, true],
    );
    const status = schema.field(message, 'Status__c');
    assert.equal(status?.defaultValue, 'Queued');
    assert.equal(status?.restrictedPicklist, true);
    assert.equal(status?.nillable, false);
    assert.equal(schema.field(message, 'Name')?.autoNumberFormat, 'SM-{00000000}');
    assert.equal(schema.field(message, 'Case__c')?.deleteConstraint, 'Restrict');
    assert.equal(schema.field(message, 'Recipient_Count__c')?.type, 'DOUBLE');
    assert.ok(schema.field(message, 'OwnerId'), 'a Private object has an owner');

    const event = schema.object('Secure_Message_Event__c');
    assert.ok(event);
    assert.equal(event.sharingModel, 'ControlledByParent');
    assert.equal(event.owned, false, 'a detail object has no owner');
    const master = schema.field(event, 'Secure_Message__c');
    assert.deepEqual(
      [
        master?.masterDetail,
        master?.deleteConstraint,
        master?.updateable,
        master?.writeRequiresMasterRead,
      ],
      [true, 'Cascade', false, true],
    );
    assert.equal(
      schema.childRelationship(message, 'events__r')?.childObject,
      'Secure_Message_Event__c',
    );
    assert.equal(schema.parentRelationship(message, 'Sent_By__r')?.name, 'Sent_By__c');
  });

  it('describes settings, metadata types and share objects', () => {
    const state = schema.object('SecureSend_Sync_State__c');
    assert.equal(state?.customSettingsType, 'Hierarchy');
    assert.equal(state?.visibility, 'Protected');
    assert.ok(state && schema.field(state, 'SetupOwnerId'));
    const policy = schema.object('SecureSend_Phi_Policy__mdt');
    assert.equal(policy?.keyPrefix, 'm00');
    assert.equal(policy?.createable, false);
    assert.ok(policy && schema.field(policy, 'QualifiedApiName'));
    const share = schema.object('Secure_Message__Share');
    assert.equal(share?.keyPrefix, '02c');
    assert.deepEqual(
      share &&
        ['ParentId', 'UserOrGroupId', 'AccessLevel', 'RowCause'].map(
          (f) => schema.field(share, f)?.name,
        ),
      ['ParentId', 'UserOrGroupId', 'AccessLevel', 'RowCause'],
    );
  });

  it('has the standard objects with their key prefixes', () => {
    const prefixes = Object.fromEntries(schema.objects().map((o) => [o.name, o.keyPrefix]));
    assert.deepEqual(
      [
        prefixes.Case,
        prefixes.Contact,
        prefixes.User,
        prefixes.CaseComment,
        prefixes.ContentVersion,
        prefixes.ContentDocument,
        prefixes.ContentDocumentLink,
        prefixes.Profile,
        prefixes.PermissionSet,
        prefixes.PermissionSetAssignment,
        prefixes.SetupEntityAccess,
        prefixes.NamedCredential,
        prefixes.CronTrigger,
        prefixes.CronJobDetail,
        prefixes.AsyncApexJob,
        prefixes.ApexClass,
        prefixes.Organization,
      ],
      [
        '500',
        '003',
        '005',
        '00a',
        '068',
        '069',
        '06A',
        '00e',
        '0PS',
        '0Pa',
        '0J0',
        '0XA',
        '08e',
        '08a',
        '707',
        '01p',
        '00D',
      ],
    );
  });
});
