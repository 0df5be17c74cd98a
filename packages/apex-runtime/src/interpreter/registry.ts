/**
 * Every type a program can name: user classes (top-level and inner), built-in exceptions,
 * standard-library classes (NativeClass) and sObject types, with Apex's case-insensitive
 * resolution rules from the point of view of the class doing the naming.
 */
import type { TypeRef } from '../ast.ts';
import type { NativeClass } from '../natives.ts';
import { primitive, type ApexType, type PrimitiveName } from '../values.ts';
import { builtinClassInfo, type ClassInfo } from './class-info.ts';

const PRIMITIVES = new Map<string, PrimitiveName>(
  (
    [
      'Integer',
      'Long',
      'Double',
      'Decimal',
      'String',
      'Id',
      'Boolean',
      'Date',
      'Datetime',
      'Time',
      'Blob',
      'Object',
    ] as const
  ).map((name) => [name.toLowerCase(), name]),
);

/** System exceptions the runtime can throw or a program can catch by name. */
const SYSTEM_EXCEPTIONS = [
  'AssertException',
  'AsyncException',
  'AuraHandledException',
  'CalloutException',
  'DmlException',
  'EmailException',
  'FinalException',
  'HandledException',
  'IllegalArgumentException',
  'InvalidParameterValueException',
  'JSONException',
  'LimitException',
  'ListException',
  'MathException',
  'NoAccessException',
  'NoDataFoundException',
  'NoSuchElementException',
  'NullPointerException',
  'QueryException',
  'RequiredFeatureMissingException',
  'SecurityException',
  'SerializationException',
  'SObjectException',
  'StringException',
  'TypeException',
  'UnexpectedException',
];

/** Namespaces whose classes a program may name qualified or (System only) unqualified. */
const NAMESPACES = new Set(['system', 'schema', 'database']);

export interface SObjectLookup {
  /** Canonical API name of an sObject type (case-insensitive lookup), or undefined. */
  sobjectName(name: string): string | undefined;
}

export class TypeRegistry {
  private readonly userClasses = new Map<string, ClassInfo>();
  private readonly builtins = new Map<string, ClassInfo>();
  private readonly natives = new Map<string, NativeClass>();
  private readonly supers = new Map<ClassInfo, ClassInfo | null>();

  constructor(
    private readonly sobjects: SObjectLookup,
    nativeClasses: NativeClass[],
  ) {
    const base = builtinClassInfo('System.Exception');
    this.builtins.set('system.exception', base);
    for (const simple of SYSTEM_EXCEPTIONS) {
      this.builtins.set(
        `system.${simple.toLowerCase()}`,
        builtinClassInfo(`System.${simple}`, 'System.Exception'),
      );
    }
    for (const native of nativeClasses) this.natives.set(native.name.toLowerCase(), native);
  }

  addUserClass(info: ClassInfo): void {
    this.userClasses.set(info.name.toLowerCase(), info);
  }

  /** Top-level user classes (inner classes are reachable through `inner`). */
  topLevelClasses(): ClassInfo[] {
    return [...this.userClasses.values()];
  }

  /** A user or built-in class by canonical (or any-case) qualified name. */
  classByName(name: string): ClassInfo | undefined {
    const lower = name.toLowerCase();
    const builtin = this.builtins.get(lower) ?? this.builtins.get(`system.${lower}`);
    if (builtin) return builtin;
    const parts = lower.split('.');
    let info = this.userClasses.get(parts[0] ?? '');
    for (const part of parts.slice(1)) info = info?.inner.get(part);
    return info;
  }

  nativeByName(name: string): NativeClass | undefined {
    const lower = name.toLowerCase();
    return this.natives.get(lower) ?? this.natives.get(`system.${lower}`);
  }

  isNamespace(name: string): boolean {
    return NAMESPACES.has(name.toLowerCase());
  }

  /** The superclass of a class, or undefined at the top. */
  superclassOf(info: ClassInfo): ClassInfo | undefined {
    if (info.builtinSuper) return this.classByName(info.builtinSuper);
    if (!info.extendsRef) return undefined;
    const cached = this.supers.get(info);
    if (cached !== undefined) return cached ?? undefined;
    // `extends` names resolve in the enclosing scope, never in the class being declared.
    const type = this.resolve(info.extendsRef, info.outer);
    const parent = type?.kind === 'class' ? this.classByName(type.name) : undefined;
    this.supers.set(info, parent ?? null);
    return parent;
  }

  /** Interfaces a class declares (not inherited ones), as canonical names. */
  interfacesOf(info: ClassInfo): string[] {
    return info.implementsRefs.flatMap((ref) => {
      const type = this.resolve(ref, info.outer);
      return type?.kind === 'class' ? [type.name] : [];
    });
  }

  /** True when `sub` is `sup` or extends/implements it (transitively). */
  isSubclass(sub: string, sup: string): boolean {
    const target = sup.toLowerCase();
    const seen = new Set<string>();
    const visit = (name: string): boolean => {
      const lower = name.toLowerCase();
      if (lower === target) return true;
      if (seen.has(lower)) return false;
      seen.add(lower);
      const info = this.classByName(name);
      if (info) {
        const parent = this.superclassOf(info);
        if (parent && visit(parent.name)) return true;
        return this.interfacesOf(info).some(visit);
      }
      const native = this.nativeByName(name);
      if (native) {
        if (native.extends && visit(native.extends)) return true;
        return (native.implements ?? []).some(visit);
      }
      return false;
    };
    return visit(sub);
  }

  /** Resolves a written type from inside `from` (null: from top level). */
  resolve(ref: TypeRef, from?: ClassInfo): ApexType | null {
    const base = this.resolveBase(ref, from);
    if (!base) return null;
    let type = base;
    for (let dims = 0; dims < ref.arrayDims; dims++) type = { kind: 'list', elem: type };
    return type;
  }

  private resolveBase(ref: TypeRef, from?: ClassInfo): ApexType | null {
    const names = ref.names.map((name) => name.toLowerCase());
    // System.X and Schema.X name the same thing as X for everything but user classes.
    const unqualified =
      names.length === 2 && (names[0] === 'system' || names[0] === 'schema') ? names[1] : undefined;
    const simple = names.length === 1 ? names[0] : unqualified;
    if (simple !== undefined) {
      const builtin = this.builtinType(simple, ref, from);
      if (builtin !== undefined) return builtin;
    }
    if (names.length === 1 && names[0] !== undefined) {
      const user = this.userClassFrom(names[0], from);
      if (user) return { kind: 'class', name: user.name };
    } else {
      const user = this.classByName(ref.names.join('.'));
      if (user && !user.isBuiltin) return { kind: 'class', name: user.name };
    }
    const sobject = simple !== undefined ? this.sobjects.sobjectName(simple) : undefined;
    if (sobject) return { kind: 'sobject', name: sobject };
    const exception = simple !== undefined ? this.builtins.get(`system.${simple}`) : undefined;
    if (exception) return { kind: 'class', name: exception.name };
    const native = this.nativeByName(ref.names.join('.'));
    if (native) return { kind: 'class', name: native.name };
    return null;
  }

  /** Primitive, collection and SObject types (which no user class can shadow). */
  private builtinType(simple: string, ref: TypeRef, from?: ClassInfo): ApexType | null | undefined {
    const primitiveName = PRIMITIVES.get(simple);
    if (primitiveName) return primitive(primitiveName);
    if (simple === 'sobject') return { kind: 'sobject', name: 'SObject' };
    if (simple === 'list' || simple === 'set') {
      const [arg] = ref.args;
      if (!arg) return null;
      const elem = this.resolve(arg, from);
      return elem ? { kind: simple, elem } : null;
    }
    if (simple === 'map') {
      const [keyRef, valueRef] = ref.args;
      if (!keyRef || !valueRef) return null;
      const key = this.resolve(keyRef, from);
      const value = this.resolve(valueRef, from);
      return key && value ? { kind: 'map', key, value } : null;
    }
    return undefined;
  }

  /** A user class by simple name as seen from `from`: its inner classes, outers', supers', then top level. */
  private userClassFrom(lower: string, from?: ClassInfo): ClassInfo | undefined {
    for (let scope = from; scope; scope = scope.outer) {
      if (scope.simpleName.toLowerCase() === lower) return scope;
      for (let cls: ClassInfo | undefined = scope; cls; cls = this.superclassOf(cls)) {
        const inner = cls.inner.get(lower);
        if (inner) return inner;
      }
    }
    return this.userClasses.get(lower);
  }
}

/** Apex's display form of a type: 'List<String>', 'Map<Id,Case>', 'GatewayApi.Event'. */
export function typeName(type: ApexType): string {
  switch (type.kind) {
    case 'primitive':
      return type.name;
    case 'list':
      return `List<${typeName(type.elem)}>`;
    case 'set':
      return `Set<${typeName(type.elem)}>`;
    case 'map':
      return `Map<${typeName(type.key)},${typeName(type.value)}>`;
    case 'sobject':
    case 'class':
      return type.name;
    case 'void':
      return 'void';
  }
}
