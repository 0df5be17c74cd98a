/**
 * Standard CRM objects the package touches, with the fields it reads or writes and their
 * describe properties (Object Reference for Salesforce and Lightning Platform). Only these
 * fields exist locally: a query naming another standard field fails loudly.
 *
 * Organization-wide defaults are those of a new Developer Edition / scratch org:
 * Case Public Read/Write/Transfer, Contact Controlled by Parent (the parent Account is not
 * modelled, so every contact here is a "private contact": only its owner and users with View
 * All see it), CaseComment follows its Case.
 */
import {
  autoNumberName,
  checkbox,
  computed,
  createOnly,
  date,
  email,
  lookup,
  phone,
  picklist,
  required,
  text,
  textArea,
} from './field-builders.ts';
import { standardObject } from './object-builder.ts';
import type { ObjectDef } from './types.ts';

export function caseObject(): ObjectDef {
  return standardObject({
    name: 'Case',
    keyPrefix: '500',
    labelPlural: 'Cases',
    sharingModel: 'ReadWriteTransfer',
    owned: true,
    nameFieldName: 'CaseNumber',
    fields: [
      autoNumberName('CaseNumber', '{00000000}', 'Case Number'),
      text('Subject', 255),
      textArea('Description', 32000),
      lookup('ContactId', ['Contact'], { label: 'Contact ID', childRelationshipName: 'Cases' }),
      picklist('Status', ['New', 'Working', 'Escalated', 'Closed'], { defaultPick: 'New' }),
      picklist('Origin', ['Phone', 'Email', 'Web'], { label: 'Case Origin' }),
      picklist('Priority', ['High', 'Medium', 'Low'], { defaultPick: 'Medium' }),
      computed(checkbox('IsClosed', false, { label: 'Closed' })),
    ],
  });
}

export function contactObject(): ObjectDef {
  return standardObject({
    name: 'Contact',
    keyPrefix: '003',
    sharingModel: 'ControlledByParent',
    owned: true,
    nameFieldName: 'Name',
    fields: [
      text('FirstName', 40, { label: 'First Name' }),
      required(text('LastName', 80, { label: 'Last Name' })),
      // Compound name: FirstName + ' ' + LastName, maintained by the org.
      { ...computed(text('Name', 121, { label: 'Full Name' })), nameField: true },
      email('Email'),
      phone('Phone', { label: 'Business Phone' }),
      phone('MobilePhone', { label: 'Mobile Phone' }),
      date('Birthdate'),
      text('Title', 128),
      textArea('Description', 32000, { label: 'Contact Description' }),
    ],
  });
}

export function caseCommentObject(): ObjectDef {
  return standardObject({
    name: 'CaseComment',
    keyPrefix: '00a',
    label: 'Case Comment',
    sharingModel: 'ControlledByParent',
    fields: [
      createOnly(
        required(
          lookup('ParentId', ['Case'], {
            label: 'Parent Case ID',
            deleteConstraint: 'Cascade',
            masterDetail: true,
            writeRequiresMasterRead: false,
            reparentable: false,
            childRelationshipName: 'CaseComments',
          }),
        ),
      ),
      textArea('CommentBody', 4000, { label: 'Body' }),
      checkbox('IsPublished', false, { label: 'Public' }),
    ],
  });
}

const TIME_ZONES = [
  'America/Los_Angeles',
  'America/New_York',
  'America/Chicago',
  'GMT',
  'Europe/London',
];
const LOCALES = ['en_US', 'en_GB', 'fr_FR', 'de_DE'];

export function userObject(): ObjectDef {
  // Internal users see every user (User sharing is Public Read Only for internal users).
  return standardObject({
    name: 'User',
    keyPrefix: '005',
    sharingModel: 'Read',
    nameFieldName: 'Name',
    fields: [
      required(text('Username', 80, { unique: true, idLookup: true })),
      text('FirstName', 40, { label: 'First Name' }),
      required(text('LastName', 80, { label: 'Last Name' })),
      { ...computed(text('Name', 121, { label: 'Full Name' })), nameField: true },
      required(text('Alias', 8)),
      required(email('Email', { length: 128 })),
      text('CommunityNickname', 40, { label: 'Nickname', defaultedOnCreate: true }),
      text('Title', 80),
      required(
        lookup('ProfileId', ['Profile'], { label: 'Profile ID', deleteConstraint: undefined }),
      ),
      checkbox('IsActive', true, { label: 'Active' }),
      required(picklist('TimeZoneSidKey', TIME_ZONES, { label: 'Time Zone' })),
      required(picklist('LocaleSidKey', LOCALES, { label: 'Locale' })),
      required(picklist('EmailEncodingKey', ['UTF-8', 'ISO-8859-1'], { label: 'Email Encoding' })),
      required(picklist('LanguageLocaleKey', ['en_US'], { label: 'Language' })),
      computed(text('UserType', 40, { label: 'User Type' })),
    ],
    // Users are deactivated, never deleted.
    deletable: false,
  });
}

export function profileObject(): ObjectDef {
  return standardObject({
    name: 'Profile',
    keyPrefix: '00e',
    sharingModel: 'None',
    nameFieldName: 'Name',
    createable: false,
    updateable: false,
    deletable: false,
    fields: [
      { ...required(text('Name', 255)), nameField: true },
      text('Description', 255),
      computed(text('UserType', 40, { label: 'User Type' })),
    ],
  });
}

export function organizationObject(): ObjectDef {
  return standardObject({
    name: 'Organization',
    keyPrefix: '00D',
    sharingModel: 'None',
    nameFieldName: 'Name',
    createable: false,
    updateable: false,
    deletable: false,
    fields: [
      { ...text('Name', 80), nameField: true },
      computed(text('NamespacePrefix', 15)),
      computed(text('OrganizationType', 40, { label: 'Edition' })),
      computed(checkbox('IsSandbox', false)),
      computed(text('InstanceName', 5)),
      text('TimeZoneSidKey', 40),
      text('LanguageLocaleKey', 40),
      text('DefaultLocaleSidKey', 40),
    ],
  });
}

/** Computed per (UserId, RecordId) at query time from the sharing model. */
export function userRecordAccessObject(): ObjectDef {
  const flag = (name: string) => computed(checkbox(name, false));
  return standardObject({
    name: 'UserRecordAccess',
    keyPrefix: '000',
    kind: 'virtual',
    sharingModel: 'None',
    createable: false,
    updateable: false,
    deletable: false,
    fields: [
      computed(lookup('UserId', ['User'], { deleteConstraint: undefined })),
      computed(
        lookup('RecordId', [], { deleteConstraint: undefined, relationshipName: undefined }),
      ),
      flag('HasReadAccess'),
      flag('HasEditAccess'),
      flag('HasDeleteAccess'),
      flag('HasTransferAccess'),
      flag('HasAllAccess'),
      computed(picklist('MaxAccessLevel', ['None', 'Read', 'Edit', 'Delete', 'Transfer', 'All'])),
    ],
  });
}
