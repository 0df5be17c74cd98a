/**
 * What every check of the metadata gate shares: the project's parsed XML, its index of
 * declarations, the SObject schema, the policy, and one way to word a finding.
 */
import type { Diagnostic } from '../lib/diagnostics.ts';
import type { XmlElement } from '../lib/metadata-xml.ts';
import type { SchemaCatalog } from '../lib/sobject-schema.ts';
import type { MetadataPolicy } from './policy.ts';
import type { ProjectIndex } from './project-index.ts';

export const RULE_REFERENCE = 'metadata-reference';
export const RULE_AUDIT = 'permission-audit';
export const RULE_LWC_NOT_BUILT = 'lwc-not-built';
export const RULE_CONVERT = 'convert-source';
export const RULE_CONVERT_OUTPUT = 'convert-output';

export interface CheckContext {
  root: string;
  /** Every well-formed XML file of the package directories, by absolute path. */
  xml: Map<string, XmlElement>;
  index: ProjectIndex;
  schema: SchemaCatalog;
  policy: MetadataPolicy;
}

/** A finding at an element of a metadata file (its start line). */
export function finding(
  file: string,
  at: XmlElement | number,
  message: string,
  rule = RULE_REFERENCE,
): Diagnostic {
  return { file, line: typeof at === 'number' ? at : at.line, message, rule };
}

/** Well-formed XML files of one kind, e.g. `.permissionset-meta.xml`, sorted by path. */
export function xmlFilesEnding(context: CheckContext, suffix: string): [string, XmlElement][] {
  return [...context.xml.entries()]
    .filter(([file]) => file.endsWith(suffix))
    .sort(([a], [b]) => a.localeCompare(b));
}

/** All descendants of `element` named `name` (depth first, document order). */
export function descendantsNamed(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (const child of element.children) {
    if (child.name === name) found.push(child);
    found.push(...descendantsNamed(child, name));
  }
  return found;
}

/** `true`/`false` text of a child element (metadata booleans), false when absent. */
export function isTrue(element: XmlElement, childName: string): boolean {
  return element.children.some(
    (child) => child.name === childName && child.text.toLowerCase() === 'true',
  );
}
