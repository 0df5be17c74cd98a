/**
 * Speaker labels of a chat or script transcript ("Maria: hi", "Ubul: What a wife."): a single
 * word at the start of a line followed by a colon. One such line is a header ("Note:"), so it
 * takes two or more label lines, and at least one label must be a known first name, before the
 * labels are read as names. Role words ("Agent:", "Member:", "Subject:") are never names.
 */
import { COLON, isBlankCode } from '../engine/char-codes.ts';
import type { ScanContext } from '../engine/scan-context.ts';
import type { NameToken } from './name-tokens.ts';
import { lineStartBefore } from './text-around.ts';
import { CUE, FIRST_NAME, NOT_NAME, STREET_SUFFIX, TITLE } from './word-classes.ts';

const NOT_A_SPEAKER = NOT_NAME | TITLE | CUE | STREET_SUFFIX;
/** Enough to tell a transcript; a bound so a text of a million label lines stays linear. */
const MAX_LABELS = 200;

export function findSpeakerLabels(context: ScanContext, tokens: readonly NameToken[]): void {
  const { text } = context;
  const labels: NameToken[] = [];
  let anyFirstName = false;
  let labelLines = 0;
  for (let i = 0; i < tokens.length && labels.length < MAX_LABELS; i++) {
    const token = tokens[i] as NameToken;
    if (text.charCodeAt(colonAfter(text, token.end)) !== COLON) continue;
    if (lineStartBefore(text, token.start) === -1) continue;
    labelLines++;
    if (token.classes & NOT_A_SPEAKER || token.possessive) continue;
    labels.push(token);
    if (token.classes & FIRST_NAME) anyFirstName = true;
  }
  if (labelLines < 2 || !anyFirstName) return;
  for (const label of labels) {
    context.add(
      'PERSON_NAME',
      label.start,
      label.end,
      'name.speaker',
      label.classes & FIRST_NAME ? 0.8 : 0.7,
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
