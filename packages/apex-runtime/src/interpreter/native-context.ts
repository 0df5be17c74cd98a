/**
 * The NativeContext the standard library sees: errors become Apex exceptions at the current
 * line, and equality, strings, types and calls go through the interpreter.
 */
import type { NativeContext } from '../natives.ts';
import { ApexInstance, type ApexType, type ApexValue } from '../values.ts';
import { typeOfValue } from './coercion.ts';
import type { Interpreter } from './interpreter.ts';
import { callOnValue } from './calls.ts';
import { parseTypeRef } from './type-names.ts';

export function createNativeContext(interp: Interpreter): NativeContext {
  return {
    error: (exceptionType, message) => interp.error(exceptionType, message),
    equals: (a, b) => interp.equals(a, b),
    hashCode: (value) => interp.hashCode(value),
    stringify: (value) => interp.stringify(value),
    typeOf: (value) => typeOfValue(value),
    resolveType: (name) => resolveTypeName(interp, name),
    coerce: (value, type) => interp.coerce(value, type),
    invoke: (target, method, args) => {
      if (target === null) throw interp.nullPointer();
      return callOnValue(interp, target, method, args);
    },
    instantiate: (type) => instantiate(interp, type),
    fieldsOf: (className) => fieldsOf(interp, className),
    createStub: (type, provider) => createStub(interp, type, provider),
    get runtime() {
      return interp.services;
    },
  };
}

function resolveTypeName(interp: Interpreter, name: string): ApexType | null {
  return interp.registry.resolve(parseTypeRef(name.trim()));
}

function instantiate(interp: Interpreter, type: ApexType): ApexValue {
  if (type.kind === 'list') return interp.newList(type.elem);
  if (type.kind === 'set') return interp.newSet(type.elem);
  if (type.kind === 'map') return interp.newMap(type.key, type.value);
  if (type.kind === 'class') {
    const cls = interp.registry.classByName(type.name);
    if (cls) return interp.instantiate(cls, []);
    const native = interp.registry.nativeByName(type.name);
    const ctor = native?.constructors?.find((c) => c.params.length === 0);
    if (ctor) return ctor.impl(interp.ctx, []);
  }
  throw interp.unsupported(`creating an instance of ${JSON.stringify(type)}`);
}

function createStub(interp: Interpreter, type: ApexType, provider: ApexValue): ApexValue {
  const cls = interp.classOf(type);
  if (!cls || cls.isBuiltin)
    throw interp.error('System.TypeException', 'Test.createStub needs a user class');
  if (!(provider instanceof ApexInstance)) throw interp.nullPointer();
  const stub = new ApexInstance(cls);
  stub.stubProvider = provider;
  return stub;
}

function fieldsOf(interp: Interpreter, className: string): ReturnType<NativeContext['fieldsOf']> {
  const start = interp.registry.classByName(className);
  if (!start || start.isBuiltin) return null;
  const chain = [];
  for (
    let cls: typeof start | undefined = start;
    cls && !cls.isBuiltin;
    cls = interp.registry.superclassOf(cls)
  ) {
    chain.unshift(cls);
  }
  const fields: { name: string; type: ApexType; isTransient: boolean }[] = [];
  for (const cls of chain) {
    for (const member of cls.decl?.members ?? []) {
      if (member.kind !== 'field' && member.kind !== 'property') continue;
      if (member.modifiers.includes('static')) continue;
      if (member.kind === 'field') {
        for (const declarator of member.declarators) {
          fields.push({
            name: declarator.name,
            type: interp.resolveType(member.type, cls),
            isTransient: member.modifiers.includes('transient'),
          });
        }
      } else if (member.kind === 'property') {
        fields.push({
          name: member.name,
          type: interp.resolveType(member.type, cls),
          isTransient: member.modifiers.includes('transient'),
        });
      }
    }
  }
  return fields;
}
