/**
 * JSON.deserialize / deserializeStrict into a System.Type.
 *
 * - Apex classes: created with ctx.instantiate, then each JSON member is stored in the field of
 *   the same name, matched case-insensitively. Unknown members are ignored by deserialize ("this
 *   method ignores extraneous attributes") and rejected by deserializeStrict.
 * - sObjects: the 'attributes' member is skipped; field types come from the org schema (see
 *   SObjectSchema), without which sObject deserialization fails loudly; a child relationship reads
 *   the {"records":[...]} shape.
 * - Primitives: strings for String/Id/Date/Datetime/Time/Blob (base64), JSON numbers for the
 *   number types, true/false for Boolean; Object reads untyped (untyped.ts). Lists, Sets, Maps
 *   (keys converted from strings) recurse.
 * A JSON value of the wrong kind throws System.JSONException 'Cannot deserialize instance of
 * <type> from <TOKEN> value <text> or request may be missing a required field at [line:L,
 * column:C]'. Conversions whose Apex behaviour is undocumented (a string into a number, a
 * fraction into an Integer, enums, transient fields) fail loudly with UnsupportedError.
 *
 * Known difference: Apex does not run the class's constructor when deserializing; this runtime's
 * ctx.instantiate runs the no-argument constructor (and field initializers) first.
 */
import { ApexList, ApexMap, ApexSet } from '../../collections.ts';
import { hooksFromContext } from '../../equality.ts';
import type { NativeContext } from '../../natives.ts';
import {
  ApexBlob,
  ApexDouble,
  ApexInstance,
  primitive,
  SObjectValue,
  UnsupportedError,
  type ApexType,
  type ApexValue,
} from '../../values.ts';
import { parseDate, parseDatetime, parseTime } from './dates.ts';
import { decimalFromJson, integerFromJson } from './numbers.ts';
import { JsonError, lineAndColumn, type JsonNode } from './parser.ts';
import { untypedValue } from './untyped.ts';

/** What JSON deserialization needs to know about sObjects: the org schema. */
export interface SObjectSchema {
  /**
   * The type of an sObject field: a primitive for a field, { kind: 'sobject' } for a parent
   * relationship name, a list of sObjects for a child relationship; null when there is none.
   */
  fieldType(sobjectType: string, field: string): ApexType | null;
}

export interface TypedOptions {
  readonly strict: boolean;
  readonly schema: SObjectSchema | undefined;
  /** The JSON text, for error positions. */
  readonly text: string;
}

export function typedValue(
  ctx: NativeContext,
  node: JsonNode,
  type: ApexType,
  options: TypedOptions,
): ApexValue {
  if (node.kind === 'null') return null;
  switch (type.kind) {
    case 'primitive':
      return primitiveValue(ctx, node, type, options);
    case 'list':
      return new ApexList(
        type.elem,
        arrayItems(node, type, options).map((item) => typedValue(ctx, item, type.elem, options)),
      );
    case 'set': {
      const set = new ApexSet(type.elem, hooksFromContext(ctx));
      for (const item of arrayItems(node, type, options))
        set.add(typedValue(ctx, item, type.elem, options));
      return set;
    }
    case 'map': {
      if (node.kind !== 'object') throw mismatch(node, type, options);
      const map = new ApexMap(type.key, type.value, hooksFromContext(ctx));
      for (const [name, member] of node.members) {
        map.put(
          mapKey(ctx, name, type.key, member, options),
          typedValue(ctx, member, type.value, options),
        );
      }
      return map;
    }
    case 'sobject':
      return sobjectValue(ctx, node, type.name, options);
    case 'class':
      return instanceValue(ctx, node, type, options);
    case 'void':
      throw new UnsupportedError('JSON.deserialize into void');
  }
}

function arrayItems(node: JsonNode, type: ApexType, options: TypedOptions): JsonNode[] {
  if (node.kind !== 'array') throw mismatch(node, type, options);
  return node.items;
}

function primitiveValue(
  ctx: NativeContext,
  node: JsonNode,
  type: ApexType & { kind: 'primitive' },
  options: TypedOptions,
): ApexValue {
  switch (type.name) {
    case 'Object':
      return untypedValue(ctx, node);
    case 'String':
      if (node.kind !== 'string') throw scalarOrMismatch(node, type, options);
      return node.value;
    case 'Id':
      if (node.kind !== 'string') throw scalarOrMismatch(node, type, options);
      return ctx.coerce(node.value, type);
    case 'Boolean':
      if (node.kind !== 'boolean') throw scalarOrMismatch(node, type, options);
      return node.value;
    case 'Integer':
    case 'Long': {
      if (node.kind !== 'number') throw scalarOrMismatch(node, type, options);
      if (!node.isInteger) throw new UnsupportedError(`JSON number ${node.text} into ${type.name}`);
      const value = integerFromJson(node.text);
      if (type.name === 'Integer' && typeof value === 'number') return value;
      if (type.name === 'Long' && value !== undefined) return BigInt(value);
      throw jsonError(
        `Numeric value (${node.text}) out of range of ${type.name === 'Integer' ? 'int' : 'long'}`,
        node,
        options,
      );
    }
    case 'Double':
      if (node.kind !== 'number') throw scalarOrMismatch(node, type, options);
      return new ApexDouble(Number(node.text));
    case 'Decimal':
      if (node.kind !== 'number') throw scalarOrMismatch(node, type, options);
      return decimalFromJson(node.text);
    case 'Date':
      return parsedString(node, parseDate, type, options);
    case 'Datetime':
      return parsedString(node, parseDatetime, type, options);
    case 'Time':
      return parsedString(node, parseTime, type, options);
    case 'Blob':
      return parsedString(node, base64Blob, type, options);
  }
}

/** A JSON string parsed into a value of `type`; anything else is a mismatch. */
function parsedString<T>(
  node: JsonNode,
  parse: (text: string) => T | undefined,
  type: ApexType,
  options: TypedOptions,
): T {
  const value = node.kind === 'string' ? parse(node.value) : undefined;
  if (value === undefined) throw mismatch(node, type, options);
  return value;
}

function base64Blob(text: string): ApexBlob | undefined {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return undefined;
  return new ApexBlob(new Uint8Array(Buffer.from(text, 'base64')));
}

/** A scalar of another scalar kind may be coerced by Apex (undocumented); containers are errors. */
function scalarOrMismatch(node: JsonNode, type: ApexType, options: TypedOptions): Error {
  if (node.kind === 'object' || node.kind === 'array') return mismatch(node, type, options);
  return new UnsupportedError(`JSON ${node.kind} value into ${describe(type)}`);
}

function mapKey(
  ctx: NativeContext,
  name: string,
  keyType: ApexType,
  member: JsonNode,
  options: TypedOptions,
): ApexValue {
  if (keyType.kind !== 'primitive')
    throw new UnsupportedError(`JSON map keys of type ${describe(keyType)}`);
  const key: JsonNode = { kind: 'string', value: name, offset: member.offset };
  switch (keyType.name) {
    case 'String':
    case 'Id':
    case 'Object':
      return typedValue(
        ctx,
        key,
        keyType.name === 'Object' ? primitive('String') : keyType,
        options,
      );
    case 'Integer':
    case 'Long':
    case 'Decimal':
    case 'Double': {
      if (!/^-?(0|[1-9][0-9]*)(\.[0-9]+)?$/.test(name)) throw mismatch(key, keyType, options);
      const number: JsonNode = {
        kind: 'number',
        text: name,
        isInteger: !name.includes('.'),
        offset: member.offset,
      };
      return typedValue(ctx, number, keyType, options);
    }
    default:
      throw new UnsupportedError(`JSON map keys of type ${keyType.name}`);
  }
}

function instanceValue(
  ctx: NativeContext,
  node: JsonNode,
  type: ApexType & { kind: 'class' },
  options: TypedOptions,
): ApexValue {
  const fields = ctx.fieldsOf(type.name);
  if (fields === null) throw new UnsupportedError(`JSON.deserialize into ${type.name}`);
  if (node.kind !== 'object') throw mismatch(node, type, options);
  const instance = ctx.instantiate(type);
  if (!(instance instanceof ApexInstance))
    throw new UnsupportedError(`JSON.deserialize into ${type.name}`);
  const byName = new Map(fields.map((field) => [field.name.toLowerCase(), field]));
  for (const [name, member] of node.members) {
    const field = byName.get(name.toLowerCase());
    if (field === undefined) {
      // The wording of Apex's message for this is not documented.
      if (options.strict) throw jsonError(`Unknown field: ${type.name}.${name}`, member, options);
      continue;
    }
    if (field.isTransient) throw new UnsupportedError('JSON.deserialize of a transient field');
    instance.fields.set(field.name.toLowerCase(), typedValue(ctx, member, field.type, options));
  }
  return instance;
}

function sobjectValue(
  ctx: NativeContext,
  node: JsonNode,
  declared: string,
  options: TypedOptions,
): ApexValue {
  if (node.kind !== 'object') throw mismatch(node, { kind: 'sobject', name: declared }, options);
  const attributes = node.members.find(([name]) => name === 'attributes')?.[1];
  const typeMember =
    attributes?.kind === 'object'
      ? attributes.members.find(([name]) => name === 'type')?.[1]
      : undefined;
  const sobjectType =
    declared === 'SObject'
      ? typeMember?.kind === 'string'
        ? typeMember.value
        : undefined
      : declared;
  if (sobjectType === undefined)
    throw new UnsupportedError('JSON.deserialize into SObject without attributes.type');
  const schema = options.schema;
  if (schema === undefined)
    throw new UnsupportedError('JSON.deserialize into an sObject without the org schema');
  const record = new SObjectValue(sobjectType);
  for (const [name, member] of node.members) {
    if (name === 'attributes') continue;
    const fieldType = schema.fieldType(sobjectType, name);
    if (fieldType === null) {
      if (options.strict) {
        throw jsonError(
          `No such column '${name}' on sobject of type ${sobjectType}`,
          member,
          options,
        );
      }
      continue;
    }
    record.set(name, relationshipOrValue(ctx, member, fieldType, options));
  }
  return record;
}

/** A child relationship arrives as {"totalSize":n,"done":true,"records":[...]}. */
function relationshipOrValue(
  ctx: NativeContext,
  node: JsonNode,
  type: ApexType,
  options: TypedOptions,
): ApexValue {
  if (type.kind !== 'list' || node.kind !== 'object') return typedValue(ctx, node, type, options);
  const records = node.members.find(([name]) => name === 'records')?.[1];
  if (records === undefined) throw mismatch(node, type, options);
  return typedValue(ctx, records, type, options);
}

function describe(type: ApexType): string {
  switch (type.kind) {
    case 'primitive':
      return type.name.toLowerCase();
    case 'list':
    case 'set':
    case 'map':
      return type.kind;
    case 'sobject':
    case 'class':
      return type.name;
    case 'void':
      return 'void';
  }
}

function tokenOf(node: JsonNode): { name: string; text: string } {
  switch (node.kind) {
    case 'object':
      return { name: 'START_OBJECT', text: '{' };
    case 'array':
      return { name: 'START_ARRAY', text: '[' };
    case 'string':
      return { name: 'VALUE_STRING', text: node.value };
    case 'number':
      return { name: node.isInteger ? 'VALUE_NUMBER_INT' : 'VALUE_NUMBER_FLOAT', text: node.text };
    case 'boolean':
      return { name: node.value ? 'VALUE_TRUE' : 'VALUE_FALSE', text: String(node.value) };
    case 'null':
      return { name: 'VALUE_NULL', text: 'null' };
  }
}

function mismatch(node: JsonNode, type: ApexType, options: TypedOptions): JsonError {
  const token = tokenOf(node);
  return jsonError(
    `Cannot deserialize instance of ${describe(type)} from ${token.name} value ${token.text} or request may be missing a required field`,
    node,
    options,
  );
}

function jsonError(message: string, node: JsonNode, options: TypedOptions): JsonError {
  const { line, column } = lineAndColumn(options.text, node.offset);
  return new JsonError(`${message} at [line:${line}, column:${column}]`);
}
