/**
 * Names and members: what `x`, `a.b` and `a[i]` denote (a local, an instance or static field or
 * property, an sObject field, a type, a namespace), reading them and assigning to them.
 */
import type { Expr, FieldExpr, IndexExpr, NameExpr } from '../ast.ts';
import { ApexList } from '../collections.ts';
import {
  ApexInstance,
  NativeObject,
  SObjectValue,
  type ApexType,
  type ApexValue,
} from '../values.ts';
import type { ClassInfo } from './class-info.ts';
import { evalExpr } from './expressions.ts';
import type { Frame } from './frame.ts';
import type { Interpreter } from './interpreter.ts';

export type Target =
  | { kind: 'value'; value: ApexValue }
  | { kind: 'type'; type: ApexType }
  | { kind: 'namespace'; name: string }
  | { kind: 'label' };

type VariableRef =
  | { kind: 'field'; owner: ClassInfo; isStatic: boolean; type: ApexType }
  | { kind: 'property'; owner: ClassInfo; isStatic: boolean };

/** A field or property named `lower`, declared on `cls` or a superclass. */
function memberOf(
  interp: Interpreter,
  cls: ClassInfo,
  lower: string,
  wantStatic: boolean | null,
): VariableRef | undefined {
  for (
    let current: ClassInfo | undefined = cls;
    current;
    current = interp.registry.superclassOf(current)
  ) {
    const field = current.fields.get(lower);
    if (field && (wantStatic === null || field.isStatic === wantStatic)) {
      return {
        kind: 'field',
        owner: current,
        isStatic: field.isStatic,
        type: interp.resolveType(field.type, current),
      };
    }
    const property = current.properties.get(lower);
    if (property && (wantStatic === null || property.isStatic === wantStatic)) {
      return { kind: 'property', owner: current, isStatic: property.isStatic };
    }
  }
  return undefined;
}

/** A variable visible by simple name from `frame`: instance members of `this`, then statics of the class and its outers. */
function variableFrom(interp: Interpreter, frame: Frame, lower: string): VariableRef | undefined {
  if (frame.self) {
    const instance = memberOf(interp, frame.cls, lower, null);
    if (instance) return instance;
  }
  for (let cls: ClassInfo | undefined = frame.cls; cls; cls = cls.outer) {
    const found = memberOf(interp, cls, lower, true);
    if (found) return found;
  }
  return undefined;
}

function readVariable(
  interp: Interpreter,
  ref: VariableRef,
  lower: string,
  self: ApexInstance | null,
): ApexValue {
  if (ref.kind === 'property') {
    const property = ref.owner.properties.get(lower);
    if (!property) throw interp.compileError(`Variable does not exist: ${lower}`);
    return interp.readProperty(ref.owner, property, ref.isStatic ? null : self);
  }
  const storage = ref.isStatic ? interp.staticsOf(ref.owner) : self?.fields;
  if (!storage)
    throw interp.compileError(
      `Non static field cannot be referenced from a static context: ${lower}`,
    );
  return storage.get(lower) ?? null;
}

function writeVariable(
  interp: Interpreter,
  ref: VariableRef,
  lower: string,
  self: ApexInstance | null,
  value: ApexValue,
): ApexValue {
  if (ref.kind === 'property') {
    const property = ref.owner.properties.get(lower);
    if (!property) throw interp.compileError(`Variable does not exist: ${lower}`);
    interp.writeProperty(ref.owner, property, ref.isStatic ? null : self, value);
    return value;
  }
  const coerced = interp.coerce(value, ref.type);
  const storage = ref.isStatic ? interp.staticsOf(ref.owner) : self?.fields;
  if (!storage)
    throw interp.compileError(
      `Non static field cannot be referenced from a static context: ${lower}`,
    );
  storage.set(lower, coerced);
  return coerced;
}

/** Storage of the property whose accessor is running (`x` inside `x { get { return x; } }`). */
function accessorStorage(interp: Interpreter, frame: Frame): Map<string, ApexValue> {
  return frame.self ? frame.self.fields : interp.staticsOf(frame.cls);
}

export function evalTarget(interp: Interpreter, frame: Frame, expr: Expr): Target {
  if (expr.kind === 'name') return nameTarget(interp, frame, expr);
  if (expr.kind === 'field') return fieldTarget(interp, frame, expr);
  if (expr.kind === 'soql' && expr.query.select[0]?.kind !== 'countAll') {
    // `[SELECT Name FROM User WHERE ...].Name`: the query must return exactly one row.
    const rows = evalExpr(interp, frame, expr);
    return { kind: 'value', value: interp.coerce(rows, { kind: 'sobject', name: 'SObject' }) };
  }
  return { kind: 'value', value: evalExpr(interp, frame, expr) };
}

function nameTarget(interp: Interpreter, frame: Frame, expr: NameExpr): Target {
  const lower = expr.name.toLowerCase();
  const local = frame.scope.lookup(lower);
  if (local) return { kind: 'value', value: local.value };
  if (frame.accessorOf === lower)
    return { kind: 'value', value: accessorStorage(interp, frame).get(lower) ?? null };
  const variable = variableFrom(interp, frame, lower);
  if (variable) return { kind: 'value', value: readVariable(interp, variable, lower, frame.self) };
  if (lower === 'label') return { kind: 'label' };
  if (interp.registry.isNamespace(lower)) return { kind: 'namespace', name: lower };
  const type = interp.registry.resolve(
    { names: [expr.name], args: [], arrayDims: 0, line: expr.line },
    frame.cls,
  );
  if (type) return { kind: 'type', type };
  throw interp.compileError(`Variable does not exist: ${expr.name}`, expr.line);
}

function fieldTarget(interp: Interpreter, frame: Frame, expr: FieldExpr): Target {
  const target = evalTarget(interp, frame, expr.target);
  switch (target.kind) {
    case 'value':
      return { kind: 'value', value: readMember(interp, target.value, expr.name, expr.safe) };
    case 'label': {
      const value = interp.platform.label(expr.name);
      if (value === undefined)
        throw interp.compileError(`Custom label does not exist: ${expr.name}`, expr.line);
      return { kind: 'value', value };
    }
    case 'namespace': {
      if (target.name === 'system' && expr.name.toLowerCase() === 'label') return { kind: 'label' };
      const type = interp.registry.resolve(
        { names: [target.name, expr.name], args: [], arrayDims: 0, line: expr.line },
        frame.cls,
      );
      if (type) return { kind: 'type', type };
      throw interp.compileError(`Invalid type: ${target.name}.${expr.name}`, expr.line);
    }
    case 'type':
      return staticMember(interp, target.type, expr);
  }
}

/** `Type.member`: a static field/property, an inner type, an enum constant, a native constant, an sObject token. */
function staticMember(interp: Interpreter, type: ApexType, expr: FieldExpr): Target {
  const lower = expr.name.toLowerCase();
  if (type.kind === 'sobject') {
    const value = interp.platform.sobjectMember(interp.ctx, type.name, expr.name);
    if (value === undefined)
      throw interp.compileError(`Invalid field ${expr.name} for ${type.name}`, expr.line);
    return { kind: 'value', value };
  }
  const typeName =
    type.kind === 'class' ? type.name : type.kind === 'primitive' ? `System.${type.name}` : '';
  const cls = interp.registry.classByName(typeName);
  if (cls && !cls.isBuiltin) {
    const enumValue = cls.enumValues.find((value) => value.name.toLowerCase() === lower);
    if (enumValue) return { kind: 'value', value: enumValue };
    const member = memberOf(interp, cls, lower, true);
    if (member) return { kind: 'value', value: readVariable(interp, member, lower, null) };
    const inner = cls.inner.get(lower);
    if (inner) return { kind: 'type', type: { kind: 'class', name: inner.name } };
    throw interp.compileError(`Variable does not exist: ${expr.name}`, expr.line);
  }
  const native = interp.registry.nativeByName(typeName);
  if (native) {
    const constant = Object.entries(native.staticFields ?? {}).find(
      ([name]) => name.toLowerCase() === lower,
    );
    if (constant) return { kind: 'value', value: constant[1](interp.ctx) };
    const dynamic = native.staticMember?.(interp.ctx, expr.name);
    if (dynamic !== undefined) return { kind: 'value', value: dynamic };
    const nested = interp.registry.nativeByName(`${native.name}.${expr.name}`);
    if (nested) return { kind: 'type', type: { kind: 'class', name: nested.name } };
  }
  throw interp.compileError(`Variable does not exist: ${typeName}.${expr.name}`, expr.line);
}

export function evalName(interp: Interpreter, frame: Frame, expr: NameExpr): ApexValue {
  const target = nameTarget(interp, frame, expr);
  if (target.kind !== 'value')
    throw interp.compileError(`Variable does not exist: ${expr.name}`, expr.line);
  return target.value;
}

export function evalField(interp: Interpreter, frame: Frame, expr: FieldExpr): ApexValue {
  const target = fieldTarget(interp, frame, expr);
  if (target.kind !== 'value')
    throw interp.compileError(`Variable does not exist: ${expr.name}`, expr.line);
  return target.value;
}

/** `value.name` on an evaluated value. */
export function readMember(
  interp: Interpreter,
  value: ApexValue,
  name: string,
  safe: boolean,
): ApexValue {
  if (value === null) {
    if (safe) return null;
    throw interp.nullPointer();
  }
  const lower = name.toLowerCase();
  if (value instanceof SObjectValue) return readSObjectField(interp, value, name);
  if (value instanceof ApexInstance) {
    const cls = interp.registry.classByName(value.cls.name);
    const member = cls && memberOf(interp, cls, lower, null);
    if (member) return readVariable(interp, member, lower, value);
    throw interp.compileError(`Variable does not exist: ${name}`);
  }
  if (value instanceof NativeObject) {
    const native = interp.registry.nativeByName(value.typeName);
    const getter = Object.entries(native?.instanceFields ?? {}).find(
      ([field]) => field.toLowerCase() === lower,
    );
    if (getter) return getter[1](interp.ctx, value);
    const dynamic = native?.instanceMember?.(interp.ctx, value, name);
    if (dynamic !== undefined) return dynamic;
  }
  throw interp.compileError(`Variable does not exist: ${name}`);
}

export function readSObjectField(
  interp: Interpreter,
  record: SObjectValue,
  name: string,
): ApexValue {
  const lower = name.toLowerCase();
  if (record.fields.has(lower)) return record.fields.get(lower) ?? null;
  const known =
    interp.platform.fieldType(record.sobjectType, name) ??
    interp.platform.relationship(record.sobjectType, name) ??
    interp.platform.childRelationship(record.sobjectType, name);
  if (known === undefined)
    throw interp.compileError(`Invalid field ${name} for ${record.sobjectType}`);
  if (record.retrievedByQuery) {
    throw interp.error(
      'System.SObjectException',
      `SObject row was retrieved via SOQL without querying the requested field: ${record.sobjectType}.${name}`,
    );
  }
  return null;
}

export function setSObjectField(
  interp: Interpreter,
  record: SObjectValue,
  name: string,
  value: ApexValue,
): ApexValue {
  const type = interp.platform.fieldType(record.sobjectType, name);
  if (type) {
    const coerced = interp.coerce(value, type);
    record.set(name, coerced);
    return coerced;
  }
  const parent = interp.platform.relationship(record.sobjectType, name);
  if (parent) {
    if (value !== null && !(value instanceof SObjectValue))
      throw interp.compileError(`Illegal assignment to ${name}`);
    record.set(name, value);
    return value;
  }
  if (interp.platform.childRelationship(record.sobjectType, name)) {
    throw interp.compileError(`Field is not writeable: ${record.sobjectType}.${name}`);
  }
  throw interp.compileError(`Invalid field ${name} for ${record.sobjectType}`);
}

export function evalIndex(interp: Interpreter, frame: Frame, expr: IndexExpr): ApexValue {
  const list = evalExpr(interp, frame, expr.target);
  const index = evalExpr(interp, frame, expr.index);
  if (list === null || index === null) throw interp.nullPointer();
  if (!(list instanceof ApexList) || typeof index !== 'number')
    throw interp.compileError('Expression must be a list type');
  if (index < 0 || index >= list.items.length) {
    throw interp.error('System.ListException', `List index out of bounds: ${index}`);
  }
  return list.items[index] ?? null;
}

/** Stores `value` into the place `target` denotes; returns the stored (converted) value. */
export function assignTo(
  interp: Interpreter,
  frame: Frame,
  target: Expr,
  value: ApexValue,
): ApexValue {
  switch (target.kind) {
    case 'name': {
      const lower = target.name.toLowerCase();
      const local = frame.scope.lookup(lower);
      if (local) {
        local.value = interp.coerce(value, local.type);
        return local.value;
      }
      if (frame.accessorOf === lower) {
        accessorStorage(interp, frame).set(lower, value);
        return value;
      }
      const variable = variableFrom(interp, frame, lower);
      if (!variable)
        throw interp.compileError(`Variable does not exist: ${target.name}`, target.line);
      return writeVariable(interp, variable, lower, frame.self, value);
    }
    case 'field': {
      const owner = evalTarget(interp, frame, target.target);
      const lower = target.name.toLowerCase();
      if (owner.kind === 'type' && owner.type.kind === 'class') {
        const cls = interp.registry.classByName(owner.type.name);
        const member = cls && memberOf(interp, cls, lower, true);
        if (!member)
          throw interp.compileError(`Variable does not exist: ${target.name}`, target.line);
        return writeVariable(interp, member, lower, null, value);
      }
      if (owner.kind !== 'value')
        throw interp.compileError(`Illegal assignment to ${target.name}`, target.line);
      const object = owner.value;
      if (object === null) throw interp.nullPointer();
      if (object instanceof SObjectValue)
        return setSObjectField(interp, object, target.name, value);
      if (object instanceof ApexInstance) {
        const cls = interp.registry.classByName(object.cls.name);
        const member = cls && memberOf(interp, cls, lower, null);
        if (!member)
          throw interp.compileError(`Variable does not exist: ${target.name}`, target.line);
        return writeVariable(interp, member, lower, object, value);
      }
      throw interp.compileError(`Illegal assignment to ${target.name}`, target.line);
    }
    case 'index': {
      const list = evalExpr(interp, frame, target.target);
      const index = evalExpr(interp, frame, target.index);
      if (list === null || index === null) throw interp.nullPointer();
      if (!(list instanceof ApexList) || typeof index !== 'number')
        throw interp.compileError('Expression must be a list type');
      if (index < 0 || index >= list.items.length) {
        throw interp.error('System.ListException', `List index out of bounds: ${index}`);
      }
      const coerced = interp.coerce(value, list.elemType);
      list.items[index] = coerced;
      return coerced;
    }
    default:
      throw interp.compileError('Expression cannot be assigned', target.line);
  }
}
