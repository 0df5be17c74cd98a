/**
 * Salesforce Files: a ContentDocument holds ContentVersions (one IsLatest) and is shared to
 * records and users through ContentDocumentLinks. Inserting the first ContentVersion creates
 * its ContentDocument (and the owner's link); FirstPublishLocationId links it to a record.
 * File objects have no object permissions of their own: access comes from ownership and links.
 */
import {
  blob,
  checkbox,
  computed,
  createOnly,
  integer,
  lookup,
  picklist,
  required,
  text,
  textArea,
} from './field-builders.ts';
import { standardObject } from './object-builder.ts';
import type { ObjectDef } from './types.ts';

export function contentVersionObject(): ObjectDef {
  return standardObject({
    name: 'ContentVersion',
    keyPrefix: '068',
    label: 'Content Version',
    sharingModel: 'ControlledByParent',
    owned: true,
    nameFieldName: 'Title',
    // Versions go with their document (delete the ContentDocument).
    deletable: false,
    fields: [
      // Defaulted from PathOnClient when absent.
      { ...text('Title', 255, { defaultedOnCreate: true }), nameField: true },
      createOnly(text('PathOnClient', 500, { label: 'Path On Client' })),
      createOnly(blob('VersionData', { label: 'Version Data' })),
      createOnly(
        lookup('ContentDocumentId', ['ContentDocument'], {
          label: 'ContentDocument ID',
          defaultedOnCreate: true,
          deleteConstraint: 'Cascade',
          masterDetail: true,
          reparentable: false,
          childRelationshipName: 'ContentVersions',
        }),
      ),
      createOnly(
        lookup('FirstPublishLocationId', [], {
          label: 'First Publish Location ID',
          relationshipName: 'FirstPublishLocation',
          deleteConstraint: undefined,
        }),
      ),
      textArea('Description', 1000),
      createOnly(picklist('ContentLocation', ['S', 'E', 'L'], { defaultPick: 'S' })),
      computed(text('FileExtension', 40, { label: 'File Extension' })),
      computed(text('FileType', 20, { label: 'File Type' })),
      computed(integer('ContentSize', { label: 'Size' })),
      computed(checkbox('IsLatest', true, { label: 'Is Latest' })),
      computed(text('VersionNumber', 20, { label: 'Version Number' })),
    ],
  });
}

export function contentDocumentObject(): ObjectDef {
  return standardObject({
    name: 'ContentDocument',
    keyPrefix: '069',
    label: 'Content Document',
    sharingModel: 'Private',
    owned: true,
    nameFieldName: 'Title',
    // Created by inserting its first ContentVersion, never directly.
    createable: false,
    fields: [
      { ...text('Title', 255), nameField: true },
      computed(text('FileExtension', 40, { label: 'File Extension' })),
      computed(text('FileType', 20, { label: 'File Type' })),
      computed(integer('ContentSize', { label: 'Size' })),
      computed(
        lookup('LatestPublishedVersionId', ['ContentVersion'], {
          deleteConstraint: undefined,
          label: 'Latest Published Version ID',
        }),
      ),
    ],
  });
}

export function contentDocumentLinkObject(): ObjectDef {
  return standardObject({
    name: 'ContentDocumentLink',
    keyPrefix: '06A',
    label: 'Content Document Link',
    sharingModel: 'ControlledByParent',
    updateable: true,
    fields: [
      createOnly(
        required(
          lookup('LinkedEntityId', [], {
            label: 'Linked Entity ID',
            relationshipName: 'LinkedEntity',
            deleteConstraint: 'Cascade',
            childRelationshipName: 'ContentDocumentLinks',
          }),
        ),
      ),
      createOnly(
        required(
          lookup('ContentDocumentId', ['ContentDocument'], {
            label: 'ContentDocument ID',
            deleteConstraint: 'Cascade',
            childRelationshipName: 'ContentDocumentLinks',
          }),
        ),
      ),
      picklist('ShareType', ['V', 'C', 'I'], { defaultPick: 'V', restrictedPicklist: true }),
      picklist('Visibility', ['AllUsers', 'InternalUsers', 'SharedUsers'], {
        defaultPick: 'AllUsers',
        restrictedPicklist: true,
      }),
    ],
  });
}
