/**
 * Writing characters into the JavaScript pattern (compiled with the 'u' flag, where escaping is
 * strict) and Java's default case-insensitivity, which is US-ASCII only: (?i) without (?u) makes
 * 'a' match 'A' but not 'á' match 'Á'. JavaScript's 'i' flag folds all of Unicode, so (?i) is
 * translated by expanding ASCII letters instead of by a flag.
 */

const SYNTAX = new Set(Array.from('\\^$.*+?()[]{}|/'));
const CLASS_SPECIAL = new Set(Array.from('\\]^-['));

function isPrintable(cp: number): boolean {
  return cp >= 0x20 && cp < 0x7f;
}

function hexEscape(cp: number): string {
  return `\\u{${cp.toString(16)}}`;
}

/** A code point as an atom outside character classes. */
export function literal(cp: number, caseInsensitive: boolean): string {
  const variants = caseInsensitive ? asciiCaseVariant(cp) : undefined;
  if (variants !== undefined) return `[${classMember(cp)}${classMember(variants)}]`;
  const char = String.fromCodePoint(cp);
  if (SYNTAX.has(char)) return `\\${char}`;
  return isPrintable(cp) ? char : hexEscape(cp);
}

/** A code point as a member of a character class. */
export function classMember(cp: number): string {
  const char = String.fromCodePoint(cp);
  if (CLASS_SPECIAL.has(char)) return `\\${char}`;
  return isPrintable(cp) ? char : hexEscape(cp);
}

function asciiCaseVariant(cp: number): number | undefined {
  if (cp >= 0x41 && cp <= 0x5a) return cp + 0x20;
  if (cp >= 0x61 && cp <= 0x7a) return cp - 0x20;
  return undefined;
}

/** Class contents for the range lo-hi, plus its ASCII case variants when case-insensitive. */
export function classRange(lo: number, hi: number, caseInsensitive: boolean): string {
  const parts = [lo === hi ? classMember(lo) : `${classMember(lo)}-${classMember(hi)}`];
  if (caseInsensitive) {
    for (const [from, to, shift] of [
      [0x41, 0x5a, 0x20],
      [0x61, 0x7a, -0x20],
    ] as const) {
      const start = Math.max(lo, from);
      const end = Math.min(hi, to);
      if (start <= end) parts.push(`${classMember(start + shift)}-${classMember(end + shift)}`);
    }
  }
  return parts.join('');
}

/** Java's \s: [ \t\n\x0B\f\r] (JavaScript's \s also matches Unicode spaces). */
export const JAVA_SPACE = ' \\t\\n\\u{b}\\f\\r';
/** Java 8's \h (horizontal whitespace) and \v (vertical whitespace). */
export const JAVA_HORIZONTAL_SPACE =
  ' \\t\\u{a0}\\u{1680}\\u{180e}\\u{2000}-\\u{200a}\\u{202f}\\u{205f}\\u{3000}';
export const JAVA_VERTICAL_SPACE = '\\n\\u{b}\\f\\r\\u{85}\\u{2028}\\u{2029}';
/** Java's line terminators, which '.' does not match without DOTALL. */
export const JAVA_LINE_TERMINATORS = '\\n\\r\\u{85}\\u{2028}\\u{2029}';
