import { COMMA, isBlankCode } from '../engine/char-codes.ts';
import type { ScanContext } from '../engine/scan-context.ts';
import {
  ALL_CAPS,
  CAPITALISED,
  INITIAL,
  type NameTokens,
  POSSESSIVE,
  nameTokens,
} from './name-tokens.ts';
import { CUE_WORD, STRONG_CUE_WORD, cueBefore } from './cue-words.ts';
import { findRepeatedNames } from './repeated.ts';
import { findSpeakerLabels } from './speakers.ts';
import { CLOSING_LINE, JOINED_NAMES } from './name-words.ts';
import { findFirstNameLists } from './name-lists.ts';
import {
  followsHouseNumber,
  followsIdentifierInBrackets,
  isTitleGap,
  lineStartBefore,
  nameGap,
  startsSentence,
} from './text-around.ts';
import {
  FIRST_NAME,
  NOT_NAME,
  NOT_SURNAME_LOWERCASE,
  PARTICLE,
  STREET_SUFFIX,
  TITLE,
} from './word-classes.ts';

const MAX_NAME_TOKENS = 4;

/**
 * Person names without known identifiers: after a title ("Mr. Alvarez"), after a cue word
 * ("patient", "my husband", "Dear", "Thanks,"), a first name from the lexicon followed by
 * capitalised words, "Smith, John", and signature lines. Precision first: a lone capitalised
 * word with no cue and no lexicon match is never reported.
 */
export function findNames(context: ScanContext): void {
  const tokens = nameTokens(context.text, context.lower);
  const foundIndexes = new Set<number>();
  const confident: [number, number][] = [];
  let i = 0;
  while (i < tokens.count) {
    const found = nameAt(context, tokens, i);
    if (!found) {
      i++;
      continue;
    }
    context.add(
      'PERSON_NAME',
      tokens.start(i),
      tokens.end(found.lastIndex),
      found.rule,
      found.confidence,
      found.explanation,
    );
    if (found.confidence >= 0.55) foundIndexes.add(i).add(found.lastIndex);
    if (found.confidence >= 0.7) confident.push([i, found.lastIndex]);
    i = found.lastIndex + 1;
  }
  coordinatedNames(context, tokens, foundIndexes);
  findSpeakerLabels(context, tokens);
  findFirstNameLists(context, tokens);
  findRepeatedNames(context, tokens, confident);
}

interface NameMatch {
  lastIndex: number;
  rule: string;
  confidence: number;
  explanation: string;
}

/** A name starting at token `i` (below tokens.count), and the rule that found it. */
function nameAt(context: ScanContext, tokens: NameTokens, i: number): NameMatch | undefined {
  const classes = tokens.classes(i);
  if (classes & (NOT_NAME | TITLE)) return undefined;
  const { text, lower } = context;
  const start = tokens.start(i);
  const lexical = (classes & FIRST_NAME) !== 0;
  const capitalised = tokens.has(i, CAPITALISED);
  // Most words are lowercase and no first name: they are dismissed before anything else runs.
  if (!tokens.has(i, CAPITALISED | ALL_CAPS) && !lexical) return undefined;
  // "69 Gordon Terrace": a word right after a house number is a street, not a person.
  if (followsHouseNumber(text, start)) return undefined;

  if (i > 0 && tokens.classes(i - 1) & TITLE && isTitleGap(text, tokens.end(i - 1), start)) {
    if (!capitalised && !lexical) return undefined;
    return match(
      extend(text, tokens, i, false),
      'name.title',
      0.92,
      'A name after a title (Mr., Dr., ...)',
    );
  }

  if (
    tokens.has(i, CAPITALISED | ALL_CAPS) &&
    cueBefore(lower, start, CUE_WORD) &&
    !isSentenceStartOnly(lower.slice(Math.max(0, start - 32), start))
  ) {
    const last = lastFirstEnd(text, tokens, extend(text, tokens, i, false));
    const confidence = lexical || last > i ? 0.88 : 0.72;
    return match(
      last,
      'name.cue',
      confidence,
      'A name after a word like "patient", "member" or "Dear"',
    );
  }
  if (!capitalised && lexical && cueBefore(lower, start, STRONG_CUE_WORD)) {
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

  const lastFirst = lastFirstEnd(text, tokens, i);
  if (lastFirst > i) {
    return match(lastFirst, 'name.last-first', 0.85, 'A name written "Last, First"');
  }
  if (capitalised && followsIdentifierInBrackets(text, start)) {
    const last = extend(text, tokens, i, false);
    if (last > i) {
      return match(last, 'name.after-id', 0.7, 'A name in brackets after an identifier');
    }
  }

  const atSentenceStart = startsSentence(text, start);
  if (lexical && capitalised) {
    const last = extend(text, tokens, i, false);
    if (last > i) return match(last, 'name.lexicon', 0.86, 'A first name followed by a surname');
    return match(i, 'name.lexicon', atSentenceStart ? 0.55 : 0.7, 'A common first name');
  }
  if (capitalised) return nameShape(context, tokens, i, atSentenceStart);
  return lexical && !tokens.has(i, ALL_CAPS)
    ? lowercaseNameWithVerb(context, tokens, i)
    : undefined;
}

/** An all-lowercase first name (and surname) before a person verb: "eva kleist lives at". */
function lowercaseNameWithVerb(
  context: ScanContext,
  tokens: NameTokens,
  i: number,
): NameMatch | undefined {
  const last = extend(context.text, tokens, i, true);
  if (!tokens.has(last, POSSESSIVE) && !personVerbAfter(context.lower, tokens.end(last))) {
    return undefined;
  }
  return match(last, 'name.lexicon', 0.6, 'A first name before a verb people do');
}

/**
 * Verbs and phrases that follow a person's name ("Tomomi Nishiyama lives at", "Hodge said").
 * Sticky: it is run at a position of the whole text, so no window is sliced out per word.
 */
const PERSON_VERB_AFTER =
  /(?:[ \t]+(?:said|says|shouted|asked|told|wrote|called|calls|lives|lived|died|passed|was born|is from|will be|spent|replied|answered|explained|mentioned|reported|works|worked|visited|requested|requests|needs|needed|wants|wanted|would like|has been|had been|family|household)(?![a-z])|[ \t]+as[ \t]+(?:a|an|my|her|his|the)[ \t]+(?:beneficiary|dependent|dependant|authorized|authorised|representative|caregiver|guardian|proxy|emergency contact)(?![a-z])|,[ \t]*(?:md|do|rn|bsn|np|pa|pa-c|lpn|cna|ccm|lcsw|phd|pharmd|dds|msn)(?![a-z])|,[ \t]+(?:the|a|an|our|his|her)[ \t]+[a-z]+[ \t]+[a-z]*(?:writer|manager|director|nurse|doctor|engineer|officer|clerk|specialist|ist|er|or),)/y;
/** PERSON_VERB_AFTER was written for these many characters after a name. */
const VERB_WINDOW = 48;

/**
 * Whether PERSON_VERB_AFTER matches lower.slice(position, position + VERB_WINDOW), without
 * slicing. All its matches at one position end at the same place (but "pa" before "pa-c", which
 * is found first), so a match on the whole text ending inside the window is the window's match,
 * and otherwise the window has none, unless a verb ends right at its edge with a letter after it
 * (the window's `(?![a-z])` sees its end there). That takes 25 or more blanks after the name:
 * only where the text starts that way is the window sliced.
 */
function personVerbAfter(lower: string, position: number): boolean {
  PERSON_VERB_AFTER.lastIndex = position;
  const found = PERSON_VERB_AFTER.test(lower);
  const edge = position + VERB_WINDOW;
  if (found && PERSON_VERB_AFTER.lastIndex <= edge) return true;
  if (lower.length <= edge || !isAsciiLowercase(lower.charCodeAt(edge))) return false;
  const first = lower.charCodeAt(position);
  const second = lower.charCodeAt(position + 1);
  const blanksAhead = isBlankCode(first)
    ? isBlankCode(second) || lower.startsWith('as', position + 1)
    : first === COMMA && isBlankCode(second) && isBlankCode(lower.charCodeAt(position + 2));
  if (!blanksAhead) return false;
  PERSON_VERB_AFTER.lastIndex = 0;
  return PERSON_VERB_AFTER.test(lower.slice(position, edge));
}

function isAsciiLowercase(code: number): boolean {
  return code >= 97 && code <= 122;
}

/**
 * Capitalised words shaped like a name with no lexicon match ("Bonifacy Kaczmarek"): two or
 * more such words inside a sentence, or any such words followed by a person verb or a
 * possessive. One word alone at a sentence start is never enough.
 */
function nameShape(
  context: ScanContext,
  tokens: NameTokens,
  i: number,
  startsSentence: boolean,
): NameMatch | undefined {
  const { text, lower } = context;
  const last = extend(text, tokens, i, false);
  const personVerb = tokens.has(last, POSSESSIVE) || personVerbAfter(lower, tokens.end(last));
  const explanation = 'Capitalised words shaped like a name';
  if (last > i && !startsSentence) {
    const confidence = personVerb
      ? 0.75
      : followsPersonPreposition(lower, tokens.start(i))
        ? 0.55
        : 0.45;
    return match(last, 'name.shape', confidence, explanation);
  }
  if (personVerb) return match(last, 'name.shape', last > i ? 0.65 : 0.55, explanation);
  return undefined;
}

/** "by", "with", "for a", ... in the 12 characters before `start` (or the text start). */
function followsPersonPreposition(lower: string, start: number): boolean {
  return PERSON_PREPOSITION_BEFORE.test(lower.slice(Math.max(0, start - 12), start));
}

const PERSON_PREPOSITION_BEFORE =
  /(?:^|[^a-z])(?:by|with|to|from|under|for|and|of)[ \t]+(?:a[ \t]+)?$/;

/**
 * Names listed with a name already found ("Kónya, Becker and Vasquez"): capitalised words joined
 * to a found name by a comma, "and" or "&" are names too.
 */
function coordinatedNames(
  context: ScanContext,
  tokens: NameTokens,
  found: ReadonlySet<number>,
): void {
  const { text } = context;
  for (const index of found) {
    for (const step of [-1, 1]) {
      let from = index;
      for (
        let j = index + step;
        j >= 0 && j < tokens.count && Math.abs(j - index) <= 4;
        j += step
      ) {
        const gap = text.slice(tokens.end(Math.min(from, j)), tokens.start(Math.max(from, j)));
        if (!JOINED_NAMES.test(gap)) break;
        if (!tokens.has(j, CAPITALISED) || tokens.classes(j) & NOT_NAME) break;
        context.add(
          'PERSON_NAME',
          tokens.start(j),
          tokens.end(j),
          'name.listed',
          0.62,
          'A name listed with another name',
        );
        from = j;
      }
    }
  }
}

/**
 * Where a name continues as "Last, First": the index of the first name's last word when the
 * token at `last` is followed by ", " and a lexicon first name written the same way
 * ("Desai, Priyanka", "O'CONNELL, BRENDAN"); otherwise `last` itself.
 */
function lastFirstEnd(text: string, tokens: NameTokens, last: number): number {
  const first = last + 1;
  if (first >= tokens.count || !(tokens.classes(first) & FIRST_NAME)) return last;
  const sameCase =
    (tokens.has(last, CAPITALISED) && tokens.has(first, CAPITALISED)) ||
    (tokens.has(last, ALL_CAPS) && tokens.has(first, ALL_CAPS));
  if (!sameCase || text.slice(tokens.end(last), tokens.start(first)) !== ', ') return last;
  return extend(text, tokens, first, false);
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
  if (/(?:name|name is|names are)\s*[?:]\s*$/.test(before)) return false;
  return /[.!?]\s*$/.test(before) && !/(?:thanks|regards|sincerely)[\s,.]*$/.test(before);
}

/**
 * Index of the last token of a name starting at `i`: following capitalised words, initials and
 * particles on the same line, separated by one space (an initial may carry its dot).
 */
function extend(text: string, tokens: NameTokens, i: number, allowLowercase: boolean): number {
  let last = i;
  // A name that starts in capitals continues in capitals ("PRIYANKA R." after "DESAI, ").
  const allCaps = tokens.has(i, ALL_CAPS);
  for (let j = i + 1; j < tokens.count && j - i < MAX_NAME_TOKENS; j++) {
    const gap = nameGap(text, tokens.end(j - 1), tokens.start(j));
    if (gap === 0 || (gap === 2 && !tokens.has(j - 1, INITIAL))) break;
    const classes = tokens.classes(j);
    if (classes & (NOT_NAME | STREET_SUFFIX)) break;
    const particle =
      (classes & PARTICLE) !== 0 && j + 1 < tokens.count && tokens.has(j + 1, CAPITALISED);
    const lowercaseSurname =
      allowLowercase &&
      j === i + 1 &&
      !(classes & NOT_SURNAME_LOWERCASE) &&
      tokens.end(j) - tokens.start(j) > 1;
    const sameCase = tokens.has(j, CAPITALISED) || (allCaps && tokens.has(j, ALL_CAPS));
    if (!(sameCase || tokens.has(j, INITIAL) || particle || lowercaseSurname)) break;
    last = j;
  }
  return last;
}

/**
 * A line made only of 2-4 name-like words, after a closing line ("Thanks,"), at the very top of
 * the text, or quoted; at least one word must be a known first name unless a closing precedes.
 */
function signatureLine(context: ScanContext, tokens: NameTokens, i: number): number | undefined {
  const { text } = context;
  if (!tokens.has(i, CAPITALISED)) return undefined;
  // Only a few characters are looked at either side, so this stays linear on one-line texts.
  const lineStart = lineStartBefore(text, tokens.start(i));
  if (lineStart === -1) return undefined;
  const last = extend(text, tokens, i, false);
  if (last === i) return undefined;
  // Nothing else on the line but punctuation or credentials ("Nkechi Obi, BSN, RN").
  const tail = text.slice(tokens.end(last), tokens.end(last) + 40);
  if (!/^(?:,?[ \t]*[A-Z]{2,5})*[ \t,.]*(?:\n|$)/.test(tail)) return undefined;
  const previousLine = previousNonEmptyLine(text, lineStart);
  const afterClosing = CLOSING_LINE.test(previousLine.trim().toLowerCase());
  let anyFirstName = false;
  for (let j = i; j <= last; j++) if (tokens.classes(j) & FIRST_NAME) anyFirstName = true;
  // The first line of a message or a quoted block is often the sender's name ("Maha Cazares").
  const firstLine = lineStart < 16 && /^[\s>]*$/.test(text.slice(0, lineStart));
  return afterClosing || anyFirstName || firstLine ? last : undefined;
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
