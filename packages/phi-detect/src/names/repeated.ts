/**
 * A name found with confidence is a name where it appears again close by, even where nothing
 * around the repeat says so: "Hakuba had given Hakuba", "Joakim Westgård ... starring
 * Westgård", a signature repeated in a quoted block. Only close by: the repeat's finding depends
 * on the first name's context, and all context must stay within CONTEXT_REACH (engine/reach.ts)
 * for the incremental scanner; REPEAT_REACH plus the widest name context fits in it.
 */
import type { ScanContext } from '../engine/scan-context.ts';
import { ALL_CAPS, CAPITALISED, type NameTokens } from './name-tokens.ts';
import { NOT_NAME, TITLE } from './word-classes.ts';

const REPEAT_REACH = 80;

/** Token index ranges [first, last] of the names found with confidence. */
export type FoundNames = readonly (readonly [number, number])[];

export function findRepeatedNames(
  context: ScanContext,
  tokens: NameTokens,
  found: FoundNames,
): void {
  if (found.length === 0) return;
  const { lower } = context;
  // Each remembered word -> the text spans of the confident names holding it.
  const words = new Map<string, [number, number][]>();
  const inFound = new Set<number>();
  for (const [first, last] of found) {
    const span: [number, number] = [tokens.start(first), tokens.end(last)];
    for (let i = first; i <= last; i++) {
      inFound.add(i);
      const start = tokens.start(i);
      const end = tokens.end(i);
      // Initials and particles repeat everywhere; only whole name words are remembered.
      if (end - start < 2 || tokens.classes(i) & (NOT_NAME | TITLE)) continue;
      const word = lower.slice(start, end);
      const spans = words.get(word);
      if (spans) spans.push(span);
      else words.set(word, [span]);
    }
  }
  if (words.size === 0) return;
  for (let i = 0; i < tokens.count; i++) {
    if (!tokens.has(i, CAPITALISED | ALL_CAPS) || inFound.has(i)) continue;
    const start = tokens.start(i);
    const end = tokens.end(i);
    const spans = words.get(lower.slice(start, end));
    if (!spans?.some((span) => isNear(start, end, span))) continue;
    context.add(
      'PERSON_NAME',
      start,
      end,
      'name.repeated',
      0.75,
      'A name found close by in this text',
    );
  }
}

/** Whether the word start..end lies within REPEAT_REACH of the name span [spanStart, spanEnd]. */
function isNear(
  start: number,
  end: number,
  [spanStart, spanEnd]: readonly [number, number],
): boolean {
  return start < spanEnd + REPEAT_REACH && end > spanStart - REPEAT_REACH;
}
