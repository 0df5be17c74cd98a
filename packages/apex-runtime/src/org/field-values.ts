/**
 * Converts Apex values to the representation a field stores (Number fields hold Decimals
 * rounded to the field's scale, lookups hold 18-character Ids, checkboxes are never null) and
 * reports values a field cannot hold.
 */
import { Decimal } from 'decimal.js';
import {
  ApexBlob,
  ApexDate,
  ApexDatetime,
  ApexDecimal,
  ApexDouble,
  ApexTime,
  UnsupportedError,
  type ApexValue,
} from '../values.ts';
import { isValidId, to18 } from './ids.ts';
import type { FieldDef } from './schema/types.ts';

/** A value the field rejects, with the DML status code and message Salesforce uses. */
export class FieldValueError extends Error {
  constructor(
    readonly statusCode: string,
    message: string,
    readonly field: string,
  ) {
    super(message);
  }
}

const TEXT_TYPES = new Set([
  'STRING',
  'TEXTAREA',
  'EMAIL',
  'PHONE',
  'URL',
  'PICKLIST',
  'MULTIPICKLIST',
  'COMBOBOX',
]);

export function isTextType(field: FieldDef): boolean {
  return TEXT_TYPES.has(field.type);
}

export function isNumberType(field: FieldDef): boolean {
  return field.type === 'DOUBLE' || field.type === 'CURRENCY' || field.type === 'PERCENT';
}

export function normalizeForField(field: FieldDef, value: ApexValue): ApexValue {
  if (value === null) return field.type === 'BOOLEAN' ? false : null;
  if (field.type === 'ID' || field.type === 'REFERENCE') return normalizeId(field, value);
  if (isTextType(field)) {
    if (typeof value !== 'string') throw wrongType(field, value);
    return value;
  }
  if (isNumberType(field)) return toDecimal(field, value);
  switch (field.type) {
    case 'BOOLEAN':
      if (typeof value !== 'boolean') throw wrongType(field, value);
      return value;
    case 'INTEGER':
      return toInteger(field, value);
    case 'LONG':
      if (typeof value === 'bigint') return value;
      if (typeof value === 'number') return BigInt(value);
      throw wrongType(field, value);
    case 'DATE':
      if (!(value instanceof ApexDate)) throw wrongType(field, value);
      return value;
    case 'DATETIME':
      if (!(value instanceof ApexDatetime)) throw wrongType(field, value);
      return value;
    case 'TIME':
      if (!(value instanceof ApexTime)) throw wrongType(field, value);
      return value;
    case 'BASE64':
      if (!(value instanceof ApexBlob)) throw wrongType(field, value);
      return value;
    default:
      throw new UnsupportedError(`field type ${field.type}`);
  }
}

function normalizeId(field: FieldDef, value: ApexValue): string {
  if (typeof value !== 'string') throw wrongType(field, value);
  if (!isValidId(value)) {
    throw new FieldValueError(
      'MALFORMED_ID',
      `${field.label}: id value of incorrect type: ${value}`,
      field.name,
    );
  }
  return to18(value);
}

function toDecimal(field: FieldDef, value: ApexValue): ApexDecimal {
  let decimal: Decimal;
  if (typeof value === 'number' || typeof value === 'bigint')
    decimal = new Decimal(value.toString());
  else if (value instanceof ApexDouble) decimal = new Decimal(value.value);
  else if (value instanceof ApexDecimal) decimal = value.value;
  else throw wrongType(field, value);
  // The org rounds to the field's scale (half up) and keeps at most precision - scale integer digits.
  const rounded = decimal.toDecimalPlaces(field.scale, Decimal.ROUND_HALF_UP);
  const integerDigits = rounded.abs().truncated().toFixed().replace(/^0$/, '').length;
  if (field.precision > 0 && integerDigits > field.precision - field.scale) {
    throw new FieldValueError(
      'NUMBER_OUTSIDE_VALID_RANGE',
      `${field.label}: value outside of valid range on numeric field: ${decimal.toString()}`,
      field.name,
    );
  }
  return new ApexDecimal(rounded, field.scale);
}

function toInteger(field: FieldDef, value: ApexValue): number {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (value instanceof ApexDecimal && value.value.isInteger()) return value.value.toNumber();
  if (typeof value === 'bigint') return Number(value);
  throw wrongType(field, value);
}

/** Apex's compiler rejects these assignments; reaching here means a runtime bug, so fail loudly. */
function wrongType(field: FieldDef, value: ApexValue): Error {
  const kind =
    value === null ? 'null' : typeof value === 'object' ? value.constructor.name : typeof value;
  return new UnsupportedError(`a ${kind} value for ${field.type} field ${field.name}`);
}

/** A metadata default ('true', '30', '"text"', a picklist value) as the field's value. */
export function defaultValueOf(field: FieldDef): ApexValue {
  const raw = field.defaultValue;
  if (raw === undefined) return field.type === 'BOOLEAN' ? false : null;
  if (field.type === 'BOOLEAN') return raw.toLowerCase() === 'true';
  if (field.type === 'PICKLIST' || field.type === 'MULTIPICKLIST') return raw;
  if (isNumberType(field) && /^-?\d+(\.\d+)?$/.test(raw))
    return toDecimal(field, new ApexDecimal(new Decimal(raw), 0));
  const quoted = /^"(.*)"$/s.exec(raw) ?? /^'(.*)'$/s.exec(raw);
  if (isTextType(field) && quoted) return quoted[1] ?? '';
  throw new UnsupportedError(`default value formula ${raw} (${field.name})`);
}

/** Value equality of two stored field values (Decimals by value, dates by instant, Blobs by bytes). */
export function sameStoredValue(a: ApexValue, b: ApexValue): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  if (a instanceof ApexDecimal && b instanceof ApexDecimal) return a.value.eq(b.value);
  if (a instanceof ApexDatetime && b instanceof ApexDatetime) return a.millis === b.millis;
  if (a instanceof ApexTime && b instanceof ApexTime) return a.millis === b.millis;
  if (a instanceof ApexDate && b instanceof ApexDate) {
    return a.year === b.year && a.month === b.month && a.day === b.day;
  }
  if (a instanceof ApexBlob && b instanceof ApexBlob) {
    return a.bytes.length === b.bytes.length && a.bytes.every((byte, i) => byte === b.bytes[i]);
  }
  return false;
}
