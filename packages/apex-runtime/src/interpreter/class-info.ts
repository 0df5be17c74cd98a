/**
 * Loaded classes: what the interpreter knows about a user class (from its TypeDecl) or a
 * built-in exception class, with members indexed by lower-cased name (Apex identifiers are
 * case-insensitive).
 */
import type { ConstructorDecl, Expr, MethodDecl, PropertyDecl, TypeDecl, TypeRef } from '../ast.ts';
import { ApexEnumValue, type ClassHandle } from '../values.ts';

export interface FieldInfo {
  name: string;
  type: TypeRef;
  isStatic: boolean;
  isFinal: boolean;
  isTransient: boolean;
  init?: Expr;
  line: number;
}

export interface PropertyInfo {
  name: string;
  decl: PropertyDecl;
  isStatic: boolean;
}

export interface ClassInfo extends ClassHandle {
  /** Canonical qualified name ('GatewayApi.Event'). */
  readonly name: string;
  readonly simpleName: string;
  readonly kind: 'class' | 'interface' | 'enum';
  readonly decl?: TypeDecl;
  readonly file?: string;
  readonly outer?: ClassInfo;
  /** Written `extends` (class) as a TypeRef, resolved lazily by the registry. */
  readonly extendsRef?: TypeRef;
  /** Built-in classes name their superclass directly. */
  readonly builtinSuper?: string;
  readonly implementsRefs: TypeRef[];
  readonly inner: Map<string, ClassInfo>;
  readonly fields: Map<string, FieldInfo>;
  readonly properties: Map<string, PropertyInfo>;
  readonly methods: Map<string, MethodDecl[]>;
  readonly constructors: ConstructorDecl[];
  readonly isAbstract: boolean;
  readonly isVirtual: boolean;
  readonly isTest: boolean;
  /** 'with', 'without', 'inherited' or undefined (omitted: inherited from the caller). */
  readonly sharing?: 'with' | 'without' | 'inherited';
  readonly enumValues: ApexEnumValue[];
  /** Built-in exception classes have no declaration. */
  readonly isBuiltin: boolean;
}

function sharingOf(modifiers: string[]): ClassInfo['sharing'] {
  if (modifiers.includes('with sharing')) return 'with';
  if (modifiers.includes('without sharing')) return 'without';
  if (modifiers.includes('inherited sharing')) return 'inherited';
  return undefined;
}

/** Builds the ClassInfo of a declaration and, recursively, of its inner types. */
export function classInfoOf(decl: TypeDecl, outer?: ClassInfo): ClassInfo {
  const name = outer ? `${outer.name}.${decl.name}` : decl.name;
  const info: ClassInfo = {
    name,
    simpleName: decl.name,
    kind: decl.kind,
    decl,
    file: decl.file,
    outer,
    extendsRef: decl.kind === 'class' ? decl.extends : undefined,
    implementsRefs: decl.implements,
    inner: new Map(),
    fields: new Map(),
    properties: new Map(),
    methods: new Map(),
    constructors: [],
    isAbstract: decl.modifiers.includes('abstract'),
    isVirtual: decl.modifiers.includes('virtual'),
    isTest:
      decl.annotations.some((annotation) => annotation.name === 'istest') ||
      (outer?.isTest ?? false),
    sharing: sharingOf(decl.modifiers),
    enumValues: decl.enumConstants.map(
      (constant, ordinal) => new ApexEnumValue(name, constant, ordinal),
    ),
    isBuiltin: false,
  };
  for (const member of decl.members) {
    switch (member.kind) {
      case 'field':
        for (const declarator of member.declarators) {
          info.fields.set(declarator.name.toLowerCase(), {
            name: declarator.name,
            type: member.type,
            isStatic: member.modifiers.includes('static'),
            isFinal: member.modifiers.includes('final'),
            isTransient: member.modifiers.includes('transient'),
            init: declarator.init,
            line: declarator.line,
          });
        }
        break;
      case 'property':
        info.properties.set(member.name.toLowerCase(), {
          name: member.name,
          decl: member,
          isStatic: member.modifiers.includes('static'),
        });
        break;
      case 'method': {
        const key = member.name.toLowerCase();
        const overloads = info.methods.get(key) ?? [];
        overloads.push(member);
        info.methods.set(key, overloads);
        break;
      }
      case 'constructor':
        info.constructors.push(member);
        break;
      case 'type':
        info.inner.set(member.decl.name.toLowerCase(), classInfoOf(member.decl, info));
        break;
      case 'initializer':
        break;
    }
  }
  return info;
}

/** A built-in class without source (System.Exception and its system subclasses). */
export function builtinClassInfo(name: string, builtinSuper?: string): ClassInfo {
  return {
    name,
    simpleName: name.slice(name.lastIndexOf('.') + 1),
    kind: 'class',
    builtinSuper,
    implementsRefs: [],
    inner: new Map(),
    fields: new Map(),
    properties: new Map(),
    methods: new Map(),
    constructors: [],
    isAbstract: false,
    isVirtual: true,
    isTest: false,
    enumValues: [],
    isBuiltin: true,
  };
}
