/**
 * Reads Salesforce metadata XML into a uniform tree: every child element is an array (so a
 * single <fieldPermissions> and several read alike), leaf text stays a string (no number or
 * boolean guessing), attributes are kept with an '@_' prefix (xsi:nil, xsi:type).
 */
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';

export interface XmlElement {
  [child: string]: XmlItem[] | string | undefined;
}
export type XmlItem = XmlElement | string;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (_name, _path, _isLeaf, isAttribute) => !isAttribute,
});

/** Parses a metadata file and returns its root element (e.g. <CustomObject>). */
export function readMetadataXml(path: string, rootTag: string): XmlElement {
  const doc = parser.parse(readFileSync(path, 'utf8')) as XmlElement;
  const root = children(doc, rootTag)[0];
  if (root === undefined) throw new Error(`${path}: expected a <${rootTag}> root element`);
  return typeof root === 'string' ? {} : root;
}

export function children(node: XmlElement, tag: string): XmlItem[] {
  const value = node[tag];
  return Array.isArray(value) ? value : [];
}

export function elements(node: XmlElement, tag: string): XmlElement[] {
  return children(node, tag).map((item) => (typeof item === 'string' ? { '#text': item } : item));
}

/** Text of the first <tag> child, or undefined when absent or empty. */
export function text(node: XmlElement, tag: string): string | undefined {
  const first = children(node, tag)[0];
  if (first === undefined) return undefined;
  if (typeof first === 'string') return first;
  const inner = first['#text'];
  return typeof inner === 'string' ? inner : undefined;
}

export function texts(node: XmlElement, tag: string): string[] {
  return children(node, tag).flatMap((item) => {
    const value = typeof item === 'string' ? item : item['#text'];
    return typeof value === 'string' ? [value] : [];
  });
}

export function flag(node: XmlElement, tag: string, fallback = false): boolean {
  const value = text(node, tag);
  return value === undefined ? fallback : value === 'true';
}

export function num(node: XmlElement, tag: string): number | undefined {
  const value = text(node, tag);
  return value === undefined ? undefined : Number(value);
}

export function attr(node: XmlElement, name: string): string | undefined {
  const value = node[`@_${name}`];
  return typeof value === 'string' ? value : undefined;
}
