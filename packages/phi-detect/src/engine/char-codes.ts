/**
 * UTF-16 code units of the punctuation the rules test character by character, and the blank and
 * whitespace tests. One place, so no rule carries its own copy. (Validators keep theirs: they
 * import nothing outside validators/.)
 */
export const TAB = 9;
export const NEWLINE = 10;
export const SPACE = 32;
export const DOUBLE_QUOTE = 34;
export const OPEN_BRACKET = 40;
export const APOSTROPHE = 39;
export const ASTERISK = 42;
export const HYPHEN = 45;
export const COMMA = 44;
export const DOT = 46;
export const COLON = 58;
export const SEMICOLON = 59;
export const GREATER_THAN = 62;
export const QUESTION_MARK = 63;
export const EXCLAMATION_MARK = 33;
export const AT_SIGN = 64;
export const RIGHT_QUOTE = 0x2019;
export const BULLET = 0x2022;

/** A space or a tab: what separates words on one line. */
export function isBlankCode(code: number): boolean {
  return code === SPACE || code === TAB;
}

/** JavaScript's `\s` (WhiteSpace and LineTerminator). */
export function isWhitespaceCode(code: number): boolean {
  if (code < 128) return code === SPACE || (code >= 9 && code <= 13);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
