/**
 * Salesforce record Ids: 15 case-sensitive base-62 characters (3-character key prefix of the
 * object, then 12 characters) plus a 3-character suffix that encodes which of the 15 characters
 * are upper case, so that the 18-character form can be compared case-insensitively.
 *
 * Suffix algorithm (the CASESAFEID formula function): split the 15 characters into three chunks
 * of five; in each chunk, bit i is set when character i is an upper-case letter A-Z; the five
 * bits index 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345'.
 */

const SUFFIX_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const ID_SHAPE = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-5]{3})?$/;

/** The 3-character case-safe suffix of a 15-character Id. */
export function caseSafeSuffix(id15: string): string {
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const ch = id15.charAt(chunk * 5 + i);
      if (ch >= 'A' && ch <= 'Z') bits |= 1 << i;
    }
    suffix += SUFFIX_ALPHABET.charAt(bits);
  }
  return suffix;
}

/** True when `value` has the shape of an Id (15 alphanumerics, optionally a 3-character suffix). */
export function hasIdShape(value: string): boolean {
  return ID_SHAPE.test(value);
}

/** True for a 15-character Id or an 18-character Id whose suffix matches its first 15 characters. */
export function isValidId(value: string): boolean {
  if (!ID_SHAPE.test(value)) return false;
  if (value.length === 15) return true;
  return value.slice(15).toUpperCase() === caseSafeSuffix(value.slice(0, 15));
}

/**
 * The 18-character form. An 18-character input is re-derived from its first 15 characters, so
 * `to18('500xx...aaa')` with a lower-cased suffix still yields the canonical upper-case suffix.
 */
export function to18(id: string): string {
  const id15 = id.slice(0, 15);
  return id15 + caseSafeSuffix(id15);
}

export function to15(id: string): string {
  return id.slice(0, 15);
}

/** Id equality as Apex and SOQL see it: 15- and 18-character forms of one record are equal. */
export function sameId(a: string, b: string): boolean {
  return a.slice(0, 15) === b.slice(0, 15);
}

export function keyPrefixOf(id: string): string {
  return id.slice(0, 3);
}

/**
 * Issues Ids: key prefix + a fixed 3-character "pod" part + a 9-digit base-62 counter per prefix.
 * The pod part is not '000' so generated Ids never collide with hand-made test Ids such as
 * `prefix + '000000000001'`. Counters only grow (restoring a snapshot does not rewind them), as
 * an org never reuses the Id of a rolled-back insert.
 */
export class IdGenerator {
  private readonly counters = new Map<string, number>();

  constructor(private readonly pod = '8Rx') {}

  next(keyPrefix: string): string {
    const n = (this.counters.get(keyPrefix) ?? 0) + 1;
    this.counters.set(keyPrefix, n);
    return to18(keyPrefix + this.pod + toBase62(n, 9));
  }
}

function toBase62(n: number, width: number): string {
  let out = '';
  let rest = n;
  while (rest > 0) {
    out = BASE62.charAt(rest % 62) + out;
    rest = Math.floor(rest / 62);
  }
  return out.padStart(width, '0');
}
