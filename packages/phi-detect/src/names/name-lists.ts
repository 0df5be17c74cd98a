/**
 * Lists of first names, capitalised or not: "they had 6: silvana, adam, christopher and caleb",
 * "my kids are Ana, Bo and Cy". Three or more lexicon names in one list are people even where
 * each alone would be too weak (a lowercase "adam" or "chad").
 */
import type { ScanContext } from '../engine/scan-context.ts';
import type { NameTokens } from './name-tokens.ts';
import { JOINED_NAMES } from './name-words.ts';
import { FIRST_NAME } from './word-classes.ts';

const MIN_LIST = 3;
/** Longer than any gap JOINED_NAMES accepts: no slice is taken for words far apart. */
const MAX_GAP = 8;

export function findFirstNameLists(context: ScanContext, tokens: NameTokens): void {
  const { text, lower } = context;
  // Token indexes of the names of the current list (reused: most words start no list at all).
  const run: number[] = [];
  for (let i = 0; i < tokens.count; i++) {
    const isName = (tokens.classes(i) & FIRST_NAME) !== 0;
    if (run.length === 0 && !isName) continue;
    const start = tokens.start(i);
    // Never index an empty array at -1: V8 takes a slow path for it on every word.
    const previousEnd = run.length > 0 ? tokens.end(run[run.length - 1] as number) : -1;
    // "and" is a word of its own; the gap test below covers it (" and ").
    if (previousEnd !== -1 && tokens.end(i) - start === 3 && lower.startsWith('and', start)) {
      continue;
    }
    if (
      isName &&
      previousEnd !== -1 &&
      start - previousEnd <= MAX_GAP &&
      JOINED_NAMES.test(text.slice(previousEnd, start))
    ) {
      run.push(i);
      continue;
    }
    if (run.length >= MIN_LIST) addList(context, tokens, run);
    run.length = 0;
    if (isName) run.push(i);
  }
  if (run.length >= MIN_LIST) addList(context, tokens, run);
}

function addList(context: ScanContext, tokens: NameTokens, names: readonly number[]): void {
  for (const i of names) {
    context.add(
      'PERSON_NAME',
      tokens.start(i),
      tokens.end(i),
      'name.list',
      0.7,
      'A first name in a list of first names',
    );
  }
}
