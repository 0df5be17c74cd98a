/**
 * Maps Apex types to the TypeScript the Lightning data service hands an LWC: how an
 * `@AuraEnabled` value looks after Salesforce serialises it to JSON.
 */
import type { ApexTypeDeclaration, ApexTypeRef } from '../lib/apex-model.ts';
import type { ApexProject } from './apex-project.ts';

const PRIMITIVES: Record<string, string> = {
  string: 'string',
  id: 'string',
  date: 'string',
  datetime: 'string',
  time: 'string',
  blob: 'string',
  integer: 'number',
  long: 'number',
  decimal: 'number',
  double: 'number',
  boolean: 'boolean',
  object: 'unknown',
  sobject: 'SObjectRecord',
};

/** TypeScript for an Apex primitive type name (`Decimal` -> `number`), or undefined if not one. */
export function primitiveTypeScript(apexType: string): string | undefined {
  return PRIMITIVES[apexType.toLowerCase()];
}

/** What a type reference resolved to; `unknown` carries the reason for the diagnostic. */
export type ResolvedType =
  | { kind: 'primitive'; ts: string }
  | { kind: 'collection'; ts: string; elements: ResolvedType[] }
  | { kind: 'apex'; declaration: ApexTypeDeclaration }
  | { kind: 'sobject'; name: string }
  | { kind: 'unknown'; name: string };

/** TypeScript interface name for an Apex type: inner classes become `Outer_Inner`. */
export function interfaceName(declaration: ApexTypeDeclaration): string {
  return declaration.qualifiedName.replaceAll('.', '_');
}

/** Finds what `name` means when written inside `context` (Apex's lookup: inner, outer, top level, schema). */
function lookup(project: ApexProject, name: string, context: ApexTypeDeclaration): ResolvedType {
  const parts = name.split('.');
  const lowerName = name.toLowerCase();
  if (parts.length === 2 && /^(system|schema)$/i.test(parts[0] ?? '')) {
    return lookup(project, parts[1] ?? '', context);
  }
  const primitive = PRIMITIVES[lowerName];
  if (primitive) return { kind: 'primitive', ts: primitive };
  const scopes = context.qualifiedName.split('.');
  for (let depth = scopes.length; depth >= 0; depth--) {
    const qualified = [...scopes.slice(0, depth), name].join('.').toLowerCase();
    const declaration = project.types.get(qualified);
    if (declaration) return { kind: 'apex', declaration };
  }
  const sobject = project.catalog.object(name);
  if (sobject) return { kind: 'sobject', name: sobject.name };
  return { kind: 'unknown', name };
}

export function resolveTypeRef(
  project: ApexProject,
  type: ApexTypeRef,
  context: ApexTypeDeclaration,
): ResolvedType {
  const element = (): ResolvedType => resolveTypeRef(project, { ...type, isArray: false }, context);
  if (type.isArray) return { kind: 'collection', ts: 'array', elements: [element()] };
  const collection = type.name.toLowerCase();
  const args = type.typeArguments.map((argument) => resolveTypeRef(project, argument, context));
  if (collection === 'list' || collection === 'set')
    return { kind: 'collection', ts: 'array', elements: args };
  if (collection === 'map') return { kind: 'collection', ts: 'record', elements: args.slice(1) };
  return lookup(project, type.name, context);
}

/** The TypeScript text for a resolved type; `named` gives the interface name of project types. */
export function toTypeScript(resolved: ResolvedType): string {
  switch (resolved.kind) {
    case 'primitive':
      return resolved.ts;
    case 'apex':
      return resolved.declaration.kind === 'interface'
        ? 'unknown'
        : interfaceName(resolved.declaration);
    case 'sobject':
      return resolved.name;
    case 'unknown':
      return 'unknown';
    case 'collection': {
      const inner = resolved.elements[0] ? toTypeScript(resolved.elements[0]) : 'unknown';
      // Apex Map keys serialise as JSON object keys, so they are always strings on the client.
      return resolved.ts === 'record'
        ? `Record<string, ${inner}>`
        : `${/\W/.test(inner) ? `(${inner})` : inner}[]`;
    }
  }
}

/** Every unresolvable name inside a resolved type (for diagnostics). */
export function unknownNames(resolved: ResolvedType): string[] {
  if (resolved.kind === 'unknown') return [resolved.name];
  if (resolved.kind === 'collection') return resolved.elements.flatMap(unknownNames);
  return [];
}

/** Project types and SObjects a resolved type mentions, to emit their interfaces too. */
export function referencedTypes(resolved: ResolvedType): ResolvedType[] {
  if (resolved.kind === 'apex' || resolved.kind === 'sobject') return [resolved];
  if (resolved.kind === 'collection') return resolved.elements.flatMap(referencedTypes);
  return [];
}
