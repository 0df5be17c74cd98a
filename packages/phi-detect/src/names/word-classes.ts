/**
 * What the name rules need to know about a word, from one lookup: a bit set over the word lists
 * (first names, titles, not-names, ...). Looking a word up once instead of in five sets is most
 * of what makes the name rules cheap enough for every keystroke.
 */
import { STREET_SUFFIXES } from '../address/street-words.ts';
import { WordTable } from '../engine/word-table.ts';
import { firstNameSpellings, isFirstName } from '../lexicon/first-names.ts';
import { CUE_BEFORE, NOT_NAMES, NOT_SURNAMES_LOWERCASE, PARTICLES, TITLES } from './name-words.ts';

export const FIRST_NAME = 1;
export const NOT_NAME = 2;
export const TITLE = 4;
export const STREET_SUFFIX = 8;
export const PARTICLE = 16;
export const NOT_SURNAME_LOWERCASE = 32;
export const CUE = 64;

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
  return new WordTable(map);
}

/**
 * The classes of the word lower[start, end) (`lower` is the scan's lowercase text); an accented
 * word that is no listed word is asked of the lexicon, which folds it ("josé" finds "jose").
 */
export function wordClasses(lower: string, start: number, end: number, ascii: boolean): number {
  classes ??= buildClasses();
  const found = classes.get(lower, start, end);
  if (found !== 0 || ascii) return found;
  // The lexicon's own lookup folds accents the way its data was folded.
  return isFirstName(lower.slice(start, end)) ? FIRST_NAME : 0;
}
