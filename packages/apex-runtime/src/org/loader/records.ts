/** Metadata that becomes records or values: custom metadata, credentials, labels. */
import { basename } from 'node:path';
import type {
  CustomLabelDef,
  CustomMetadataRecordDef,
  ExternalCredentialDef,
  NamedCredentialDef,
} from './types.ts';
import { attr, elements, flag, readMetadataXml, text } from './xml.ts';

export const CUSTOM_METADATA_SUFFIX = '.md-meta.xml';
export const NAMED_CREDENTIAL_SUFFIX = '.namedCredential-meta.xml';
export const EXTERNAL_CREDENTIAL_SUFFIX = '.externalCredential-meta.xml';
export const LABELS_SUFFIX = '.labels-meta.xml';

/** customMetadata/<Type>.<Record>.md-meta.xml (type without '__mdt'). */
export function loadCustomMetadataRecord(path: string): CustomMetadataRecordDef {
  const xml = readMetadataXml(path, 'CustomMetadata');
  const [typeName = '', ...rest] = basename(path, CUSTOM_METADATA_SUFFIX).split('.');
  const developerName = rest.join('.');
  return {
    type: `${typeName}__mdt`,
    developerName,
    label: text(xml, 'label') ?? developerName,
    protected: flag(xml, 'protected'),
    values: elements(xml, 'values').map((entry) => {
      const valueNode = elements(entry, 'value')[0];
      const isNil = valueNode !== undefined && attr(valueNode, 'xsi:nil') === 'true';
      const xsiType = valueNode === undefined ? undefined : attr(valueNode, 'xsi:type');
      return {
        field: text(entry, 'field') ?? '',
        value: isNil || valueNode === undefined ? null : (text(entry, 'value') ?? ''),
        ...(xsiType === undefined ? {} : { xsiType }),
      };
    }),
  };
}

export function loadNamedCredential(path: string): NamedCredentialDef {
  const xml = readMetadataXml(path, 'NamedCredential');
  const name = basename(path, NAMED_CREDENTIAL_SUFFIX);
  const params = elements(xml, 'namedCredentialParameters');
  const urlParam = params.find((p) => text(p, 'parameterType') === 'Url');
  const authParam = params.find((p) => text(p, 'externalCredential') !== undefined);
  return {
    name,
    label: text(xml, 'label') ?? name,
    // Legacy named credentials keep the URL in <endpoint>.
    endpoint: (urlParam ? text(urlParam, 'parameterValue') : text(xml, 'endpoint')) ?? null,
    externalCredential: authParam ? (text(authParam, 'externalCredential') ?? null) : null,
  };
}

export function loadExternalCredential(path: string): ExternalCredentialDef {
  const xml = readMetadataXml(path, 'ExternalCredential');
  const name = basename(path, EXTERNAL_CREDENTIAL_SUFFIX);
  return {
    name,
    label: text(xml, 'label') ?? name,
    principals: elements(xml, 'externalCredentialParameters')
      .filter((p) => {
        const type = text(p, 'parameterType');
        return type === 'NamedPrincipal' || type === 'PerUserPrincipal';
      })
      .map((p) => text(p, 'parameterName') ?? ''),
  };
}

export function loadLabels(path: string): CustomLabelDef[] {
  const xml = readMetadataXml(path, 'CustomLabels');
  return elements(xml, 'labels').map((label) => ({
    name: text(label, 'fullName') ?? '',
    value: text(label, 'value') ?? '',
    language: text(label, 'language') ?? 'en_US',
    protected: flag(label, 'protected'),
    categories: text(label, 'categories') ?? null,
    shortDescription: text(label, 'shortDescription') ?? null,
  }));
}
