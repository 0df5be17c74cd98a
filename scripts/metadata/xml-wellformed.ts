/**
 * Step 1 of the metadata gate: every XML file of the package directories (`*-meta.xml`, and any
 * other `.xml`) parses. Malformed files are findings with their line and column; the rest are
 * returned parsed, for the reference checks.
 */
import type { Diagnostic } from '../lib/diagnostics.ts';
import { type XmlElement, parseXmlFileOrReport } from '../lib/metadata-xml.ts';
import { listSourceFiles } from '../lib/project.ts';

export interface ParsedMetadata {
  xml: Map<string, XmlElement>;
  diagnostics: Diagnostic[];
}

export function isMetadataXml(path: string): boolean {
  return path.endsWith('.xml') && !/[/\\]__tests__[/\\]/.test(path);
}

export function parseProjectXml(root: string): ParsedMetadata {
  const xml = new Map<string, XmlElement>();
  const diagnostics: Diagnostic[] = [];
  for (const file of listSourceFiles(root, isMetadataXml)) {
    const element = parseXmlFileOrReport(file, diagnostics);
    if (element) xml.set(file, element);
  }
  return { xml, diagnostics };
}
