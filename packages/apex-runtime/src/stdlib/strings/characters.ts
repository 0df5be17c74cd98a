/**
 * Java's java.lang.Character predicates and case mappings, which the String methods are defined by
 * ("All string method definitions adhere to the Unicode Standard").
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_string.htm
 */

/** Character.isWhitespace: space separators except no-break spaces, plus \t \n \u000B \f \r and \u001C-\u001F. */
export function isJavaWhitespace(char: string): boolean {
  const code = char.length === 1 ? char.charCodeAt(0) : -1;
  if ((code >= 0x09 && code <= 0x0d) || (code >= 0x1c && code <= 0x1f)) return true;
  return /^[\p{Zs}\p{Zl}\p{Zp}]$/u.test(char) && !/^[\u00A0\u2007\u202F]$/.test(char);
}

export const isLetter = (char: string): boolean => /^\p{L}$/u.test(char);
export const isDigit = (char: string): boolean => /^\p{Nd}$/u.test(char);
export const isUpperCase = (char: string): boolean => /^\p{Uppercase}$/u.test(char);
export const isLowerCase = (char: string): boolean => /^\p{Lowercase}$/u.test(char);
export const isTitleCase = (char: string): boolean => /^\p{Lt}$/u.test(char);

/** The string's code points (surrogate pairs kept together), as Java's code-point methods see them. */
export function codePoints(text: string): string[] {
  return Array.from(text);
}

/** Character.toUpperCase / toLowerCase of one character: a mapping that is not one character keeps it. */
export function toUpperChar(char: string): string {
  const upper = char.toUpperCase();
  return codePoints(upper).length === 1 ? upper : char;
}

export function toLowerChar(char: string): string {
  if (char === '\u0130') return 'i'; // LATIN CAPITAL I WITH DOT: Java maps to plain i
  const lower = char.toLowerCase();
  return codePoints(lower).length === 1 ? lower : char;
}

/** Digraphs whose title case differs from their upper case (DŽ/Dž/dž, LJ, NJ, DZ). */
const TITLE_CASE: Record<string, string> = {
  '\u01C4': '\u01C5',
  '\u01C5': '\u01C5',
  '\u01C6': '\u01C5',
  '\u01C7': '\u01C8',
  '\u01C8': '\u01C8',
  '\u01C9': '\u01C8',
  '\u01CA': '\u01CB',
  '\u01CB': '\u01CB',
  '\u01CC': '\u01CB',
  '\u01F1': '\u01F2',
  '\u01F2': '\u01F2',
  '\u01F3': '\u01F2',
};

/** Character.toTitleCase of one character. */
export function toTitleChar(char: string): string {
  return TITLE_CASE[char] ?? toUpperChar(char);
}

/** Java's char-wise case-insensitive equality (equalsIgnoreCase, regionMatches(true, ...)). */
export function charsEqualIgnoreCase(a: string, b: string): boolean {
  if (a === b) return true;
  const upperA = toUpperChar(a);
  const upperB = toUpperChar(b);
  return upperA === upperB || toLowerChar(upperA) === toLowerChar(upperB);
}

/** String.regionMatches(true, offset, other, 0, other.length). */
export function regionMatchesIgnoreCase(text: string, offset: number, other: string): boolean {
  if (offset < 0 || offset + other.length > text.length) return false;
  for (let i = 0; i < other.length; i += 1) {
    if (!charsEqualIgnoreCase(text[offset + i] ?? '', other[i] ?? '')) return false;
  }
  return true;
}
