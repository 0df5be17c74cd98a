/**
 * String.equals(Object): "If you compare ID values, the lengths of IDs don't need to be equal. For
 * example, if you compare a 15-character ID string to an object that represents the equivalent
 * 18-character ID value, this method returns true."
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_string.htm (equals)
 *
 * An 18-character Id is the 15-character one plus a 3-character case checksum; two strings are the
 * same Id when the longer one is exactly the shorter one with its correct checksum.
 */
import { caseSafeSuffix } from '../../org/ids.ts';

const ID_15 = /^[a-zA-Z0-9]{15}$/;
/** Case-sensitive equality that also equates a 15-character Id with its 18-character form. */
export function sameId(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (short.length !== 15 || long.length !== 18 || !ID_15.test(short)) return false;
  return long === short + caseSafeSuffix(short);
}
