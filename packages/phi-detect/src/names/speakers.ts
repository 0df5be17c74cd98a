/**
 * Speaker labels of a chat or script transcript ("Maria: hi", "Ubul: What a wife."): a single
 * word at the start of a line followed by a colon. One such line is a header ("Note:"), so it
 * takes two or more label lines, and at least one label must be a known first name, before the
 * labels are read as names. Role words ("Agent:", "Member:", "Subject:") are never names.
 */
import { COLON, isBlankCode } from '../engine/char-codes.ts';
import type { ScanContext } from '../engine/scan-context.ts';
import { type NameTokens, POSSESSIVE } from './name-tokens.ts';
import { lineStartBefore } from './text-around.ts';
import { CUE, FIRST_NAME, NOT_NAME, STREET_SUFFIX, TITLE } from './word-classes.ts';

const NOT_A_SPEAKER = NOT_NAME | TITLE | CUE | STREET_SUFFIX;
/** Enough to tell a transcript; a bound so a text of a million label lines stays linear. */
const MAX_LABELS = 200;

export function findSpeakerLabels(context: ScanContext, tokens: NameTokens): void {
  const { text } = context;
  // Token indexes of the labels.
  const labels: number[] = [];
  let anyFirstName = false;
  let labelLines = 0;
  for (let i = 0; i < tokens.count && labels.length < MAX_LABELS; i++) {
    if (text.charCodeAt(colonAfter(text, tokens.end(i))) !== COLON) continue;
    if (lineStartBefore(text, tokens.start(i)) === -1) continue;
    labelLines++;
    if (tokens.classes(i) & NOT_A_SPEAKER || tokens.has(i, POSSESSIVE)) continue;
    labels.push(i);
    if (tokens.classes(i) & FIRST_NAME) anyFirstName = true;
  }
  if (labelLines < 2 || !anyFirstName) return;
  for (const label of labels) {
    context.add(
      'PERSON_NAME',
      tokens.start(label),
      tokens.end(label),
      'name.speaker',
      tokens.classes(label) & FIRST_NAME ? 0.8 : 0.7,
      'A speaker label in a conversation transcript',
    );
  }
}

/** The position after blanks following a word ("Maria :"), where a label's colon would be. */
function colonAfter(text: string, end: number): number {
  let position = end;
  while (position < end + 2 && isBlankCode(text.charCodeAt(position))) position++;
  return position;
}
