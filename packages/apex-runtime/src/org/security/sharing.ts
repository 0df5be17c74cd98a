/**
 * Record-level access (sharing): who may read, edit and delete one record.
 *
 * Modelled: ownership, organization-wide defaults, View All / Modify All (object or
 * View All Data / Modify All Data), manual and Apex share rows (X__Share), master-detail
 * (ControlledByParent) and file links. Not modelled: roles and the role hierarchy, groups and
 * queues, sharing rules, teams, territories (a scratch org has none of them by default).
 */
import type { Schema } from '../schema/schema.ts';
import type { ObjectDef } from '../schema/types.ts';
import type { RecordStore, StoredRecord } from '../store/record-store.ts';
import type { UserAccess } from './user-access.ts';

export interface RecordAccess {
  read: boolean;
  edit: boolean;
  delete: boolean;
  transfer: boolean;
  /** Full access: owner, Modify All, or an 'All' share. */
  all: boolean;
}

const NONE: RecordAccess = { read: false, edit: false, delete: false, transfer: false, all: false };
const FULL: RecordAccess = { read: true, edit: true, delete: true, transfer: true, all: true };
const READ: RecordAccess = { ...NONE, read: true };
const READ_WRITE: RecordAccess = { ...NONE, read: true, edit: true };

export class Sharing {
  constructor(
    private readonly schema: Schema,
    private readonly store: RecordStore,
  ) {}

  access(user: UserAccess, record: StoredRecord, depth = 0): RecordAccess {
    const object = this.schema.object(record.type);
    if (object === undefined || depth > 5) return NONE;
    const perms = user.objectAccess(object);
    if (perms.modifyAll) return FULL;
    const granted = this.sharingAccess(user, object, record, depth);
    return perms.viewAll ? union(granted, READ) : granted;
  }

  private sharingAccess(
    user: UserAccess,
    object: ObjectDef,
    record: StoredRecord,
    depth: number,
  ): RecordAccess {
    const key = object.name.toLowerCase();
    if (key === 'user') {
      // Users see every internal user and edit only themselves.
      return record.id === user.userId ? READ_WRITE : READ;
    }
    if (key === 'contentdocument') return this.documentAccess(user, record, depth);
    if (key === 'contentdocumentlink') return this.linkAccess(user, record, depth);
    if (object.sharingModel === 'None') return FULL;
    if (object.owned && record.values.get('ownerid') === user.userId) return FULL;
    let access = this.defaultAccess(user, object, record, depth);
    if (object.shareObject !== undefined) {
      access = union(access, this.shareRowAccess(user, object.shareObject, record.id));
    }
    return access;
  }

  /** What the organization-wide default (or the master record) gives a non-owner. */
  private defaultAccess(
    user: UserAccess,
    object: ObjectDef,
    record: StoredRecord,
    depth: number,
  ): RecordAccess {
    switch (object.sharingModel) {
      case 'Read':
        return READ;
      case 'ReadWrite':
        return READ_WRITE;
      case 'ReadWriteTransfer':
        return { ...READ_WRITE, transfer: true };
      case 'FullAccess':
        return { ...READ_WRITE, delete: true, transfer: true };
      case 'ControlledByParent':
        return this.masterAccess(user, object, record, depth);
      default:
        return NONE;
    }
  }

  /**
   * Detail records follow their master: read and edit as on the master; deleting a detail
   * needs edit on the master. An object whose parent is not modelled (Contact without Account)
   * gives non-owners nothing.
   */
  private masterAccess(
    user: UserAccess,
    object: ObjectDef,
    record: StoredRecord,
    depth: number,
  ): RecordAccess {
    const masterField = [...object.fields.values()].find((f) => f.masterDetail);
    if (masterField === undefined) return NONE;
    const masterId = record.values.get(masterField.name.toLowerCase());
    const master = typeof masterId === 'string' ? this.store.get(masterId) : undefined;
    if (master === undefined) return NONE;
    const parent = this.access(user, master, depth + 1);
    return { ...NONE, read: parent.read, edit: parent.edit, delete: parent.edit };
  }

  private shareRowAccess(user: UserAccess, shareObject: string, recordId: string): RecordAccess {
    let access = NONE;
    for (const row of this.store.ofType(shareObject)) {
      if (row.values.get('parentid') !== recordId) continue;
      if (row.values.get('userorgroupid') !== user.userId) continue;
      const level = row.values.get('accesslevel');
      access = union(access, level === 'All' ? FULL : level === 'Edit' ? READ_WRITE : READ);
    }
    return access;
  }

  /** A file: its owner, users it is linked to, and users who can read a record it is linked to. */
  private documentAccess(user: UserAccess, document: StoredRecord, depth: number): RecordAccess {
    if (document.values.get('ownerid') === user.userId) return FULL;
    let access = NONE;
    for (const link of this.store.ofType('ContentDocumentLink')) {
      if (link.values.get('contentdocumentid') !== document.id) continue;
      const entityId = link.values.get('linkedentityid');
      const shareType = link.values.get('sharetype');
      if (entityId === user.userId) {
        access = union(access, shareType === 'C' ? READ_WRITE : READ);
        continue;
      }
      const entity = typeof entityId === 'string' ? this.store.get(entityId) : undefined;
      // A link to a user shares the file with that user only (handled above).
      if (entity === undefined || entity.isDeleted || entity.type === 'User') continue;
      // Reading the record takes its object permission as well as its sharing.
      const entityObject = this.schema.object(entity.type);
      if (entityObject === undefined || !user.objectAccess(entityObject).read) continue;
      const entityAccess = this.access(user, entity, depth + 1);
      if (!entityAccess.read) continue;
      // 'V' viewer, 'C' collaborator, 'I' inferred from the record's own access.
      const edit = shareType === 'C' || (shareType === 'I' && entityAccess.edit);
      access = union(access, edit ? READ_WRITE : READ);
    }
    return access;
  }

  private linkAccess(user: UserAccess, link: StoredRecord, depth: number): RecordAccess {
    const documentId = link.values.get('contentdocumentid');
    const document = typeof documentId === 'string' ? this.store.get(documentId) : undefined;
    if (document === undefined) return NONE;
    const docAccess = this.access(user, document, depth + 1);
    return { ...NONE, read: docAccess.read, edit: docAccess.edit, delete: docAccess.edit };
  }
}

function union(a: RecordAccess, b: RecordAccess): RecordAccess {
  return {
    read: a.read || b.read,
    edit: a.edit || b.edit,
    delete: a.delete || b.delete,
    transfer: a.transfer || b.transfer,
    all: a.all || b.all,
  };
}
