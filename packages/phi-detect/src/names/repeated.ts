/**
 * A name found with confidence is a name where it appears again close by, even where nothing
 * around the repeat says so: "Hakuba had given Hakuba", "Joakim Westgård ... starring
 * Westgård", a signature repeated in a quoted block. Only close by: the repeat's finding depends
 * on the first name's context, and all context must stay within CONTEXT_REACH (engine/reach.ts)
 * for the incremental scanner; REPEAT_REACH plus the widest name context fits in it.
 */
import type { ScanContext } from '../engine/scan-context.ts';
import type { NameToken } from './name-tokens.ts';
import { NOT_NAME, TITLE } from './word-classes.ts';

const REPEAT_REACH = 80;

/** Token index ranges [first, last] of the names found with confidence. */
export type FoundNames = readonly (readonly [number, number])[];

export function findRepeatedNames(
  context: ScanContext,
  tokens: readonly NameToken[],
  found: FoundNames,
): void {
  if (found.length === 0) return;
  const { lower } = context;
  // Each remembered word -> the text spans of the confident names holding it.
  const words = new Map<string, [number, number][]>();
  const inFound = new Set<number>();
  for (const [first, last] of found) {
    const span: [number, number] = [
      (tokens[first] as NameToken).start,
      (tokens[last] as NameToken).end,
    ];
    for (let i = first; i <= last; i++) {
      inFound.add(i);
      const token = tokens[i] as NameToken;
      // Initials and particles repeat everywhere; only whole name words are remembered.
      if (token.end - token.start < 2 || token.classes & (NOT_NAME | TITLE)) continue;
      const word = lower.slice(token.start, token.end);
      const spans = words.get(word);
      if (spans) spans.push(span);
      else words.set(word, [span]);
    }
  }
  if (words.size === 0) return;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as NameToken;
    if (!(token.capitalised || token.allCaps) || inFound.has(i)) continue;
    const spans = words.get(lower.slice(token.start, token.end));
    if (!spans?.some(([start, end]) => isNear(token, start, end))) continue;
    context.add(
      'PERSON_NAME',
      token.start,
      token.end,
      'name.repeated',
      0.75,
      'A name found close by in this text',
    );
  }
}

function isNear(token: NameToken, start: number, end: number): boolean {
  return token.start < end + REPEAT_REACH && token.end > start - REPEAT_REACH;
}
