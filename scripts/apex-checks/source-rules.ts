/**
 * Checks made from the parse tree and the file system, which neither apex-ls nor PMD make:
 * syntax errors (with the parser the generators use), every class/trigger has a valid
 * `-meta.xml` (and no meta file is orphaned), and every field named in static SOQL exists.
 */
import { existsSync } from 'node:fs';
import type { Diagnostic } from '../lib/diagnostics.ts';
import { childText, parseXmlFileOrReport } from '../lib/metadata-xml.ts';
import { listSourceFiles } from '../lib/project.ts';
import { collectSoqlReferences, resolveFieldPath } from '../lib/soql-references.ts';
import type { ApexProject } from '../lwc-types/apex-project.ts';

export function checkSyntax(project: ApexProject): Diagnostic[] {
  return project.parsed.flatMap((parsed) =>
    parsed.syntaxErrors.map((error) => ({ file: parsed.file, ...error, rule: 'apex-syntax' })),
  );
}

export function checkMetaFiles(project: ApexProject): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const expectedRoot: Record<string, string> = { cls: 'ApexClass', trigger: 'ApexTrigger' };
  for (const parsed of project.parsed) {
    const meta = `${parsed.file}-meta.xml`;
    const rootName = expectedRoot[parsed.file.split('.').pop() ?? ''] ?? 'ApexClass';
    if (!existsSync(meta)) {
      diagnostics.push({
        file: parsed.file,
        line: 1,
        rule: 'apex-meta-xml',
        message: `missing ${meta.split('/').pop()}: every Apex file needs its -meta.xml (apiVersion, status) to deploy`,
      });
      continue;
    }
    const xml = parseXmlFileOrReport(meta, diagnostics);
    if (!xml) continue;
    if (xml.name !== rootName) {
      diagnostics.push({
        file: meta,
        line: xml.line,
        rule: 'apex-meta-xml',
        message: `root element is <${xml.name}>, expected <${rootName}>`,
      });
    }
    if (!/^\d+\.0$/.test(childText(xml, 'apiVersion') ?? '')) {
      diagnostics.push({
        file: meta,
        line: xml.line,
        rule: 'apex-meta-xml',
        message: 'missing or malformed <apiVersion> (e.g. 65.0)',
      });
    }
    if (childText(xml, 'status') !== 'Active') {
      diagnostics.push({
        file: meta,
        line: xml.line,
        rule: 'apex-meta-xml',
        message: '<status> must be Active',
      });
    }
  }
  for (const meta of listSourceFiles(project.root, (path) =>
    /\.(cls|trigger)-meta\.xml$/.test(path),
  )) {
    const source = meta.slice(0, -'-meta.xml'.length);
    if (!existsSync(source)) {
      diagnostics.push({
        file: meta,
        line: 1,
        rule: 'apex-meta-xml',
        message: `orphaned meta file: ${source.split('/').pop()} does not exist`,
      });
    }
  }
  return diagnostics;
}

export function checkSoql(project: ApexProject): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const parsed of project.parsed) {
    if (parsed.syntaxErrors.length > 0) continue;
    const references = collectSoqlReferences(parsed, project.catalog);
    for (const object of references.objects) {
      const where = { file: parsed.file, line: object.line, column: object.column };
      if (object.kind === 'object' && !project.catalog.object(object.name)) {
        diagnostics.push({
          ...where,
          rule: 'soql-object',
          message: `SOQL names object ${object.name}, which is neither a standard object nor declared in this project`,
        });
      }
      if (object.kind === 'child-relationship' && object.parentObject) {
        const parent = project.catalog.object(object.parentObject);
        if (parent && !parent.childRelationships.has(object.name.toLowerCase())) {
          diagnostics.push({
            ...where,
            rule: 'soql-object',
            message: `${parent.name} has no child relationship named ${object.name}`,
          });
        }
      }
    }
    for (const field of references.fields) {
      if (!project.catalog.object(field.objectName)) continue; // reported once, as soql-object
      const resolution = resolveFieldPath(project.catalog, field.objectName, field.path);
      if (!resolution.ok) {
        diagnostics.push({
          file: parsed.file,
          line: field.line,
          column: field.column,
          rule: 'soql-field',
          message: `SOQL field does not exist: ${resolution.message}`,
        });
      }
    }
  }
  return diagnostics;
}
