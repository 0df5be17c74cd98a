/**
 * References of Lightning web components: the js-meta.xml targets are real target names, each
 * targetConfig names declared targets and existing objects; and the `@salesforce/*` modules the
 * source imports (labels, custom permissions, Apex classes, schema) exist in the project.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Diagnostic } from '../../lib/diagnostics.ts';
import { childrenNamed } from '../../lib/metadata-xml.ts';
import type { SObjectInfo } from '../../lib/sobject-schema.ts';
import { type CheckContext, descendantsNamed, finding, xmlFilesEnding } from '../context.ts';
import { LWC_TARGETS } from '../standard-names.ts';
import { NOT_AN_OBJECT, knownObject } from './fields.ts';

export function checkLwcMetadata(context: CheckContext): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const [file, xml] of xmlFilesEnding(context, '.js-meta.xml')) {
    const who = `component ${basename(file, '.js-meta.xml')}`;
    const declared = new Set<string>();
    for (const target of childrenNamed(xml, 'targets').flatMap((targets) =>
      childrenNamed(targets, 'target'),
    )) {
      declared.add(target.text);
      if (!LWC_TARGETS.has(target.text)) {
        diagnostics.push(
          finding(
            file,
            target,
            `${who} declares target ${target.text}, which is not a Lightning web component target`,
          ),
        );
      }
    }
    for (const config of childrenNamed(xml, 'targetConfigs').flatMap((configs) =>
      childrenNamed(configs, 'targetConfig'),
    )) {
      for (const target of (config.attributes.targets ?? '')
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean)) {
        if (!declared.has(target)) {
          diagnostics.push(
            finding(
              file,
              config,
              `${who} configures target ${target}, which is not among its <targets>`,
            ),
          );
        }
      }
      for (const object of descendantsNamed(config, 'object')) {
        if (!knownObject(context, object.text)) {
          diagnostics.push(
            finding(
              file,
              object,
              `${who} is offered on object ${object.text}, which is ${NOT_AN_OBJECT}`,
            ),
          );
        }
      }
    }
  }
  return diagnostics;
}

const SALESFORCE_IMPORT = /(['"])@salesforce\/(label|customPermission|apex|schema)\/([^'"]+)\1/g;

/** The component's source: the TypeScript if it has one (the .js beside it is build output). */
function sourceFiles(folder: string, files: string[]): string[] {
  const typescript = files.filter((entry) => entry.endsWith('.ts') && !entry.endsWith('.d.ts'));
  const chosen =
    typescript.length > 0 ? typescript : files.filter((entry) => entry.endsWith('.js'));
  return chosen.map((entry) => join(folder, entry));
}

export function checkLwcImports(context: CheckContext): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const { index } = context;
  for (const component of index.lwc.values()) {
    for (const file of sourceFiles(component.folder, component.files)) {
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(SALESFORCE_IMPORT)) {
        const [, , kind = '', name = ''] = match;
        const line = source.slice(0, match.index).split('\n').length;
        const problem = importProblem(kind, name);
        if (problem) {
          diagnostics.push(
            finding(
              file,
              line,
              `component ${component.name} imports @salesforce/${kind}/${name}, ${problem}`,
            ),
          );
        }
      }
    }
  }
  return diagnostics;

  function importProblem(kind: string, name: string): string | undefined {
    switch (kind) {
      case 'label':
        return index.labels.has(name.replace(/^[^.]+\./, ''))
          ? undefined
          : 'which is not a custom label in this project';
      case 'customPermission':
        return index.customPermissions.has(name)
          ? undefined
          : 'which is not a custom permission in this project';
      case 'apex': {
        const className = name.split('.').at(-2) ?? '';
        const apexClass = index.classes.get(className);
        if (!apexClass) return `but ${className} is not an Apex class in this project`;
        return apexClass.isTest ? `but ${className} is an @IsTest class` : undefined;
      }
      case 'schema':
        return schemaProblem(context, name);
      default:
        return undefined;
    }
  }
}

/** `Object`, `Object.Field` or `Object.Relationship.Field` of an `@salesforce/schema` import. */
function schemaProblem(context: CheckContext, name: string): string | undefined {
  const { schema } = context;
  const [objectName = '', ...path] = name.split('.');
  let object: SObjectInfo | undefined = knownObject(context, objectName);
  if (!object) return `but ${objectName} is ${NOT_AN_OBJECT}`;
  for (const [position, part] of path.entries()) {
    if (position === path.length - 1) {
      return object.fields.has(schema.key(part))
        ? undefined
        : `but ${part} is not a field of ${object.name}`;
    }
    const relationship: { target: string } | undefined = object.parentRelationships.get(
      schema.key(part),
    );
    if (!relationship) return `but ${part} is not a relationship of ${object.name}`;
    // polymorphic lookups (Owner, What) can't be followed statically
    if (relationship.target === 'Name') return undefined;
    object = knownObject(context, relationship.target);
    if (!object) return undefined;
  }
  return undefined;
}
