import { wordClasses } from './word-classes.ts';
import { APOSTROPHE, HYPHEN, RIGHT_QUOTE } from '../engine/char-codes.ts';

/**
 * The words the name rules look at, found by one pass over character codes (a regex exec per
 * word plus a lowercase and an uppercase copy of each cost more than the rules themselves).
 */

export interface NameToken {
  readonly start: number;
  /** End without a possessive 's. */
  readonly end: number;
  readonly capitalised: boolean;
  readonly allCaps: boolean;
  readonly initial: boolean;
  readonly possessive: boolean;
  /** Bits from word-classes.ts: first name, title, not a name, ... */
  readonly classes: number;
}

/**
 * Latin-script letters: ASCII, Latin-1, Extended-A/B and Extended Additional (Vietnamese
 * "Nguyễn Thị Lan"); the first-name lexicon is Latin-script.
 */
function isLatinLetter(code: number): boolean {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (code >= 0x1e00 && code <= 0x1eff) return true;
  return code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7;
}

/**
 * Words of Latin letters with inner apostrophes and hyphens ("O'Neil", "Smith-Jones"); a trailing
 * "'s" is cut off and remembered. `lower` must be the length-preserving lowercase of `text`.
 */
export function nameTokens(text: string, lower: string): NameToken[] {
  const tokens: NameToken[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    if (!isLatinLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let end = i + 1;
    for (;;) {
      const code = text.charCodeAt(end);
      if (isLatinLetter(code) || code === APOSTROPHE || code === RIGHT_QUOTE) end++;
      else if (code === HYPHEN && isLatinLetter(text.charCodeAt(end + 1))) end += 2;
      else break;
    }
    tokens.push(token(text, lower, start, end));
    i = end;
  }
  return tokens;
}

function token(text: string, lower: string, start: number, wordEnd: number): NameToken {
  const last = text.charCodeAt(wordEnd - 2);
  const possessive =
    wordEnd - start > 2 &&
    text.charCodeAt(wordEnd - 1) === 115 &&
    (last === APOSTROPHE || last === RIGHT_QUOTE);
  const end = possessive ? wordEnd - 2 : wordEnd;
  let ascii = true;
  let hasLowercase = false;
  for (let c = start; c < end; c++) {
    const code = text.charCodeAt(c);
    if (code >= 128) {
      ascii = false;
      const char = text[c] as string;
      if (char !== char.toUpperCase()) hasLowercase = true;
    } else if (code >= 97 && code <= 122) hasLowercase = true;
  }
  const first = text.charCodeAt(start);
  const upperFirst = first < 128 ? first <= 90 : first !== lower.charCodeAt(start);
  const allCaps = upperFirst && end - start > 1 && !hasLowercase;
  return {
    start,
    end,
    capitalised: upperFirst && !allCaps,
    allCaps,
    initial: end - start === 1 && upperFirst,
    possessive,
    classes: wordClasses(lower, start, end, ascii),
  };
}
