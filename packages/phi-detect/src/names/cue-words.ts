/**
 * Cue words before a name ("patient", "my husband", "Dear", "from:"), read backwards from the
 * name in place: most words before a capitalised word are no cue, so only the nearest is looked
 * up, and the words before it only when it could end a cue phrase.
 */
import {
  COLON,
  COMMA,
  DOT,
  DOUBLE_QUOTE,
  HYPHEN,
  NEWLINE,
  OPEN_BRACKET,
  QUESTION_MARK,
  isBlankCode,
} from '../engine/char-codes.ts';
import { WordTable } from '../engine/word-table.ts';
import { CUE_BEFORE, CUE_PHRASES, STRONG_CUE_BEFORE } from './name-words.ts';

/**
 * Whether a cue ends right before `position`: a word of `single` (CUE_WORD or STRONG_CUE_WORD),
 * a header word with its colon ("from:"), or a phrase of CUE_PHRASES. Words are read backwards
 * from the name and only as far as needed: most words before a name end no cue, and only the
 * nearest word is looked up, in place.
 */
export function cueBefore(lower: string, position: number, single: number): boolean {
  const end = cueGapStart(lower, position);
  // The nearest word must be apart from the name.
  if (end === position) return false;
  const start = cueWordStart(lower, end);
  if (start === end) return false;
  // Keep a colon that ends a header word ("from:", "re:").
  const withColon = lower.charCodeAt(end) === COLON ? CUE_WORDS.get(lower, start, end + 1) : 0;
  const found = CUE_WORDS.get(lower, start, end) | withColon;
  if (found === 0) return false;
  if (found & single) return true;
  const end2 = cueGapStart(lower, start);
  const start2 = cueWordStart(lower, end2);
  if (start2 === end2) return false;
  const two = `${lower.slice(start2, end2)} ${lower.slice(start, end)}`;
  if (CUE_PHRASES.has(two)) return true;
  const end3 = cueGapStart(lower, start2);
  const start3 = cueWordStart(lower, end3);
  return start3 !== end3 && CUE_PHRASES.has(`${lower.slice(start3, end3)} ${two}`);
}

/** Where the gap of up to 3 `[ :,.?-("]` characters before `end` starts. */
function cueGapStart(lower: string, end: number): number {
  let gap = end;
  while (gap > 0 && end - gap < 3 && isCueGapChar(lower.charCodeAt(gap - 1))) gap--;
  return gap;
}

/** Where the cue word (at most 24 characters) ending at `end` starts; `end` when there is none. */
function cueWordStart(lower: string, end: number): number {
  let start = end;
  while (start > 0 && end - start < 24 && isCueWordChar(lower.charCodeAt(start - 1))) start--;
  return start;
}

function isCueGapChar(code: number): boolean {
  return (
    isBlankCode(code) ||
    code === NEWLINE ||
    code === COLON ||
    code === COMMA ||
    code === DOT ||
    code === QUESTION_MARK ||
    code === HYPHEN ||
    code === OPEN_BRACKET ||
    code === DOUBLE_QUOTE
  );
}

/** Lowercase letters, apostrophes and "/" (for "c/o"): what cue words are made of. */
function isCueWordChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    code === 39 ||
    code === 0x2019 ||
    code === 47 ||
    (code >= 0xe0 && code <= 0x24f)
  );
}

/** Bits of CUE_WORDS: the word is a cue of CUE_BEFORE, of STRONG_CUE_BEFORE, or ends a phrase. */
export const CUE_WORD = 1;
export const STRONG_CUE_WORD = 2;
const PHRASE_END = 4;

/** Every cue and the last word of every cue phrase: most words before a name are none of them. */
const CUE_WORDS = ((): WordTable => {
  const words = new Map<string, number>();
  const mark = (list: Iterable<string>, bit: number): void => {
    for (const word of list) words.set(word, (words.get(word) ?? 0) | bit);
  };
  mark(CUE_BEFORE, CUE_WORD);
  mark(STRONG_CUE_BEFORE, STRONG_CUE_WORD);
  mark(
    [...CUE_PHRASES].map((phrase) => phrase.slice(phrase.lastIndexOf(' ') + 1)),
    PHRASE_END,
  );
  return new WordTable(words);
})();
