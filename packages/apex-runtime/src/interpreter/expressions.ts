/**
 * Expression evaluation: literals, operators, object creation, SOQL and the dispatch to names,
 * members and calls (members.ts, calls.ts).
 */
import type {
  BinaryExpr,
  Expr,
  LiteralExpr,
  NewCollectionExpr,
  NewMapExpr,
  NewObjectExpr,
  SoqlExpr,
} from '../ast.ts';
import { ApexList, ApexMap, ApexSet } from '../collections.ts';
import { idEquals } from '../equality.ts';
import { hasIdShape } from '../org/ids.ts';
import { parseDecimal } from '../stdlib/numbers/decimal-text.ts';
import { formatForConcatenation } from '../stdlib/numbers/format-primitive.ts';
import { isNumeric } from '../stdlib/numbers/kinds.ts';
import {
  arithmetic,
  bitwise,
  bitwiseNot,
  compareNumbers,
  negate,
  shift,
} from '../stdlib/numbers/operators.ts';
import { isTemporal, temporalArithmetic } from '../stdlib/datetime/temporal-operators.ts';
import {
  ApexDate,
  ApexDatetime,
  ApexDouble,
  ApexTime,
  SObjectValue,
  TypeValue,
  type ApexType,
  type ApexValue,
} from '../values.ts';
import { evalCall } from './calls.ts';
import { isInstanceOf } from './coercion.ts';
import type { Frame } from './frame.ts';
import type { Interpreter } from './interpreter.ts';
import { assignTo, evalField, evalIndex, evalName, setSObjectField } from './members.ts';

export function evalLiteral(expr: LiteralExpr): ApexValue {
  switch (expr.type) {
    case 'Integer':
      return Number.parseInt(expr.text, 10) | 0;
    case 'Long':
      return BigInt.asIntN(64, BigInt(expr.text));
    case 'Decimal': {
      const value = parseDecimal(expr.text);
      if (!value) throw new Error(`Invalid Decimal literal ${expr.text}`);
      return value;
    }
    case 'Double':
      return new ApexDouble(Number.parseFloat(expr.text));
    case 'String':
      return expr.text;
    case 'Boolean':
      return expr.text.toLowerCase() === 'true';
    case 'Null':
      return null;
  }
}

export function evalExpr(interp: Interpreter, frame: Frame, expr: Expr): ApexValue {
  switch (expr.kind) {
    case 'literal':
      return evalLiteral(expr);
    case 'name':
      return evalName(interp, frame, expr);
    case 'field':
      return evalField(interp, frame, expr);
    case 'call':
      return evalCall(interp, frame, expr);
    case 'index':
      return evalIndex(interp, frame, expr);
    case 'new':
      return evalNew(interp, frame, expr);
    case 'newArray': {
      const elem = interp.resolveType(expr.type, frame.cls);
      if (expr.init)
        return interp.newList(
          elem,
          expr.init.map((e) => interp.coerce(evalExpr(interp, frame, e), elem)),
        );
      const size = expr.size ? evalExpr(interp, frame, expr.size) : 0;
      if (typeof size !== 'number') throw interp.nullPointer();
      return interp.newList(elem, new Array<ApexValue>(size).fill(null));
    }
    case 'newCollection':
      return evalNewCollection(interp, frame, expr);
    case 'newMap':
      return evalNewMap(interp, frame, expr);
    case 'unary': {
      const operand = evalExpr(interp, frame, expr.operand);
      if (operand === null) throw interp.nullPointer();
      if (expr.op === '!') return operand !== true;
      if (expr.op === '-') return negate(operand, interp.ctx);
      if (expr.op === '~') return bitwiseNot(operand, interp.ctx);
      return operand;
    }
    case 'incDec': {
      const before = evalExpr(interp, frame, expr.target);
      if (before === null) throw interp.nullPointer();
      const after = arithmetic(expr.op === '++' ? '+' : '-', before, 1, interp.ctx);
      assignTo(interp, frame, expr.target, after);
      return expr.prefix ? after : before;
    }
    case 'binary':
      return evalBinary(interp, frame, expr);
    case 'assign': {
      if (expr.op === '=')
        return assignTo(interp, frame, expr.target, evalExpr(interp, frame, expr.value));
      const current = evalExpr(interp, frame, expr.target);
      const operand = evalExpr(interp, frame, expr.value);
      const op = expr.op.slice(0, -1) as BinaryExpr['op'];
      return assignTo(interp, frame, expr.target, binaryValue(interp, op, current, operand));
    }
    case 'ternary': {
      const cond = evalExpr(interp, frame, expr.cond);
      if (cond === null) throw interp.nullPointer();
      return evalExpr(interp, frame, cond === true ? expr.then : expr.else);
    }
    case 'instanceof':
      return isInstanceOf(
        evalExpr(interp, frame, expr.expr),
        interp.resolveType(expr.type, frame.cls),
        interp.registry,
      );
    case 'cast':
      return interp.coerce(
        evalExpr(interp, frame, expr.expr),
        interp.resolveType(expr.type, frame.cls),
      );
    case 'this':
      if (!frame.self) throw interp.compileError('this is not available in a static context');
      return frame.self;
    case 'super':
      throw interp.compileError('super is only valid as a call target');
    case 'typeLiteral':
      if (expr.type.names.length === 1 && expr.type.names[0]?.toLowerCase() === 'void') {
        return new TypeValue({ kind: 'void' });
      }
      return new TypeValue(interp.resolveType(expr.type, frame.cls));
    case 'soql':
      return evalSoql(interp, frame, expr);
    case 'unsupported':
      throw interp.unsupported(expr.what, expr.line);
  }
}

function evalBinary(interp: Interpreter, frame: Frame, expr: BinaryExpr): ApexValue {
  switch (expr.op) {
    case '&&': {
      const left = evalExpr(interp, frame, expr.left);
      if (left === null) throw interp.nullPointer();
      if (left !== true) return false;
      const right = evalExpr(interp, frame, expr.right);
      if (right === null) throw interp.nullPointer();
      return right === true;
    }
    case '||': {
      const left = evalExpr(interp, frame, expr.left);
      if (left === null) throw interp.nullPointer();
      if (left === true) return true;
      const right = evalExpr(interp, frame, expr.right);
      if (right === null) throw interp.nullPointer();
      return right === true;
    }
    case '??': {
      const left = evalExpr(interp, frame, expr.left);
      return left !== null ? left : evalExpr(interp, frame, expr.right);
    }
    default:
      return binaryValue(
        interp,
        expr.op,
        evalExpr(interp, frame, expr.left),
        evalExpr(interp, frame, expr.right),
      );
  }
}

/** A strict binary operator on two evaluated operands. */
export function binaryValue(
  interp: Interpreter,
  op: BinaryExpr['op'],
  left: ApexValue,
  right: ApexValue,
): ApexValue {
  switch (op) {
    case '==':
      return valuesEqual(interp, left, right);
    case '!=':
      return !valuesEqual(interp, left, right);
    case '===':
      return exactlyEqual(left, right);
    case '!==':
      return !exactlyEqual(left, right);
    case '<':
    case '>':
    case '<=':
    case '>=':
      return compare(interp, op, left, right);
    case '+':
      if (typeof left === 'string' || typeof right === 'string') {
        return concatenationText(interp, left) + concatenationText(interp, right);
      }
      return arithmeticValue(interp, op, left, right);
    case '-':
    case '*':
    case '/':
      return arithmeticValue(interp, op, left, right);
    case '&':
    case '|':
    case '^':
      if (left === null || right === null) throw interp.nullPointer();
      return bitwise(op, left, right, interp.ctx);
    case '<<':
    case '>>':
    case '>>>':
      if (left === null || right === null) throw interp.nullPointer();
      return shift(op, left, right, interp.ctx);
    default:
      throw interp.unsupported(`operator ${op}`);
  }
}

/** A Date concatenates with a midnight time, unlike String.valueOf (format-primitive.ts). */
function concatenationText(interp: Interpreter, value: ApexValue): string {
  return formatForConcatenation(value) ?? interp.stringify(value);
}

function arithmeticValue(
  interp: Interpreter,
  op: '+' | '-' | '*' | '/',
  left: ApexValue,
  right: ApexValue,
): ApexValue {
  if (left === null || right === null) throw interp.nullPointer();
  if (isTemporal(left)) return temporalArithmetic(op, left, right);
  return arithmetic(op, left, right, interp.ctx);
}

function valuesEqual(interp: Interpreter, left: ApexValue, right: ApexValue): boolean {
  // Id operands: a 15-character Id equals its 18-character form; otherwise Strings compare
  // case-insensitively (operatorEquals).
  if (typeof left === 'string' && typeof right === 'string' && looksLikeIdPair(left, right)) {
    return idEquals(left, right);
  }
  return interp.equals(left, right);
}

function looksLikeIdPair(a: string, b: string): boolean {
  return a.length !== b.length && hasIdShape(a) && hasIdShape(b);
}

/** `===`: reference equality for objects, value equality (case-sensitive) for primitives. */
function exactlyEqual(left: ApexValue, right: ApexValue): boolean {
  if (left === right) return true;
  if (left instanceof ApexDouble && right instanceof ApexDouble) return left.value === right.value;
  return false;
}

function compare(
  interp: Interpreter,
  op: '<' | '>' | '<=' | '>=',
  left: ApexValue,
  right: ApexValue,
): boolean {
  let order: number;
  if (left === null || right === null) {
    // A non-null String/Id is greater than null; for numbers and dates the result is false.
    if (typeof left === 'string' || typeof right === 'string')
      order = left === null ? (right === null ? 0 : -1) : 1;
    else return false;
  } else if (typeof left === 'string' && typeof right === 'string') {
    const a = left.toLowerCase();
    const b = right.toLowerCase();
    order = a < b ? -1 : a > b ? 1 : 0;
  } else if (isNumeric(left) && isNumeric(right)) {
    order = compareNumbers(left, right, interp.ctx);
  } else if (left instanceof ApexDate && right instanceof ApexDate) {
    order = left.year - right.year || left.month - right.month || left.day - right.day;
  } else if (
    (left instanceof ApexDatetime && right instanceof ApexDatetime) ||
    (left instanceof ApexTime && right instanceof ApexTime)
  ) {
    order = left.millis - right.millis;
  } else {
    throw interp.compileError(`Comparison arguments must be compatible types`);
  }
  switch (op) {
    case '<':
      return order < 0;
    case '>':
      return order > 0;
    case '<=':
      return order <= 0;
    case '>=':
      return order >= 0;
  }
}

function evalNew(interp: Interpreter, frame: Frame, expr: NewObjectExpr): ApexValue {
  const type = interp.resolveType(expr.type, frame.cls);
  switch (type.kind) {
    case 'sobject':
      return newSObject(interp, frame, type.name, expr);
    case 'list':
    case 'set':
    case 'map':
      return newCollectionFrom(
        interp,
        type,
        expr.args.map((arg) => evalExpr(interp, frame, arg)),
      );
    case 'class': {
      const args = expr.args.map((arg) => evalExpr(interp, frame, arg));
      const cls = interp.registry.classByName(type.name);
      if (cls) return interp.instantiate(cls, args);
      const native = interp.registry.nativeByName(type.name);
      const ctor = native?.constructors?.find((c) => c.params.length === args.length);
      if (!ctor) throw interp.unsupported(`new ${type.name}(${args.length} arguments)`);
      return ctor.impl(interp.ctx, args);
    }
    default:
      throw interp.compileError(`Type cannot be constructed: ${expr.type.names.join('.')}`);
  }
}

function newSObject(
  interp: Interpreter,
  frame: Frame,
  name: string,
  expr: NewObjectExpr,
): SObjectValue {
  const record = new SObjectValue(name);
  for (const arg of expr.args) {
    if (arg.kind !== 'assign' || arg.target.kind !== 'name') {
      throw interp.unsupported('sObject constructor argument that is not Field = value');
    }
    setSObjectField(interp, record, arg.target.name, evalExpr(interp, frame, arg.value));
  }
  return record;
}

/** `new List<T>(other)`, `new Set<T>(list)`, `new Map<Id, SObject>(rows)`, `new Map<K,V>(other)`. */
function newCollectionFrom(interp: Interpreter, type: ApexType, args: ApexValue[]): ApexValue {
  const [source = null] = args;
  if (args.length > 1) throw interp.compileError('Too many arguments for a collection constructor');
  if (args.length === 1 && source === null) throw interp.nullPointer();
  if (type.kind === 'list') {
    const items =
      source instanceof ApexList
        ? [...source.items]
        : source instanceof ApexSet
          ? [...source.values()]
          : [];
    if (args.length === 1 && typeof source === 'number') return interp.newList(type.elem);
    return interp.newList(
      type.elem,
      items.map((item) => interp.coerce(item, type.elem)),
    );
  }
  if (type.kind === 'set') {
    const set = interp.newSet(type.elem);
    const items =
      source instanceof ApexList
        ? source.items
        : source instanceof ApexSet
          ? [...source.values()]
          : [];
    for (const item of items) set.add(interp.coerce(item, type.elem));
    return set;
  }
  if (type.kind !== 'map') return null;
  const map = interp.newMap(type.key, type.value);
  if (source instanceof ApexMap) {
    for (const [key, value] of source.entries()) map.put(key, value);
  } else if (source instanceof ApexList) {
    for (const row of source.items) {
      if (!(row instanceof SObjectValue))
        throw interp.compileError('Map constructor needs a list of sObjects');
      map.put(row.get('Id') ?? null, row);
    }
  }
  return map;
}

function evalNewCollection(interp: Interpreter, frame: Frame, expr: NewCollectionExpr): ApexValue {
  const type = interp.resolveType(expr.type, frame.cls);
  const values = expr.init.map((e) => evalExpr(interp, frame, e));
  if (type.kind === 'list')
    return interp.newList(
      type.elem,
      values.map((v) => interp.coerce(v, type.elem)),
    );
  if (type.kind === 'set') {
    const set = interp.newSet(type.elem);
    for (const value of values) set.add(interp.coerce(value, type.elem));
    return set;
  }
  throw interp.compileError('Initializer list on a non-collection type');
}

function evalNewMap(interp: Interpreter, frame: Frame, expr: NewMapExpr): ApexValue {
  const type = interp.resolveType(expr.type, frame.cls);
  if (type.kind !== 'map') throw interp.compileError('Map initializer on a non-map type');
  const map = interp.newMap(type.key, type.value);
  for (const entry of expr.entries) {
    map.put(
      interp.coerce(evalExpr(interp, frame, entry.key), type.key),
      interp.coerce(evalExpr(interp, frame, entry.value), type.value),
    );
  }
  return map;
}

function evalSoql(interp: Interpreter, frame: Frame, expr: SoqlExpr): ApexValue {
  const mode =
    expr.query.with === 'USER_MODE'
      ? 'user'
      : expr.query.with === 'SECURITY_ENFORCED'
        ? 'security_enforced'
        : 'system';
  return interp.platform.query(interp.ctx, expr.query, (bind) => evalExpr(interp, frame, bind), {
    mode,
    enforceSharing: mode === 'user' || (expr.query.with !== 'SYSTEM_MODE' && frame.enforceSharing),
  });
}
