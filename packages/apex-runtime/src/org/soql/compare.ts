/**
 * SOQL value semantics: text compares case-insensitively, Ids compare on their 15-character
 * case-sensitive form, numbers by value whatever their Apex type, dates and times by instant.
 */
import { Decimal } from 'decimal.js';
import {
  ApexDate,
  ApexDatetime,
  ApexDecimal,
  ApexDouble,
  ApexTime,
  type ApexValue,
} from '../../values.ts';
import { sameId } from '../ids.ts';
import type { FieldDef } from '../schema/types.ts';

function asDecimal(value: ApexValue): Decimal | null {
  if (typeof value === 'number' || typeof value === 'bigint') return new Decimal(value.toString());
  if (value instanceof ApexDecimal) return value.value;
  if (value instanceof ApexDouble) return new Decimal(value.value);
  return null;
}

function dayNumber(d: ApexDate): number {
  return Date.UTC(d.year, d.month - 1, d.day);
}

/** Ordering of two non-null values of one field; 0 for equal. Text ignores case. */
export function compareValues(a: ApexValue, b: ApexValue): number {
  if (typeof a === 'string' && typeof b === 'string') {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  const da = asDecimal(a);
  const db = asDecimal(b);
  if (da !== null && db !== null) return da.comparedTo(db);
  if (a instanceof ApexDatetime && b instanceof ApexDatetime) return Math.sign(a.millis - b.millis);
  if (a instanceof ApexTime && b instanceof ApexTime) return Math.sign(a.millis - b.millis);
  if (a instanceof ApexDate && b instanceof ApexDate) return Math.sign(dayNumber(a) - dayNumber(b));
  throw new TypeError('SOQL: values of different types cannot be compared');
}

/** `field = value` for a non-null field value. */
export function fieldEquals(field: FieldDef, fieldValue: ApexValue, value: ApexValue): boolean {
  if (fieldValue === null || value === null) return fieldValue === value;
  if ((field.type === 'ID' || field.type === 'REFERENCE') && typeof value === 'string') {
    return typeof fieldValue === 'string' && sameId(fieldValue, value);
  }
  if (
    field.type === 'MULTIPICKLIST' &&
    typeof fieldValue === 'string' &&
    typeof value === 'string'
  ) {
    return sameSelections(fieldValue, value);
  }
  return compareValues(fieldValue, value) === 0;
}

function selections(value: string): Set<string> {
  return new Set(
    value
      .split(';')
      .map((v) => v.trim().toLowerCase())
      .filter((v) => v !== ''),
  );
}

function sameSelections(a: string, b: string): boolean {
  const x = selections(a);
  const y = selections(b);
  return x.size === y.size && [...x].every((v) => y.has(v));
}

/** INCLUDES: each value is one selection or 'a;b' (all of them). */
export function includesAny(fieldValue: ApexValue, values: ApexValue[]): boolean {
  if (typeof fieldValue !== 'string') return false;
  const chosen = selections(fieldValue);
  return values.some(
    (v) => typeof v === 'string' && [...selections(v)].every((part) => chosen.has(part)),
  );
}

/** LIKE: % any run, _ one character, backslash escapes; case-insensitive; whole value. */
export function likeMatches(fieldValue: ApexValue, pattern: ApexValue): boolean {
  if (typeof fieldValue !== 'string' || typeof pattern !== 'string') return false;
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern.charAt(i);
    if (ch === '\\' && i + 1 < pattern.length) {
      source += escapeRegExp(pattern.charAt(++i));
    } else if (ch === '%') source += '[\\s\\S]*';
    else if (ch === '_') source += '[\\s\\S]';
    else source += escapeRegExp(ch);
  }
  return new RegExp(`^${source}$`, 'i').test(fieldValue);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
