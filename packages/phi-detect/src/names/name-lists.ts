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
  let run: NameToken[] = [];
  for (const token of tokens) {
    const previous = run[run.length - 1];
    // "and" is a word of its own; the gap test below covers it (" and ").
    if (previous && lower.startsWith('and', token.start) && token.end - token.start === 3) continue;
    const isName = (token.classes & FIRST_NAME) !== 0;
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
    run = isName ? [token] : [];
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
