/**
 * Character helpers shared by the validators. Everything here works on UTF-16 code units with
 * plain loops (no regular expressions), so the cost is linear in the input and allocation-free
 * except where a new string is the result.
 */

export const CODE_0 = 48;
export const CODE_9 = 57;
export const CODE_UPPER_A = 65;
export const CODE_UPPER_Z = 90;
export const CODE_LOWER_A = 97;
export const CODE_LOWER_Z = 122;

/**
 * Returns the ASCII digits 0-9 of `s`, in order, dropping every other character. Only ASCII
 * digits count: identifiers (SSA, ISO 7812, NANP...) are defined over 0-9, so other Unicode
 * digits (e.g. Arabic-Indic) are dropped rather than treated as numbers.
 */
export function digitsOnly(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= CODE_0 && c <= CODE_9) out += s.charAt(i);
  }
  return out;
}

/** True when the UTF-16 code unit is an ASCII digit 0-9. */
export function isDigitCode(code: number): boolean {
  return code >= CODE_0 && code <= CODE_9;
}

/** True when the UTF-16 code unit is an ASCII letter A-Z or a-z. */
export function isAsciiLetterCode(code: number): boolean {
  return (
    (code >= CODE_UPPER_A && code <= CODE_UPPER_Z) || (code >= CODE_LOWER_A && code <= CODE_LOWER_Z)
  );
}

/** The value 0-9 of an ASCII digit code unit, or -1 when it is not one. */
export function digitValue(code: number): number {
  return code >= CODE_0 && code <= CODE_9 ? code - CODE_0 : -1;
}

/**
 * The upper-case ASCII letter code (65-90) for an ASCII letter in either case, or -1 when the
 * code unit is not an ASCII letter. Used by the case-insensitive validators (DEA, MBI, VIN...).
 */
export function upperLetterCode(code: number): number {
  if (code >= CODE_UPPER_A && code <= CODE_UPPER_Z) return code;
  if (code >= CODE_LOWER_A && code <= CODE_LOWER_Z) return code - 32;
  return -1;
}

/** True when `s` is non-empty and made only of ASCII digits. */
export function isAllDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    if (!isDigitCode(s.charCodeAt(i))) return false;
  }
  return true;
}

/**
 * True when `s` is non-empty and every code unit equals the first (e.g. `1111111111`). Such
 * values pass several checksums by accident and are almost always placeholders or filler.
 */
export function isAllSameChar(s: string): boolean {
  if (s.length === 0) return false;
  const first = s.charCodeAt(0);
  for (let i = 1; i < s.length; i++) {
    if (s.charCodeAt(i) !== first) return false;
  }
  return true;
}

/**
 * The numeric value of `length` ASCII digits of `s` starting at `start`, or -1 when any of them
 * is not a digit or the range runs past the end. For short fixed fields (area codes, prefixes).
 */
export function digitsValue(s: string, start: number, length: number): number {
  if (start < 0 || length <= 0 || start + length > s.length) return -1;
  let value = 0;
  for (let i = start; i < start + length; i++) {
    const d = digitValue(s.charCodeAt(i));
    if (d < 0) return -1;
    value = value * 10 + d;
  }
  return value;
}
