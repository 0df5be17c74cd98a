/**
 * What the name rules need to know about a word, from one lookup: a bit set over the word lists
 * (first names, titles, not-names, ...). Looking a word up once instead of in five sets is most
 * of what makes the name rules cheap enough for every keystroke.
 */
import { STREET_SUFFIXES } from '../address/street-words.ts';
import { WordTable } from '../engine/word-table.ts';
import { firstNameSpellings, foldName } from '../lexicon/first-names.ts';
import {
  CUE_BEFORE,
  NOT_NAMES,
  NOT_SURNAMES_LOWERCASE,
  PARTICLES,
  STRONG_CUE_BEFORE,
  TITLES,
} from './name-words.ts';

export const FIRST_NAME = 1;
export const NOT_NAME = 2;
export const TITLE = 4;
export const STREET_SUFFIX = 8;
export const PARTICLE = 16;
export const NOT_SURNAME_LOWERCASE = 32;
export const CUE = 64;
export const STRONG_CUE = 128;

let classes: WordTable | undefined;

function buildClasses(): WordTable {
  const map = new Map<string, number>();
  const mark = (words: Iterable<string>, flag: number): void => {
    for (const word of words) map.set(word, (map.get(word) ?? 0) | flag);
  };
  mark(firstNameSpellings(), FIRST_NAME);
  mark(NOT_NAMES, NOT_NAME);
  mark(TITLES, TITLE);
  mark(STREET_SUFFIXES, STREET_SUFFIX);
  mark(PARTICLES, PARTICLE);
  mark(NOT_SURNAMES_LOWERCASE, NOT_SURNAME_LOWERCASE);
  mark(CUE_BEFORE, CUE);
  mark(STRONG_CUE_BEFORE, STRONG_CUE);
  return new WordTable(map);
}

/**
 * The classes of the word lower[start, end) (`lower` is the scan's lowercase text); an accented
 * word that is no listed word is folded once ("josé" is looked up as "jose").
 */
export function wordClasses(lower: string, start: number, end: number, ascii: boolean): number {
  classes ??= buildClasses();
  const found = classes.get(lower, start, end);
  if (found !== 0 || ascii) return found;
  const folded = foldName(lower.slice(start, end));
  return classes.get(folded, 0, folded.length) & FIRST_NAME;
}
