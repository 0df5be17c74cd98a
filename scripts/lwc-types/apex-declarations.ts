/**
 * Builds `declare module '@salesforce/apex/<Class>.<method>'` for every `@AuraEnabled` method,
 * and the interfaces of the DTOs and SObjects those methods take and return, so that `tsc`
 * rejects an LWC calling a method that does not exist or passing the wrong arguments.
 */
import type { ApexMethod, ApexTypeDeclaration } from '../lib/apex-model.ts';
import { hasAnnotation, hasModifier } from '../lib/apex-model.ts';
import type { Diagnostic } from '../lib/diagnostics.ts';
import { displayPath } from '../lib/project.ts';
import type { ApexProject } from './apex-project.ts';
import { collectSObjectUsage, type SObjectUsage } from './sobject-usage.ts';
import {
  interfaceName,
  primitiveTypeScript,
  referencedTypes,
  resolveTypeRef,
  toTypeScript,
  unknownNames,
  type ResolvedType,
} from './type-mapping.ts';

const RULE = 'lwc-apex-types';

export interface ApexDeclarations {
  text: string;
  methodCount: number;
  diagnostics: Diagnostic[];
}

interface Emitter {
  project: ApexProject;
  usage: SObjectUsage;
  pending: ResolvedType[];
  emitted: Set<string>;
  interfaces: string[];
}

function isAuraEnabledMethod(method: ApexMethod): boolean {
  return hasAnnotation(method, 'AuraEnabled') !== undefined;
}

/** One `@AuraEnabled` method as a module declaration, or diagnostics when it cannot be one. */
function declareMethod(
  emitter: Emitter,
  owner: ApexTypeDeclaration,
  method: ApexMethod,
  diagnostics: Diagnostic[],
): string | undefined {
  const where = { file: owner.file, line: method.line, column: method.column, rule: RULE };
  const label = `${owner.name}.${method.name}`;
  if (!hasModifier(method, 'static')) {
    diagnostics.push({
      ...where,
      message: `@AuraEnabled method ${label} must be static to be called from an LWC`,
    });
    return undefined;
  }
  if (!hasModifier(method, 'public') && !hasModifier(method, 'global')) {
    diagnostics.push({
      ...where,
      message: `@AuraEnabled method ${label} must be public (or global) to be called from an LWC`,
    });
    return undefined;
  }
  const parameters = method.parameters.map((parameter) => {
    const resolved = resolveTypeRef(emitter.project, parameter.type, owner);
    for (const name of unknownNames(resolved)) {
      diagnostics.push({
        ...where,
        ...parameter,
        rule: RULE,
        message: `unknown Apex type ${name} of parameter ${parameter.name} of ${label}`,
      });
    }
    emitter.pending.push(...referencedTypes(resolved));
    return `${parameter.name}: ${toTypeScript(resolved)} | null | undefined`;
  });
  let returns = 'void';
  if (method.returnType !== 'void') {
    const resolved = resolveTypeRef(emitter.project, method.returnType, owner);
    for (const name of unknownNames(resolved)) {
      diagnostics.push({ ...where, message: `unknown Apex return type ${name} of ${label}` });
    }
    emitter.pending.push(...referencedTypes(resolved));
    returns = `${toTypeScript(resolved)} | null`;
  }
  const annotation = hasAnnotation(method, 'AuraEnabled');
  const cacheable = annotation?.values.cacheable?.toLowerCase() === 'true';
  // Cacheable methods are also wire adapters; @wire on a non-cacheable one then fails tsc.
  const methodType = cacheable ? 'CacheableAuraEnabledMethod' : 'AuraEnabledMethod';
  const params = parameters.length > 0 ? `{ ${parameters.join('; ')} }` : 'Record<string, never>';
  const importedTypes = [...new Set(referencedTypeNames(emitter, method, owner))].sort();
  return [
    `declare module '@salesforce/apex/${owner.name}.${method.name}' {`,
    `  import type { ${methodType} } from '@salesforce/apex';`,
    importedTypes.length > 0
      ? `  import type { ${importedTypes.join(', ')} } from '@salesforce/apex-types';`
      : undefined,
    `  /** ${label}: ${displayPath(owner.file)}:${method.line}. */`,
    `  const ${method.name}: ${methodType}<${params}, ${returns}>;`,
    `  export default ${method.name};`,
    '}',
  ]
    .filter((line) => line !== undefined)
    .join('\n');
}

function referencedTypeNames(
  emitter: Emitter,
  method: ApexMethod,
  owner: ApexTypeDeclaration,
): string[] {
  const types = [...method.parameters.map((parameter) => parameter.type)];
  if (method.returnType !== 'void') types.push(method.returnType);
  const names: string[] = [];
  const collect = (resolved: ResolvedType): void => {
    if (resolved.kind === 'apex' && resolved.declaration.kind !== 'interface')
      names.push(interfaceName(resolved.declaration));
    if (resolved.kind === 'sobject') names.push(resolved.name);
    if (resolved.kind === 'primitive' && resolved.ts === 'SObjectRecord')
      names.push('SObjectRecord');
    if (resolved.kind === 'collection') resolved.elements.forEach(collect);
  };
  for (const type of types) collect(resolveTypeRef(emitter.project, type, owner));
  return names;
}

/** Interface (or union, for enums) of a project type, queuing the types its properties use. */
function emitApexType(
  emitter: Emitter,
  declaration: ApexTypeDeclaration,
  diagnostics: Diagnostic[],
): void {
  const name = interfaceName(declaration);
  if (declaration.kind === 'enum') {
    const values = declaration.enumValues.map((value) => `'${value}'`).join(' | ') || 'never';
    emitter.interfaces.push(
      `  /** Apex enum ${declaration.qualifiedName}. */\n  export type ${name} = ${values};`,
    );
    return;
  }
  const properties: string[] = [];
  for (const variable of declaration.variables) {
    if (!hasAnnotation(variable, 'AuraEnabled') || hasModifier(variable, 'static')) continue;
    const resolved = resolveTypeRef(emitter.project, variable.type, declaration);
    for (const unknown of unknownNames(resolved)) {
      diagnostics.push({
        file: declaration.file,
        line: variable.line,
        column: variable.column,
        rule: RULE,
        message: `unknown Apex type ${unknown} of @AuraEnabled property ${declaration.qualifiedName}.${variable.name}`,
      });
    }
    emitter.pending.push(...referencedTypes(resolved));
    properties.push(`    ${variable.name}?: ${toTypeScript(resolved)} | null;`);
  }
  emitter.interfaces.push(
    [
      `  /** Apex class ${declaration.qualifiedName} (its @AuraEnabled properties). */`,
      `  export interface ${name} {`,
      ...properties,
      '  }',
    ].join('\n'),
  );
}

/** Interface of an SObject: Id, the project's own fields, and the members the project's SOQL reads. */
function emitSObject(emitter: Emitter, objectName: string): void {
  const object = emitter.project.catalog.object(objectName);
  if (!object) return;
  const used = emitter.usage.get(object.name.toLowerCase()) ?? new Set<string>();
  const members = new Map<string, string>();
  for (const field of object.fields.values()) {
    const wanted =
      field.name === 'Id' ||
      field.origin === 'project' ||
      object.origin === 'project' ||
      used.has(field.name);
    if (wanted) members.set(field.name, primitiveTypeScript(field.apexType) ?? 'unknown');
  }
  for (const relationship of object.parentRelationships.values()) {
    if (!used.has(relationship.name)) continue;
    emitter.pending.push({ kind: 'sobject', name: relationship.target });
    members.set(relationship.name, `${relationship.target} | null`);
  }
  for (const child of object.childRelationships.values()) {
    if (!used.has(child.name)) continue;
    emitter.pending.push({ kind: 'sobject', name: child.target });
    members.set(child.name, `${child.target}[]`);
  }
  const lines = [...members.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, type]) => `    ${name}?: ${type};`);
  emitter.interfaces.push(
    [
      `  /** SObject ${object.name}: the fields the project declares or reads. */`,
      `  export interface ${object.name} {`,
      ...lines,
      '  }',
    ].join('\n'),
  );
}

function drainPending(emitter: Emitter, diagnostics: Diagnostic[]): void {
  for (let next = emitter.pending.shift(); next; next = emitter.pending.shift()) {
    const key =
      next.kind === 'apex'
        ? `apex:${next.declaration.qualifiedName}`
        : next.kind === 'sobject'
          ? `sobject:${next.name}`
          : '';
    if (!key || emitter.emitted.has(key.toLowerCase())) continue;
    emitter.emitted.add(key.toLowerCase());
    if (next.kind === 'apex' && next.declaration.kind !== 'interface')
      emitApexType(emitter, next.declaration, diagnostics);
    if (next.kind === 'sobject') emitSObject(emitter, next.name);
  }
}

export function generateApexDeclarations(project: ApexProject): ApexDeclarations {
  const diagnostics: Diagnostic[] = [];
  const emitter: Emitter = {
    project,
    usage: collectSObjectUsage(project),
    pending: [],
    emitted: new Set(),
    interfaces: [],
  };
  const modules: string[] = [];
  const topLevel = [...project.types.values()].filter((type) => !type.qualifiedName.includes('.'));
  for (const owner of topLevel.sort((a, b) => a.name.localeCompare(b.name))) {
    const seen = new Set<string>();
    for (const method of owner.methods.filter(isAuraEnabledMethod)) {
      if (seen.has(method.name.toLowerCase())) {
        diagnostics.push({
          file: owner.file,
          line: method.line,
          column: method.column,
          rule: RULE,
          message: `@AuraEnabled method ${owner.name}.${method.name} is overloaded; an LWC can only call one method per name`,
        });
        continue;
      }
      seen.add(method.name.toLowerCase());
      const declaration = declareMethod(emitter, owner, method, diagnostics);
      if (declaration) modules.push(declaration);
    }
  }
  drainPending(emitter, diagnostics);
  const text = [
    '// Generated by scripts/generate-lwc-types.ts from the Apex in force-app. Do not edit.',
    '// Regenerate with `npm run generate:types` (npm run build and check:types do it for you).',
    '',
    "declare module '@salesforce/apex-types' {",
    '  /** Any SObject record as the client receives it. */',
    '  export type SObjectRecord = { Id?: string; [field: string]: unknown };',
    ...emitter.interfaces,
    '}',
    '',
    ...modules.flatMap((module) => [module, '']),
  ].join('\n');
  return { text, methodCount: modules.length, diagnostics };
}
