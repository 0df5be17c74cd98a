/**
 * Runtime types of values, `instanceof`, and the conversions assignment and casts perform
 * (Integer -> Long/Double/Decimal widening, String -> Id validation, a SOQL result list to a
 * single sObject).
 */
import { ApexList, ApexMap, ApexSet } from '../collections.ts';
import type { NativeContext } from '../natives.ts';
import { convertNumber } from '../stdlib/numbers/convert.ts';
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
  OBJECT_TYPE,
  SObjectValue,
  TypeValue,
  primitive,
  type ApexType,
  type ApexValue,
} from '../values.ts';
import { hasIdShape } from '../org/ids.ts';
import { normalizeId } from './ids.ts';
import { typeName, type TypeRegistry } from './registry.ts';

export function typeOfValue(value: ApexValue): ApexType {
  if (value === null) return OBJECT_TYPE;
  switch (typeof value) {
    case 'boolean':
      return primitive('Boolean');
    case 'number':
      return primitive('Integer');
    case 'bigint':
      return primitive('Long');
    case 'string':
      return primitive('String');
  }
  if (value instanceof ApexDouble) return primitive('Double');
  if (value instanceof ApexDecimal) return primitive('Decimal');
  if (value instanceof ApexDate) return primitive('Date');
  if (value instanceof ApexDatetime) return primitive('Datetime');
  if (value instanceof ApexTime) return primitive('Time');
  if (value instanceof ApexBlob) return primitive('Blob');
  if (value instanceof ApexList) return { kind: 'list', elem: value.elemType };
  if (value instanceof ApexSet) return { kind: 'set', elem: value.elemType };
  if (value instanceof ApexMap) return { kind: 'map', key: value.keyType, value: value.valueType };
  if (value instanceof SObjectValue) return { kind: 'sobject', name: value.sobjectType };
  if (value instanceof ApexInstance) return { kind: 'class', name: value.cls.name };
  if (value instanceof ApexEnumValue) return { kind: 'class', name: value.enumType };
  if (value instanceof TypeValue) return { kind: 'class', name: 'System.Type' };
  if (value instanceof NativeObject) return { kind: 'class', name: value.typeName };
  return OBJECT_TYPE;
}

const NUMERIC_TARGETS = new Set(['Integer', 'Long', 'Double', 'Decimal']);

/** True when a value of static type `from` may be stored where `to` is declared. */
export function isAssignable(from: ApexType, to: ApexType, registry: TypeRegistry): boolean {
  if (to.kind === 'primitive' && to.name === 'Object') return true;
  if (from.kind === 'primitive' && to.kind === 'primitive') {
    if (from.name === to.name) return true;
    if (from.name === 'Id' && to.name === 'String') return true;
    if (from.name === 'String' && to.name === 'Id') return true;
    const widening: Record<string, string[]> = {
      Integer: ['Long', 'Double', 'Decimal'],
      Long: ['Double', 'Decimal'],
      Decimal: ['Double'],
      Double: ['Decimal'],
    };
    return widening[from.name]?.includes(to.name) ?? false;
  }
  if (from.kind === 'sobject' && to.kind === 'sobject') {
    return to.name === 'SObject' || from.name === 'SObject' || sameName(from.name, to.name);
  }
  if (from.kind === 'list' && to.kind === 'list') return isAssignable(from.elem, to.elem, registry);
  if (from.kind === 'set' && to.kind === 'set') return isAssignable(from.elem, to.elem, registry);
  if (from.kind === 'map' && to.kind === 'map') {
    return isAssignable(from.key, to.key, registry) && isAssignable(from.value, to.value, registry);
  }
  if (from.kind === 'class' && to.kind === 'class') return registry.isSubclass(from.name, to.name);
  if (from.kind === 'primitive' && from.name === 'Object') return true;
  return false;
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** `value instanceof type` (false for null, as in Apex). */
export function isInstanceOf(value: ApexValue, type: ApexType, registry: TypeRegistry): boolean {
  if (value === null) return false;
  if (type.kind === 'primitive' && type.name === 'Id') {
    return typeof value === 'string' && hasIdShape(value);
  }
  const actual = typeOfValue(value);
  if (type.kind === 'primitive' && actual.kind === 'primitive')
    return actual.name === type.name || type.name === 'Object';
  if (actual.kind === 'list' && type.kind === 'list') {
    return isAssignable(actual.elem, type.elem, registry);
  }
  return isAssignable(actual, type, registry);
}

/**
 * Converts `value` for storage in a variable, field, parameter or return of type `target`, or
 * throws System.TypeException as Apex does for an invalid runtime conversion.
 */
export function coerce(
  value: ApexValue,
  target: ApexType,
  ctx: NativeContext,
  registry: TypeRegistry,
): ApexValue {
  if (value === null) return null;
  switch (target.kind) {
    case 'void':
      return value;
    case 'primitive':
      return coercePrimitive(value, target.name, ctx);
    case 'sobject':
      return coerceSObject(value, target.name, ctx);
    default:
      if (isInstanceOf(value, target, registry) || isCollectionCast(value, target)) return value;
      throw invalidConversion(value, target, ctx);
  }
}

/** List<SObject> rows cast to List<Case> (and similar generic-sObject collections) are allowed. */
function isCollectionCast(value: ApexValue, target: ApexType): boolean {
  if (value instanceof ApexList && target.kind === 'list') {
    return value.elemType.kind === 'sobject' && target.elem.kind === 'sobject';
  }
  return false;
}

function coercePrimitive(value: ApexValue, name: string, ctx: NativeContext): ApexValue {
  if (name === 'Object') return value;
  if (NUMERIC_TARGETS.has(name)) {
    return convertNumber(value, name as 'Integer' | 'Long' | 'Double' | 'Decimal', ctx);
  }
  if (name === 'Id') {
    if (typeof value !== 'string') throw invalidConversion(value, primitive('Id'), ctx);
    const id = normalizeId(value);
    if (id === null) throw ctx.error('System.StringException', `Invalid id: ${value}`);
    return id;
  }
  if (isInstanceOfPrimitive(value, name)) return value;
  throw invalidConversion(value, primitive(name as 'String'), ctx);
}

function isInstanceOfPrimitive(value: ApexValue, name: string): boolean {
  switch (name) {
    case 'String':
      return typeof value === 'string';
    case 'Boolean':
      return typeof value === 'boolean';
    case 'Date':
      return value instanceof ApexDate;
    case 'Datetime':
      return value instanceof ApexDatetime;
    case 'Time':
      return value instanceof ApexTime;
    case 'Blob':
      return value instanceof ApexBlob;
    default:
      return false;
  }
}

function coerceSObject(value: ApexValue, name: string, ctx: NativeContext): ApexValue {
  if (value instanceof ApexList && value.elemType.kind === 'sobject') {
    // Only a SOQL query can put a list where an sObject is expected.
    if (value.items.length === 0) {
      throw ctx.error('System.QueryException', 'List has no rows for assignment to SObject');
    }
    if (value.items.length > 1) {
      throw ctx.error(
        'System.QueryException',
        'List has more than 1 row for assignment to SObject',
      );
    }
    return coerceSObject(value.items[0] ?? null, name, ctx);
  }
  if (value instanceof SObjectValue && (name === 'SObject' || sameName(value.sobjectType, name))) {
    return value;
  }
  throw invalidConversion(value, { kind: 'sobject', name }, ctx);
}

function invalidConversion(value: ApexValue, target: ApexType, ctx: NativeContext): Error {
  return ctx.error(
    'System.TypeException',
    `Invalid conversion from runtime type ${typeName(typeOfValue(value))} to ${typeName(target)}`,
  );
}
