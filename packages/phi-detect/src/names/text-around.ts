/**
 * Character-level tests on the text around a word, used for every capitalised word: written as
 * loops over a few characters instead of a regex over a slice (which allocates per word).
 * Each comment gives the regex the loop stands for.
 */
import { isAsciiLetterCode, isDigitCode } from '../validators/digits.ts';
import {
  ASTERISK,
  BULLET,
  COLON,
  DOT,
  DOUBLE_QUOTE,
  EXCLAMATION_MARK,
  GREATER_THAN,
  HYPHEN,
  NEWLINE,
  OPEN_BRACKET,
  QUESTION_MARK,
  SEMICOLON,
  SPACE,
  isBlankCode,
  isWhitespaceCode,
} from '../engine/char-codes.ts';

/** `/\d[ \t]+$/` on the 3 characters before `start`: a word right after a house number. */
export function followsHouseNumber(text: string, start: number): boolean {
  const low = Math.max(0, start - 3);
  let k = start - 1;
  while (k >= low && isBlankCode(text.charCodeAt(k))) k--;
  return k < start - 1 && k >= low && isDigitCode(text.charCodeAt(k));
}

/** `/^\.?\s{1,2}$/` on text[from, to): the gap after a title ("Mr. Smith", "Dr Lee"). */
export function isTitleGap(text: string, from: number, to: number): boolean {
  const spaceFrom = text.charCodeAt(from) === DOT ? from + 1 : from;
  const spaces = to - spaceFrom;
  if (spaces < 1 || spaces > 2) return false;
  for (let k = spaceFrom; k < to; k++) if (!isWhitespaceCode(text.charCodeAt(k))) return false;
  return true;
}

/**
 * The gap between two words of one name, `/^\.?[ \t]{1,2}$/` on text[from, to): 0 when it is
 * no such gap, 1 for blanks, 2 for a dot and blanks (only an initial may carry the dot).
 */
export function nameGap(text: string, from: number, to: number): 0 | 1 | 2 {
  const dotted = text.charCodeAt(from) === DOT;
  const spaceFrom = dotted ? from + 1 : from;
  const spaces = to - spaceFrom;
  if (spaces < 1 || spaces > 2) return 0;
  for (let k = spaceFrom; k < to; k++) if (!isBlankCode(text.charCodeAt(k))) return 0;
  return dotted ? 2 : 1;
}

/**
 * `/(?:^|[.!?:;"\n]\s*)$/` on the 3 characters before `start`: the word starts a sentence or
 * a line (only blanks in those 3 characters count as a start too, as the regex did).
 */
export function startsSentence(text: string, start: number): boolean {
  const low = Math.max(0, start - 3);
  for (let k = start - 1; k >= low; k--) {
    const code = text.charCodeAt(k);
    if (code === NEWLINE) return true;
    if (isWhitespaceCode(code)) continue;
    return (
      code === DOT ||
      code === EXCLAMATION_MARK ||
      code === QUESTION_MARK ||
      code === COLON ||
      code === SEMICOLON ||
      code === DOUBLE_QUOTE
    );
  }
  return true;
}

/**
 * Where the line of a word at `start` begins, if only up to 8 blanks, quote marks ('>') or
 * bullets ('*', '-', '•', and '?' which is what a bullet becomes after a bad copy and paste)
 * precede the word on its line; -1 otherwise.
 */
export function lineStartBefore(text: string, start: number): number {
  let k = start - 1;
  for (let taken = 0; k >= 0 && taken < 8; taken++, k--) {
    const code = text.charCodeAt(k);
    if (!(
      isBlankCode(code) ||
      code === GREATER_THAN ||
      code === QUESTION_MARK ||
      code === ASTERISK ||
      code === HYPHEN ||
      code === BULLET
    ))
      break;
  }
  if (k < 0) return 0;
  return text.charCodeAt(k) === NEWLINE ? k + 1 : -1;
}

/**
 * `/[A-Za-z]*\d[A-Za-z0-9-]* ?\($/` before `start`: a word in brackets right after an identifier,
 * as notes write the person an ID belongs to ("mbr NWQ771203348 (Jhumpa Banerjee)").
 */
export function followsIdentifierInBrackets(text: string, start: number): boolean {
  let k = start - 1;
  if (text.charCodeAt(k) !== OPEN_BRACKET) return false;
  k--;
  if (text.charCodeAt(k) === SPACE) k--;
  let digits = 0;
  let length = 0;
  for (; k >= 0 && length < 24; k--, length++) {
    const code = text.charCodeAt(k);
    if (isDigitCode(code)) digits++;
    else if (!isAsciiLetterCode(code) && code !== HYPHEN) break;
  }
  return digits > 0 && length >= 4;
}
