/** Every standard object the local org knows, fresh copies per call (orgs may extend them). */
import {
  caseCommentObject,
  caseObject,
  contactObject,
  organizationObject,
  profileObject,
  userObject,
  userRecordAccessObject,
} from './standard-crm.ts';
import {
  contentDocumentLinkObject,
  contentDocumentObject,
  contentVersionObject,
} from './standard-content.ts';
import {
  apexClassObject,
  asyncApexJobObject,
  cronJobDetailObject,
  cronTriggerObject,
  customPermissionObject,
  namedCredentialObject,
  permissionSetAssignmentObject,
  permissionSetObject,
  setupEntityAccessObject,
} from './standard-setup.ts';
import type { ObjectDef } from './types.ts';

export function standardObjects(): ObjectDef[] {
  return [
    caseObject(),
    contactObject(),
    caseCommentObject(),
    userObject(),
    profileObject(),
    organizationObject(),
    userRecordAccessObject(),
    contentVersionObject(),
    contentDocumentObject(),
    contentDocumentLinkObject(),
    permissionSetObject(),
    permissionSetAssignmentObject(),
    setupEntityAccessObject(),
    customPermissionObject(),
    namedCredentialObject(),
    apexClassObject(),
    cronJobDetailObject(),
    cronTriggerObject(),
    asyncApexJobObject(),
  ];
}
