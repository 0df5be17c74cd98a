/**
 * Method calls: `foo()`, `super.foo()`, `Type.foo()`, `ns.foo()` (System.debug, Database.insert)
 * and `value.foo()` on every kind of value (user objects with virtual dispatch, sObjects,
 * strings and other primitives, collections, enums, system objects).
 */
import type { CallExpr } from '../ast.ts';
import { ApexList, ApexMap, ApexSet } from '../collections.ts';
import {
  ApexBlob,
  ApexDate,
  ApexDatetime,
  ApexDecimal,
  ApexDouble,
  ApexEnumValue,
  ApexInstance,
  ApexTime,
  NativeObject,
  SObjectValue,
  TypeValue,
  type ApexType,
  type ApexValue,
} from '../values.ts';
import type { ClassInfo } from './class-info.ts';
import { evalExpr } from './expressions.ts';
import type { Frame } from './frame.ts';
import type { Interpreter } from './interpreter.ts';
import { evalTarget } from './members.ts';

export function evalCall(interp: Interpreter, frame: Frame, expr: CallExpr): ApexValue {
  const evalArgs = (): ApexValue[] => expr.args.map((arg) => evalExpr(interp, frame, arg));
  if (!expr.target) return callUnqualified(interp, frame, expr, evalArgs());
  if (expr.target.kind === 'super') {
    const parent = interp.registry.superclassOf(frame.cls);
    if (!parent || !frame.self) throw interp.compileError('super is not available here', expr.line);
    return interp.callInstance(frame.self, expr.name, evalArgs(), parent);
  }
  const target = evalTarget(interp, frame, expr.target);
  switch (target.kind) {
    case 'value':
      if (target.value === null) {
        if (expr.safe) return null;
        throw interp.nullPointer();
      }
      return callOnValue(interp, target.value, expr.name, evalArgs());
    case 'namespace': {
      const native = interp.registry.nativeByName(`${target.name}.${target.name}`);
      if (!native) throw interp.unsupported(`${target.name}.${expr.name}`, expr.line);
      return interp.callNative(native, expr.name, null, evalArgs(), true);
    }
    case 'type':
      return callStaticOn(interp, target.type, expr, evalArgs());
    case 'label':
      throw interp.compileError(`Method does not exist: Label.${expr.name}`, expr.line);
  }
}

function callUnqualified(
  interp: Interpreter,
  frame: Frame,
  expr: CallExpr,
  args: ApexValue[],
): ApexValue {
  const lower = expr.name.toLowerCase();
  if (lower === 'this' || lower === 'super') {
    throw interp.compileError(
      'Constructor calls must be the first statement of a constructor',
      expr.line,
    );
  }
  for (let cls: ClassInfo | undefined = frame.cls; cls; cls = cls.outer) {
    const candidates = interp.methodsOf(cls, lower);
    if (candidates.length === 0) continue;
    const hasInstance = candidates.some((c) => !c.decl.modifiers.includes('static'));
    if (frame.self && cls === frame.cls && hasInstance) {
      const staticResult = interp.callStatic(cls, lower, args);
      if (staticResult !== undefined) return staticResult;
      return interp.callInstance(frame.self, lower, args);
    }
    const result = interp.callStatic(cls, lower, args);
    if (result !== undefined) return result;
  }
  throw interp.compileError(
    `Method does not exist or incorrect signature: ${expr.name}(${args.length} arguments)`,
    expr.line,
  );
}

function callStaticOn(
  interp: Interpreter,
  type: ApexType,
  expr: CallExpr,
  args: ApexValue[],
): ApexValue {
  if (type.kind === 'sobject') {
    const result = interp.platform.sobjectStaticMethod(interp.ctx, type.name, expr.name, args);
    if (!result)
      throw interp.unsupported(`${type.name}.${expr.name}(${args.length} arguments)`, expr.line);
    return result.value;
  }
  const name =
    type.kind === 'class' ? type.name : type.kind === 'primitive' ? `System.${type.name}` : '';
  const cls = interp.registry.classByName(name);
  if (cls && !cls.isBuiltin) {
    if (cls.kind === 'enum') return enumStatic(interp, cls, expr, args);
    const result = interp.callStatic(cls, expr.name, args);
    if (result === undefined) {
      throw interp.compileError(
        `Method does not exist or incorrect signature: ${cls.name}.${expr.name}`,
        expr.line,
      );
    }
    return result;
  }
  const native = interp.registry.nativeByName(name);
  if (!native) throw interp.unsupported(`static method ${name}.${expr.name}`, expr.line);
  return interp.callNative(native, expr.name, null, args, true);
}

function enumStatic(
  interp: Interpreter,
  cls: ClassInfo,
  expr: CallExpr,
  args: ApexValue[],
): ApexValue {
  const lower = expr.name.toLowerCase();
  if (lower === 'values' && args.length === 0) {
    return interp.newList({ kind: 'class', name: cls.name }, [...cls.enumValues]);
  }
  if (lower === 'valueof' && args.length === 1) {
    const [name] = args;
    if (typeof name !== 'string') throw interp.nullPointer();
    const found = cls.enumValues.find((value) => value.name === name);
    if (!found)
      throw interp.error('System.NoSuchElementException', `No enum constant ${cls.name}.${name}`);
    return found;
  }
  const result = interp.callStatic(cls, lower, args);
  if (result === undefined)
    throw interp.compileError(`Method does not exist: ${cls.name}.${expr.name}`, expr.line);
  return result;
}

/** The system class whose instance methods a primitive or built-in value has. */
function nativeClassNameOf(value: ApexValue): string | undefined {
  switch (typeof value) {
    case 'string':
      return 'System.String';
    case 'number':
      return 'System.Integer';
    case 'bigint':
      return 'System.Long';
    case 'boolean':
      return 'System.Boolean';
  }
  if (value instanceof ApexDouble) return 'System.Double';
  if (value instanceof ApexDecimal) return 'System.Decimal';
  if (value instanceof ApexDate) return 'System.Date';
  if (value instanceof ApexDatetime) return 'System.Datetime';
  if (value instanceof ApexTime) return 'System.Time';
  if (value instanceof ApexBlob) return 'System.Blob';
  if (value instanceof ApexList) return 'System.List';
  if (value instanceof ApexSet) return 'System.Set';
  if (value instanceof ApexMap) return 'System.Map';
  if (value instanceof TypeValue) return 'System.Type';
  if (value instanceof NativeObject) return value.typeName;
  return undefined;
}

/** `value.name(args)` on a non-null value. */
export function callOnValue(
  interp: Interpreter,
  value: ApexValue,
  name: string,
  args: ApexValue[],
): ApexValue {
  if (value instanceof ApexInstance) return interp.callInstance(value, name, args);
  if (value instanceof SObjectValue) {
    const result = interp.platform.sobjectMethod(interp.ctx, value, name, args);
    if (!result) throw interp.unsupported(`SObject.${name}(${args.length} arguments)`);
    return result.value;
  }
  if (value instanceof ApexEnumValue) return enumMethod(interp, value, name, args);
  const className = nativeClassNameOf(value);
  const native = className ? interp.registry.nativeByName(className) : undefined;
  if (!native) throw interp.unsupported(`method ${name} on ${className ?? 'this value'}`);
  const lower = name.toLowerCase();
  const hasMethod = native.methods.some((m) => !m.isStatic && m.name.toLowerCase() === lower);
  if (!hasMethod && typeof value === 'string') {
    // An Id is a string at runtime: Id methods (getSObjectType, to15) live on System.Id.
    const idClass = interp.registry.nativeByName('System.Id');
    if (idClass?.methods.some((m) => !m.isStatic && m.name.toLowerCase() === lower)) {
      return interp.callNative(idClass, name, value, args, false);
    }
  }
  return interp.callNative(native, name, value, args, false);
}

function enumMethod(
  interp: Interpreter,
  value: ApexEnumValue,
  name: string,
  args: ApexValue[],
): ApexValue {
  switch (name.toLowerCase()) {
    case 'name':
      return value.name;
    case 'ordinal':
      return value.ordinal;
    case 'tostring':
      return value.name;
    case 'equals':
      return value === args[0];
    case 'hashcode':
      return interp.hashCode(value);
    default: {
      const native = interp.registry.nativeByName(value.enumType);
      if (native) return interp.callNative(native, name, value, args, false);
      throw interp.compileError(`Method does not exist: ${value.enumType}.${name}`);
    }
  }
}
