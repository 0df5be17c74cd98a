import { wordClasses } from './word-classes.ts';
import { APOSTROPHE, HYPHEN, RIGHT_QUOTE } from '../engine/char-codes.ts';

/**
 * The words the name rules look at, found by one pass over character codes (a regex exec per
 * word plus a lowercase and an uppercase copy of each cost more than the rules themselves).
 */

/** Shape flags of a token, tested with NameTokens.has. */
export const CAPITALISED = 1;
export const ALL_CAPS = 2;
export const INITIAL = 4;
export const POSSESSIVE = 8;

/**
 * The tokens of one text as parallel typed arrays, indexed 0 to count - 1. One object per word
 * made garbage collection a third of the name rules' time on long texts. The accessors expect
 * an index below count: callers check the edges (a token before the first or after the last).
 */
export class NameTokens {
  count = 0;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly wordClasses: Int32Array;
  private readonly flags: Uint8Array;

  /** `capacity` must be at least the number of tokens that will be pushed. */
  constructor(capacity: number) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.wordClasses = new Int32Array(capacity);
    this.flags = new Uint8Array(capacity);
  }

  start(i: number): number {
    return this.starts[i] as number;
  }

  /** End without a possessive 's. */
  end(i: number): number {
    return this.ends[i] as number;
  }

  /** Bits from word-classes.ts: first name, title, not a name, ... */
  classes(i: number): number {
    return this.wordClasses[i] as number;
  }

  /** Whether token i has any of the shape flags in `flags` (CAPITALISED | ALL_CAPS, ...). */
  has(i: number, flags: number): boolean {
    return ((this.flags[i] as number) & flags) !== 0;
  }

  clear(): void {
    this.count = 0;
  }

  push(start: number, end: number, flags: number, classes: number): void {
    const i = this.count++;
    this.starts[i] = start;
    this.ends[i] = end;
    this.flags[i] = flags;
    this.wordClasses[i] = classes;
  }
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
 * Tokens of texts up to twice this many characters (most scans, one per keystroke) go into one
 * reused NameTokens: allocating the arrays cost more than filling them. A bound keeps a long
 * text from holding on to its arrays.
 */
const REUSED_CAPACITY = 4096;
let reused: NameTokens | undefined;

/**
 * Words of Latin letters with inner apostrophes and hyphens ("O'Neil", "Smith-Jones"); a trailing
 * "'s" is cut off and remembered. `lower` must be the length-preserving lowercase of `text`.
 * The result may be overwritten by the next call: read it before tokenizing another text.
 */
export function nameTokens(text: string, lower: string): NameTokens {
  const length = text.length;
  // A word ends before a character that is no letter, so every word but the last takes at least
  // two characters: there are at most ceil(length / 2) words.
  const capacity = (length >> 1) + 1;
  const tokens =
    capacity <= REUSED_CAPACITY
      ? (reused ??= new NameTokens(REUSED_CAPACITY))
      : new NameTokens(capacity);
  tokens.clear();
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
    pushToken(tokens, text, lower, start, end);
    i = end;
  }
  return tokens;
}

function pushToken(
  tokens: NameTokens,
  text: string,
  lower: string,
  start: number,
  wordEnd: number,
): void {
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
  const flags =
    (upperFirst && !allCaps ? CAPITALISED : 0) |
    (allCaps ? ALL_CAPS : 0) |
    (end - start === 1 && upperFirst ? INITIAL : 0) |
    (possessive ? POSSESSIVE : 0);
  tokens.push(start, end, flags, wordClasses(lower, start, end, ascii));
}
