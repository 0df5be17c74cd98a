/**
 * String.valueOf for primitive values, which string concatenation and System.debug also use.
 * Collections, sObjects and instances are the interpreter's (they may call a user toString).
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_string.htm (valueOf)
 */
import {
  ApexBlob,
  ApexDate,
  ApexDatetime,
  ApexDecimal,
  ApexDouble,
  ApexTime,
} from '../../values.ts';
import type { ApexValue } from '../../values.ts';
import { decimalToString } from './decimal-text.ts';
import { doubleToString } from './double-text.ts';
import { dateToString, datetimeToString, timeToString } from '../datetime/standard-text.ts';

/** String.valueOf(value) for null and primitives; undefined for every other kind of value. */
export function formatPrimitive(value: ApexValue): string | undefined {
  if (value === null) return 'null';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean' || typeof value === 'number' || typeof value === 'bigint') {
    return String(value);
  }
  if (value instanceof ApexDouble) return doubleToString(value.value);
  if (value instanceof ApexDecimal) return decimalToString(value);
  if (value instanceof ApexDate) return dateToString(value);
  // Datetime prints in the user's time zone, which is GMT in this runtime.
  if (value instanceof ApexDatetime) return datetimeToString(value);
  if (value instanceof ApexTime) return timeToString(value);
  // A Blob prints its size, not its content.
  if (value instanceof ApexBlob) return `Blob[${value.bytes.length}]`;
  return undefined;
}

/**
 * The form a primitive takes in string concatenation ('x' + value). It equals String.valueOf except
 * for Date, which concatenates with a midnight time ('d ' + Date.newInstance(2018, 6, 24) gives
 * 'd 2018-06-24 00:00:00', as orgs print it; see salesforce.stackexchange.com/questions/222601).
 */
export function formatForConcatenation(value: ApexValue): string | undefined {
  if (value instanceof ApexDate) return `${dateToString(value)} 00:00:00`;
  return formatPrimitive(value);
}
