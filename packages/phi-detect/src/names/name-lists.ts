/**
 * Lists of first names, capitalised or not: "they had 6: silvana, adam, christopher and caleb",
 * "my kids are Ana, Bo and Cy". Three or more lexicon names in one list are people even where
 * each alone would be too weak (a lowercase "adam" or "chad").
 */
import type { ScanContext } from '../engine/scan-context.ts';
import type { NameToken } from './name-tokens.ts';
import { JOINED_NAMES } from './name-words.ts';
import { FIRST_NAME } from './word-classes.ts';

const MIN_LIST = 3;
/** Longer than any gap JOINED_NAMES accepts: no slice is taken for words far apart. */
const MAX_GAP = 8;

export function findFirstNameLists(context: ScanContext, tokens: readonly NameToken[]): void {
  const { text, lower } = context;
  // The names of the current list (reused: most words start no list at all).
  const run: NameToken[] = [];
  for (const token of tokens) {
    const isName = (token.classes & FIRST_NAME) !== 0;
    if (run.length === 0 && !isName) continue;
    // Never index an empty array at -1: V8 takes a slow path for it on every word.
    const previous = run.length > 0 ? run[run.length - 1] : undefined;
    // "and" is a word of its own; the gap test below covers it (" and ").
    if (previous && token.end - token.start === 3 && lower.startsWith('and', token.start)) continue;
    if (
      isName &&
      previous &&
      token.start - previous.end <= MAX_GAP &&
      JOINED_NAMES.test(text.slice(previous.end, token.start))
    ) {
      run.push(token);
      continue;
    }
    if (run.length >= MIN_LIST) addList(context, run);
    run.length = 0;
    if (isName) run.push(token);
  }
  if (run.length >= MIN_LIST) addList(context, run);
}

function addList(context: ScanContext, names: readonly NameToken[]): void {
  for (const token of names) {
    context.add(
      'PERSON_NAME',
      token.start,
      token.end,
      'name.list',
      0.7,
      'A first name in a list of first names',
    );
  }
}
