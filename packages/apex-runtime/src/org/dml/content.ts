/**
 * Salesforce Files side effects. Inserting a ContentVersion without ContentDocumentId creates
 * its ContentDocument (owned by the inserting user, who also gets a link) and, with
 * FirstPublishLocationId, a link to that record; with ContentDocumentId it becomes the
 * document's new latest version.
 */
import { ApexBlob, type ApexValue } from '../../values.ts';
import type { OrgContext } from '../context.ts';
import type { StoredRecord } from '../store/record-store.ts';
import { withValues } from '../store/record-store.ts';
import { errors } from './messages.ts';
import { applyInsertFields } from './system-fields.ts';
import type { DmlError } from './types.ts';

type Values = Map<string, ApexValue>;

/** File types by extension, as ContentVersion.FileType reports them. */
const FILE_TYPES: Record<string, string> = {
  pdf: 'PDF',
  txt: 'TEXT',
  csv: 'CSV',
  png: 'PNG',
  jpg: 'JPG',
  jpeg: 'JPG',
  gif: 'GIF',
  doc: 'WORD',
  docx: 'WORD_X',
  xls: 'EXCEL',
  xlsx: 'EXCEL_X',
  zip: 'ZIP',
  html: 'HTML',
  xml: 'XML',
};

/** Derives the version's file fields before validation. */
export function prepareContentVersion(ctx: OrgContext, values: Values): DmlError[] {
  const path = values.get('pathonclient');
  const data = values.get('versiondata');
  const missing = [
    ...(typeof path === 'string' ? [] : ['PathOnClient']),
    ...(data instanceof ApexBlob ? [] : ['VersionData']),
  ];
  if (typeof path !== 'string' || !(data instanceof ApexBlob))
    return [errors.requiredMissing(missing)];
  const fileName = path.split(/[\\/]/).pop() ?? '';
  const dot = fileName.lastIndexOf('.');
  const extension = dot > 0 ? fileName.slice(dot + 1).toLowerCase() : null;
  if ((values.get('title') ?? null) === null)
    values.set('title', dot > 0 ? fileName.slice(0, dot) : fileName);
  values.set('fileextension', extension);
  values.set('filetype', extension === null ? 'UNKNOWN' : (FILE_TYPES[extension] ?? 'UNKNOWN'));
  values.set('contentsize', data.bytes.length);
  values.set('islatest', true);
  const documentId = values.get('contentdocumentid');
  const earlier =
    typeof documentId === 'string'
      ? [...ctx.store.ofType('ContentVersion')].filter(
          (v) => v.values.get('contentdocumentid') === documentId,
        )
      : [];
  values.set('versionnumber', String(earlier.length + 1));
  return [];
}

/** Creates the document (first version) or moves IsLatest to this version. */
export function afterContentVersionInsert(
  ctx: OrgContext,
  version: StoredRecord,
  userId: string,
): StoredRecord {
  const existingDocument = version.values.get('contentdocumentid');
  if (typeof existingDocument === 'string') {
    for (const other of ctx.store.ofType('ContentVersion')) {
      if (other.id !== version.id && other.values.get('contentdocumentid') === existingDocument) {
        ctx.store.replace(withValues(other, new Map([['islatest', false]])));
      }
    }
    const document = ctx.store.get(existingDocument);
    if (document) ctx.store.replace(withValues(document, documentFields(version)));
    return version;
  }
  const documentObject = ctx.schema.object('ContentDocument');
  if (documentObject === undefined) return version;
  const documentId = ctx.newId(documentObject);
  const documentValues: Values = documentFields(version);
  documentValues.set('ownerid', version.values.get('ownerid') ?? userId);
  applyInsertFields(ctx, documentObject, documentValues, documentId, userId);
  ctx.store.add(documentId, 'ContentDocument', documentValues);
  const linked = withValues(version, new Map([['contentdocumentid', documentId]]));
  ctx.store.replace(linked);
  const ownerId = documentValues.get('ownerid');
  if (typeof ownerId === 'string') addLink(ctx, documentId, ownerId, 'I', userId);
  const location = version.values.get('firstpublishlocationid');
  if (typeof location === 'string' && location !== ownerId) {
    addLink(ctx, documentId, location, 'V', userId);
  }
  return linked;
}

function documentFields(version: StoredRecord): Values {
  const copy = (key: string) => version.values.get(key) ?? null;
  return new Map<string, ApexValue>([
    ['title', copy('title')],
    ['fileextension', copy('fileextension')],
    ['filetype', copy('filetype')],
    ['contentsize', copy('contentsize')],
    ['latestpublishedversionid', version.id],
  ]);
}

function addLink(
  ctx: OrgContext,
  documentId: string,
  entityId: string,
  shareType: string,
  userId: string,
): void {
  const linkObject = ctx.schema.object('ContentDocumentLink');
  if (linkObject === undefined) return;
  const id = ctx.newId(linkObject);
  const values: Values = new Map<string, ApexValue>([
    ['contentdocumentid', documentId],
    ['linkedentityid', entityId],
    ['sharetype', shareType],
    ['visibility', 'AllUsers'],
  ]);
  applyInsertFields(ctx, linkObject, values, id, userId);
  ctx.store.add(id, 'ContentDocumentLink', values);
}
