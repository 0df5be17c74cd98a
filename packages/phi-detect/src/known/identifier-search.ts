import { isAlnumAt } from '../engine/text.ts';

const SEPARATORS = new Set([' ', '-', '.', '(', ')', '/', '\t', '\u00a0']);
const MAX_SEPARATOR_RUN = 3;

/**
 * Finds `key` (uppercase letters and digits) in `text` however it is punctuated or spaced:
 * "XWH123456789" matches "xwh 123-456-789". Matches start and end at a word boundary.
 * Each attempt walks at most about 4 characters per key character, so a scan is O(n * key).
 */
export function findAlnumKey(text: string, key: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  const first = key[0];
  if (first === undefined) return found;
  const firstLower = first.toLowerCase();
  for (let start = 0; start < text.length; start++) {
    const char = text[start];
    if (char !== first && char !== firstLower) continue;
    if (isAlnumAt(text, start - 1)) continue;
    const end = matchFrom(text, start, key);
    if (end !== -1 && !isAlnumAt(text, end)) {
      found.push({ start, end });
      start = end - 1;
    }
  }
  return found;
}

function matchFrom(text: string, start: number, key: string): number {
  let position = start;
  for (let k = 0; k < key.length; k++) {
    if (k > 0) {
      let run = 0;
      while (SEPARATORS.has(text[position] ?? '') && run < MAX_SEPARATOR_RUN) {
        position++;
        run++;
      }
    }
    if ((text[position] ?? '').toUpperCase() !== key[k]) return -1;
    position++;
  }
  return position;
}

/** Case-insensitive occurrences of `needle` (already lowercase) in `lower`, at word boundaries. */
export function findWord(lower: string, needle: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  if (needle === '') return found;
  for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if (!isAlnumAt(lower, at - 1) && !isAlnumAt(lower, end)) found.push({ start: at, end });
  }
  return found;
}
