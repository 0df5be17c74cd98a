/**
 * Setup and platform objects the package queries. Reading them needs "View Setup and
 * Configuration" (see security/profiles.ts); most are maintained by the org itself, so DML on
 * them fails as it would in Apex ("DML operation Insert not allowed on X").
 */
import {
  checkbox,
  computed,
  createOnly,
  dateTime,
  integer,
  lookup,
  picklist,
  required,
  text,
  textArea,
} from './field-builders.ts';
import { standardObject } from './object-builder.ts';
import { baseField, type FieldDef, type ObjectDef } from './types.ts';

const readOnly = { createable: false, updateable: false, deletable: false } as const;

function namespacePrefix(): FieldDef {
  return computed(text('NamespacePrefix', 15));
}

export function permissionSetObject(): ObjectDef {
  return standardObject({
    name: 'PermissionSet',
    keyPrefix: '0PS',
    kind: 'setup',
    label: 'Permission Set',
    sharingModel: 'None',
    nameFieldName: 'Name',
    ...readOnly,
    fields: [
      { ...required(text('Name', 80)), nameField: true },
      required(text('Label', 80)),
      textArea('Description', 255),
      namespacePrefix(),
      computed(checkbox('IsOwnedByProfile', false)),
      computed(checkbox('IsCustom', true)),
    ],
  });
}

export function permissionSetAssignmentObject(): ObjectDef {
  return standardObject({
    name: 'PermissionSetAssignment',
    keyPrefix: '0Pa',
    kind: 'setup',
    label: 'Permission Set Assignment',
    sharingModel: 'None',
    updateable: false,
    fields: [
      createOnly(
        required(
          lookup('AssigneeId', ['User'], {
            relationshipName: 'Assignee',
            deleteConstraint: 'Cascade',
            childRelationshipName: 'PermissionSetAssignments',
          }),
        ),
      ),
      createOnly(
        required(
          lookup('PermissionSetId', ['PermissionSet'], {
            deleteConstraint: 'Cascade',
            childRelationshipName: 'Assignments',
          }),
        ),
      ),
      computed(checkbox('IsActive', true)),
    ],
  });
}

export function setupEntityAccessObject(): ObjectDef {
  return standardObject({
    name: 'SetupEntityAccess',
    keyPrefix: '0J0',
    kind: 'setup',
    label: 'Setup Entity Access',
    sharingModel: 'None',
    ...readOnly,
    fields: [
      computed(
        lookup('ParentId', ['PermissionSet'], {
          relationshipName: 'Parent',
          deleteConstraint: 'Cascade',
          childRelationshipName: 'SetupEntityAccessItems',
        }),
      ),
      computed(
        lookup('SetupEntityId', [], { relationshipName: undefined, deleteConstraint: undefined }),
      ),
      computed(text('SetupEntityType', 40)),
    ],
  });
}

export function customPermissionObject(): ObjectDef {
  return standardObject({
    name: 'CustomPermission',
    keyPrefix: '0CP',
    kind: 'setup',
    label: 'Custom Permission',
    sharingModel: 'None',
    nameFieldName: 'DeveloperName',
    ...readOnly,
    fields: [
      { ...text('DeveloperName', 80), nameField: true },
      text('MasterLabel', 80),
      textArea('Description', 255),
      namespacePrefix(),
    ],
  });
}

export function namedCredentialObject(): ObjectDef {
  return standardObject({
    name: 'NamedCredential',
    keyPrefix: '0XA',
    kind: 'setup',
    label: 'Named Credential',
    sharingModel: 'None',
    nameFieldName: 'DeveloperName',
    ...readOnly,
    fields: [
      { ...text('DeveloperName', 80), nameField: true },
      text('MasterLabel', 80),
      text('Endpoint', 255, { type: 'URL' }),
      namespacePrefix(),
      text('PrincipalType', 40),
    ],
  });
}

export function apexClassObject(): ObjectDef {
  return standardObject({
    name: 'ApexClass',
    keyPrefix: '01p',
    kind: 'setup',
    label: 'Apex Class',
    sharingModel: 'None',
    nameFieldName: 'Name',
    ...readOnly,
    fields: [
      { ...text('Name', 255), nameField: true },
      namespacePrefix(),
      text('Status', 40),
      { ...baseField('ApiVersion', 'DOUBLE', 'Api Version'), precision: 18, scale: 1 },
      checkbox('IsValid', true),
    ],
  });
}

export function cronJobDetailObject(): ObjectDef {
  return standardObject({
    name: 'CronJobDetail',
    keyPrefix: '08a',
    kind: 'setup',
    label: 'Cron Job',
    sharingModel: 'None',
    nameFieldName: 'Name',
    ...readOnly,
    fields: [
      { ...text('Name', 255), nameField: true },
      // '7' is Scheduled Apex (CronJobDetail object reference).
      picklist('JobType', ['1', '3', '4', '6', '7', '8', '9', 'A', '0', 'J']),
    ],
  });
}

export function cronTriggerObject(): ObjectDef {
  return standardObject({
    name: 'CronTrigger',
    keyPrefix: '08e',
    kind: 'setup',
    label: 'Cron Trigger',
    sharingModel: 'None',
    ...readOnly,
    fields: [
      computed(
        lookup('CronJobDetailId', ['CronJobDetail'], {
          label: 'Job ID',
          deleteConstraint: 'Cascade',
        }),
      ),
      computed(
        lookup('OwnerId', ['User'], { deleteConstraint: undefined, relationshipName: 'Owner' }),
      ),
      computed(text('CronExpression', 255)),
      computed(
        picklist('State', [
          'WAITING',
          'ACQUIRED',
          'EXECUTING',
          'COMPLETE',
          'ERROR',
          'DELETED',
          'PAUSED',
          'BLOCKED',
          'PAUSED_BLOCKED',
        ]),
      ),
      computed(dateTime('NextFireTime')),
      computed(dateTime('PreviousFireTime')),
      computed(dateTime('StartTime')),
      computed(dateTime('EndTime')),
      computed(integer('TimesTriggered')),
      computed(text('TimeZoneSidKey', 40)),
    ],
  });
}

export function asyncApexJobObject(): ObjectDef {
  return standardObject({
    name: 'AsyncApexJob',
    keyPrefix: '707',
    kind: 'setup',
    label: 'Apex Job',
    sharingModel: 'None',
    ...readOnly,
    fields: [
      computed(
        picklist('JobType', [
          'Future',
          'SharingRecalculation',
          'ScheduledApex',
          'BatchApex',
          'BatchApexWorker',
          'TestRequest',
          'TestWorker',
          'ApexToken',
          'Queueable',
        ]),
      ),
      computed(
        picklist('Status', [
          'Holding',
          'Queued',
          'Preparing',
          'Processing',
          'Aborted',
          'Completed',
          'Failed',
        ]),
      ),
      computed(lookup('ApexClassId', ['ApexClass'], { deleteConstraint: undefined })),
      computed(text('MethodName', 255)),
      computed(text('ExtendedStatus', 255)),
      computed(integer('NumberOfErrors')),
      computed(integer('JobItemsProcessed')),
      computed(integer('TotalJobItems')),
      computed(dateTime('CompletedDate')),
      computed(lookup('CronTriggerId', ['CronTrigger'], { deleteConstraint: undefined })),
      computed(lookup('ParentJobId', ['AsyncApexJob'], { deleteConstraint: undefined })),
    ],
  });
}
