import type { ScanContext } from '../engine/scan-context.ts';
import { isFirstName } from '../lexicon/first-names.ts';
import {
  CLOSING_LINE,
  CUE_BEFORE,
  NOT_NAMES,
  NOT_SURNAMES_LOWERCASE,
  PARTICLES,
  STRONG_CUE_BEFORE,
  TITLES,
} from './name-words.ts';

interface Token {
  readonly start: number;
  /** End without a possessive 's. */
  readonly end: number;
  readonly lower: string;
  readonly capitalised: boolean;
  readonly allCaps: boolean;
  readonly initial: boolean;
}

const WORD = /\p{L}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*/gu;
const MAX_NAME_TOKENS = 4;

/**
 * Person names without known identifiers: after a title ("Mr. Alvarez"), after a cue word
 * ("patient", "my husband", "Dear", "Thanks,"), a first name from the lexicon followed by
 * capitalised words, "Smith, John", and signature lines. Precision first: a lone capitalised
 * word with no cue and no lexicon match is never reported.
 */
export function findNames(context: ScanContext): void {
  const tokens = tokenize(context.text);
  let i = 0;
  while (i < tokens.length) {
    const found = nameAt(context, tokens, i);
    if (!found) {
      i++;
      continue;
    }
    const first = tokens[i];
    const last = tokens[found.lastIndex];
    if (first && last) {
      context.add(
        'PERSON_NAME',
        first.start,
        last.end,
        found.rule,
        found.confidence,
        found.explanation,
      );
    }
    i = found.lastIndex + 1;
  }
}

interface NameMatch {
  lastIndex: number;
  rule: string;
  confidence: number;
  explanation: string;
}

function nameAt(context: ScanContext, tokens: readonly Token[], i: number): NameMatch | undefined {
  const token = tokens[i];
  if (!token || NOT_NAMES.has(token.lower) || TITLES.has(token.lower)) return undefined;
  const { text, lower } = context;
  const lexical = isFirstName(token.lower);
  const previous = tokens[i - 1];

  if (
    previous &&
    TITLES.has(previous.lower) &&
    /^\.?\s{1,2}$/.test(text.slice(previous.end, token.start))
  ) {
    if (!token.capitalised && !lexical) return undefined;
    return match(
      extend(text, tokens, i, false),
      'name.title',
      0.92,
      'A name after a title (Mr., Dr., ...)',
    );
  }

  const before = lower.slice(Math.max(0, token.start - 32), token.start);
  if (
    (token.capitalised || token.allCaps) &&
    CUE_BEFORE.test(before) &&
    !isSentenceStartOnly(before)
  ) {
    const last = extend(text, tokens, i, false);
    const confidence = lexical || last > i ? 0.88 : 0.72;
    return match(
      last,
      'name.cue',
      confidence,
      'A name after a word like "patient", "member" or "Dear"',
    );
  }
  if (!token.capitalised && lexical && STRONG_CUE_BEFORE.test(before)) {
    return match(
      extend(text, tokens, i, true),
      'name.cue',
      0.8,
      'A name after a word like "patient" or "member"',
    );
  }

  const signature = signatureLine(context, tokens, i);
  if (signature !== undefined) {
    return match(signature, 'name.signature', 0.85, 'A name on a signature or header line');
  }

  const next = tokens[i + 1];
  if (
    token.capitalised &&
    next &&
    next.capitalised &&
    isFirstName(next.lower) &&
    text.slice(token.end, next.start) === ', '
  ) {
    return match(
      extend(text, tokens, i + 1, false),
      'name.last-first',
      0.85,
      'A name written "Last, First"',
    );
  }

  if (lexical && token.capitalised) {
    const last = extend(text, tokens, i, false);
    if (last > i) return match(last, 'name.lexicon', 0.86, 'A first name followed by a surname');
    const startsSentence = /(?:^|[.!?:;"\n]\s*)$/.test(
      text.slice(Math.max(0, token.start - 3), token.start),
    );
    return match(i, 'name.lexicon', startsSentence ? 0.55 : 0.7, 'A common first name');
  }
  return undefined;
}

function match(
  lastIndex: number,
  rule: string,
  confidence: number,
  explanation: string,
): NameMatch {
  return { lastIndex, rule, confidence, explanation };
}

/** "Hi," before a word at the start of a sentence is a greeting cue; a full stop alone is not. */
function isSentenceStartOnly(before: string): boolean {
  return /[.!?]\s*$/.test(before) && !/(?:thanks|regards|sincerely)[\s,.]*$/.test(before);
}

/**
 * Index of the last token of a name starting at `i`: following capitalised words, initials and
 * particles on the same line, separated by one space (an initial may carry its dot).
 */
function extend(
  text: string,
  tokens: readonly Token[],
  i: number,
  allowLowercase: boolean,
): number {
  let last = i;
  for (let j = i + 1; j < tokens.length && j - i < MAX_NAME_TOKENS; j++) {
    const previous = tokens[j - 1];
    const token = tokens[j];
    if (!previous || !token) break;
    const gap = text.slice(previous.end, token.start);
    if (!/^\.?[ \t]{1,2}$/.test(gap) || (gap.startsWith('.') && !previous.initial)) break;
    if (NOT_NAMES.has(token.lower)) break;
    const particle = PARTICLES.has(token.lower) && tokens[j + 1]?.capitalised === true;
    const lowercaseSurname =
      allowLowercase &&
      j === i + 1 &&
      !NOT_SURNAMES_LOWERCASE.has(token.lower) &&
      token.lower.length > 1;
    if (!(token.capitalised || token.initial || particle || lowercaseSurname)) break;
    last = j;
  }
  return last;
}

/**
 * A line made only of 2-4 name-like words, after a closing line ("Thanks,"), at the very top of
 * the text, or quoted; at least one word must be a known first name unless a closing precedes.
 */
function signatureLine(
  context: ScanContext,
  tokens: readonly Token[],
  i: number,
): number | undefined {
  const { text } = context;
  const token = tokens[i];
  if (!token?.capitalised) return undefined;
  const lineStart = text.lastIndexOf('\n', token.start - 1) + 1;
  if (!/^[\s>]*$/.test(text.slice(lineStart, token.start))) return undefined;
  const last = extend(text, tokens, i, false);
  const lastToken = tokens[last];
  if (last === i || !lastToken) return undefined;
  const lineEnd = text.indexOf('\n', lastToken.end);
  if (!/^[\s,.]*$/.test(text.slice(lastToken.end, lineEnd === -1 ? text.length : lineEnd)))
    return undefined;
  const previousLine = previousNonEmptyLine(text, lineStart);
  const afterClosing = CLOSING_LINE.test(previousLine.trim().toLowerCase());
  const anyFirstName = tokens.slice(i, last + 1).some((t) => isFirstName(t.lower));
  return afterClosing || anyFirstName ? last : undefined;
}

/** The closest non-blank line before the line starting at `lineStart` (at most 3 lines up). */
function previousNonEmptyLine(text: string, lineStart: number): string {
  let end = lineStart - 1;
  // Bounded by lines and characters: context must stay within CONTEXT_REACH (engine/reach.ts).
  for (let lines = 0; end > 0 && lines < 3 && lineStart - end < 160; lines++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (line.trim() !== '') return line;
    end = start - 1;
  }
  return '';
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    if (/['’]s$/i.test(word)) word = word.slice(0, -2);
    const first = word[0] ?? '';
    const upperFirst = first !== first.toLowerCase();
    const allCaps = word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
    tokens.push({
      start: m.index,
      end: m.index + word.length,
      lower: word.toLowerCase(),
      capitalised: upperFirst && !allCaps,
      allCaps,
      initial: word.length === 1 && upperFirst,
    });
  }
  return tokens;
}
