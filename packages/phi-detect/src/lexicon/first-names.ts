/**
 * First-name lexicon for PERSON_NAME detection: isFirstName("maria").
 *
 * The names live front-coded in first-names.data.ts (generated from @faker-js/faker by
 * scripts/generate-first-names.ts; see there for the encoding and the stoplist). They are decoded
 * into a Set on the first lookup, not at import: the LWC loads the engine before anyone types.
 */
import { FIRST_NAMES_COUNT, FIRST_NAMES_ENCODED } from './first-names.data.ts';

/** How many distinct names the lexicon holds (before the folded spellings are added). */
export const FIRST_NAME_COUNT: number = FIRST_NAMES_COUNT;

// Latin letters that NFD does not split into a base letter and a combining mark, so stripping
// marks alone leaves them: "Łukasz" is typed "Lukasz", "Bjørn" "Bjorn", "Đorđe" "Dorde".
const EXTRA_FOLDS: Readonly<Record<string, string>> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ı: 'i',
  ħ: 'h',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
};
const EXTRA_FOLD_PATTERN = /[łøđðıħßæœþ]/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * The ASCII-folded spelling of a lowercase name: "josé" -> "jose", "łukasz" -> "lukasz".
 * Shared with the generator, which applies its stoplist to the folded forms too.
 */
export function foldName(lowercaseName: string): string {
  return lowercaseName
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(EXTRA_FOLD_PATTERN, (letter) => EXTRA_FOLDS[letter] ?? letter);
}

/** Decodes the front-coded list: a digit (characters shared with the previous name), the rest. */
export function decodeFirstNames(encoded: string): string[] {
  const names: string[] = [];
  const length = encoded.length;
  let previous = '';
  let i = 0;
  while (i < length) {
    const code = encoded.charCodeAt(i);
    if (code === 10) {
      i++; // a line wrap, not part of any name
      continue;
    }
    const shared = code - 48;
    if (shared < 0 || shared > 9 || shared > previous.length) {
      throw new Error(`first-names data is corrupt at offset ${i}`);
    }
    let end = i + 1;
    while (end < length) {
      const code = encoded.charCodeAt(end);
      if ((code >= 48 && code <= 57) || code === 10) break;
      end++;
    }
    previous = previous.slice(0, shared) + encoded.slice(i + 1, end);
    names.push(previous);
    i = end;
  }
  return names;
}

let lexicon: ReadonlySet<string> | undefined;

function buildLexicon(): ReadonlySet<string> {
  const set = new Set<string>();
  for (const name of decodeFirstNames(FIRST_NAMES_ENCODED)) {
    set.add(name);
    set.add(foldName(name));
  }
  return set;
}

function hasNonAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) >= 128) return true;
  return false;
}

/** Every spelling the lexicon matches (names and their accent-folded forms), lowercase. */
export function firstNameSpellings(): ReadonlySet<string> {
  lexicon ??= buildLexicon();
  return lexicon;
}

/**
 * Whether a word is a known first name. The caller lowercases; accents are optional ("jose" and
 * "josé" both match "José"), and accented or decomposed input is folded before a second lookup.
 */
export function isFirstName(lowercasedWord: string): boolean {
  lexicon ??= buildLexicon();
  if (lexicon.has(lowercasedWord)) return true;
  return hasNonAscii(lowercasedWord) && lexicon.has(foldName(lowercasedWord));
}
