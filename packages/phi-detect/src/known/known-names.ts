import type { ScanContext } from '../engine/scan-context.ts';
import { foldCase } from './normalize.ts';

interface NameParts {
  readonly first: string;
  readonly last: string;
}

const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;

/** "John Q. Smith" or "Smith, John Q." into folded first and last names. */
export function parseName(value: string): NameParts | undefined {
  const comma = value.indexOf(',');
  const words = (part: string): string[] => [...part.matchAll(WORD)].map((m) => foldCase(m[0]));
  if (comma !== -1) {
    const last = words(value.slice(0, comma)).at(-1);
    const first = words(value.slice(comma + 1))[0];
    return first && last ? { first, last } : undefined;
  }
  const all = words(value);
  const first = all[0];
  const last = all.length > 1 ? all.at(-1) : undefined;
  return first ? { first, last: last ?? '' } : undefined;
}

interface Word {
  readonly start: number;
  readonly end: number;
  readonly folded: string;
}

/**
 * The record's person name in any of its usual forms: "John Smith", "john q. smith",
 * "Smith, John", "J. Smith", "John S.", and either name alone (less confident: a first name alone
 * may be someone else's).
 */
export function findKnownName(context: ScanContext, value: string): void {
  const parts = parseName(value);
  if (!parts) return;
  const { text } = context;
  const words: Word[] = [...text.matchAll(WORD)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    folded: foldCase(m[0].replace(/['’]s$/i, '')),
  }));
  const initial = parts.first[0] ?? '';
  const add = (start: number, end: number, confidence: number, form: string): void =>
    context.add(
      'PERSON_NAME',
      start,
      end,
      'known.person-name',
      confidence,
      `The record's contact name (${form})`,
    );
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (!word) continue;
    const next = words[i + 1];
    const afterNext = words[i + 2];
    const gap = (a: Word, b: Word): string => text.slice(a.end, b.start);
    if (word.folded === parts.first && parts.first.length > 1) {
      if (parts.last && next?.folded === parts.last) add(word.start, next.end, 0.99, 'full name');
      else if (parts.last && next && next.folded.length === 1 && afterNext?.folded === parts.last)
        add(word.start, afterNext.end, 0.99, 'full name with middle initial');
      else if (
        parts.last &&
        next &&
        next.folded === parts.last[0] &&
        /^\s$/.test(gap(word, next)) &&
        text[next.end] === '.'
      )
        add(word.start, next.end + 1, 0.9, 'first name and last initial');
      else add(word.start, word.end, 0.75, 'first name');
    } else if (parts.last && word.folded === parts.last && parts.last.length > 1) {
      if (next && next.folded === parts.first && /^\s*,\s*$/.test(gap(word, next)))
        add(word.start, next.end, 0.99, '"last, first"');
      else add(word.start, word.end, 0.85, 'last name');
    } else if (
      word.folded === initial &&
      text[word.end] === '.' &&
      next?.folded === parts.last &&
      parts.last
    ) {
      add(word.start, next.end, 0.93, 'initial and last name');
    }
  }
}
