import type { ScanContext } from '../engine/scan-context.ts';
import { type NameToken, nameTokens } from './name-tokens.ts';
import { findRepeatedNames } from './repeated.ts';
import { findSpeakerLabels } from './speakers.ts';
import {
  CLOSING_LINE,
  CUE_BEFORE,
  CUE_PHRASES,
  JOINED_NAMES,
  STRONG_CUE_BEFORE,
} from './name-words.ts';
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
      if (found.confidence >= 0.55) foundIndexes.add(i).add(found.lastIndex);
      if (found.confidence >= 0.7) confident.push([i, found.lastIndex]);
    }
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

function nameAt(
  context: ScanContext,
  tokens: readonly NameToken[],
  i: number,
): NameMatch | undefined {
  const token = tokens[i];
  if (!token || token.classes & (NOT_NAME | TITLE)) return undefined;
  const { text, lower } = context;
  const lexical = (token.classes & FIRST_NAME) !== 0;
  const previous = tokens[i - 1];
  // Most words are lowercase and no first name: they are dismissed before anything else runs.
  if (!token.capitalised && !token.allCaps && !lexical) return undefined;
  // "69 Gordon Terrace": a word right after a house number is a street, not a person.
  if (followsHouseNumber(text, token.start)) return undefined;

  if (previous && previous.classes & TITLE && isTitleGap(text, previous.end, token.start)) {
    if (!token.capitalised && !lexical) return undefined;
    return match(
      extend(text, tokens, i, false),
      'name.title',
      0.92,
      'A name after a title (Mr., Dr., ...)',
    );
  }

  const cueWords = wordsBefore(lower, token.start);
  if (
    (token.capitalised || token.allCaps) &&
    isCue(cueWords, CUE_BEFORE) &&
    !isSentenceStartOnly(lower.slice(Math.max(0, token.start - 32), token.start))
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
  if (!token.capitalised && lexical && isCue(cueWords, STRONG_CUE_BEFORE)) {
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
  if (token.capitalised && followsIdentifierInBrackets(text, token.start)) {
    const last = extend(text, tokens, i, false);
    if (last > i) {
      return match(last, 'name.after-id', 0.7, 'A name in brackets after an identifier');
    }
  }

  const atSentenceStart = startsSentence(text, token.start);
  if (lexical && token.capitalised) {
    const last = extend(text, tokens, i, false);
    if (last > i) return match(last, 'name.lexicon', 0.86, 'A first name followed by a surname');
    return match(i, 'name.lexicon', atSentenceStart ? 0.55 : 0.7, 'A common first name');
  }
  if (token.capitalised) return nameShape(context, tokens, i, atSentenceStart);
  return lexical && !token.allCaps ? lowercaseNameWithVerb(context, tokens, i) : undefined;
}

/** An all-lowercase first name (and surname) before a person verb: "eva kleist lives at". */
function lowercaseNameWithVerb(
  context: ScanContext,
  tokens: readonly NameToken[],
  i: number,
): NameMatch | undefined {
  const last = extend(context.text, tokens, i, true);
  const lastToken = tokens[last];
  if (!lastToken) return undefined;
  const after = context.lower.slice(lastToken.end, lastToken.end + 48);
  if (!lastToken.possessive && !PERSON_VERB_AFTER.test(after)) return undefined;
  return match(last, 'name.lexicon', 0.6, 'A first name before a verb people do');
}

/** Verbs and phrases that follow a person's name ("Tomomi Nishiyama lives at", "Hodge said"). */
const PERSON_VERB_AFTER =
  /^(?:[ \t]+(?:said|says|shouted|asked|told|wrote|called|calls|lives|lived|died|passed|was born|is from|will be|spent|replied|answered|explained|mentioned|reported|works|worked|visited|requested|requests|needs|needed|wants|wanted|would like|has been|had been|family|household)(?![a-z])|[ \t]+as[ \t]+(?:a|an|my|her|his|the)[ \t]+(?:beneficiary|dependent|dependant|authorized|authorised|representative|caregiver|guardian|proxy|emergency contact)(?![a-z])|,[ \t]*(?:md|do|rn|bsn|np|pa|pa-c|lpn|cna|ccm|lcsw|phd|pharmd|dds|msn)(?![a-z])|,[ \t]+(?:the|a|an|our|his|her)[ \t]+[a-z]+[ \t]+[a-z]*(?:writer|manager|director|nurse|doctor|engineer|officer|clerk|specialist|ist|er|or),)/;

/**
 * Capitalised words shaped like a name with no lexicon match ("Bonifacy Kaczmarek"): two or
 * more such words inside a sentence, or any such words followed by a person verb or a
 * possessive. One word alone at a sentence start is never enough.
 */
function nameShape(
  context: ScanContext,
  tokens: readonly NameToken[],
  i: number,
  startsSentence: boolean,
): NameMatch | undefined {
  const { text, lower } = context;
  const last = extend(text, tokens, i, false);
  const lastToken = tokens[last];
  if (!lastToken) return undefined;
  const after = lower.slice(lastToken.end, lastToken.end + 48);
  const personVerb = PERSON_VERB_AFTER.test(after) || lastToken.possessive;
  const explanation = 'Capitalised words shaped like a name';
  const before = lower.slice(Math.max(0, tokens[i]?.start ?? 0) - 12, tokens[i]?.start ?? 0);
  const personPreposition =
    /(?:^|[^a-z])(?:by|with|to|from|under|for|and|of)[ \t]+(?:a[ \t]+)?$/.test(before);
  if (last > i && !startsSentence) {
    return match(
      last,
      'name.shape',
      personVerb ? 0.75 : personPreposition ? 0.55 : 0.45,
      explanation,
    );
  }
  if (personVerb) return match(last, 'name.shape', last > i ? 0.65 : 0.55, explanation);
  return undefined;
}

/**
 * Names listed with a name already found ("Kónya, Becker and Vasquez"): capitalised words joined
 * to a found name by a comma, "and" or "&" are names too.
 */
function coordinatedNames(
  context: ScanContext,
  tokens: readonly NameToken[],
  found: ReadonlySet<number>,
): void {
  const { text } = context;
  for (const index of found) {
    for (const step of [-1, 1]) {
      let from = index;
      for (
        let j = index + step;
        j >= 0 && j < tokens.length && Math.abs(j - index) <= 4;
        j += step
      ) {
        const a = tokens[Math.min(from, j)];
        const b = tokens[Math.max(from, j)];
        const candidate = tokens[j];
        if (!a || !b || !candidate || !JOINED_NAMES.test(text.slice(a.end, b.start))) break;
        if (!candidate.capitalised || candidate.classes & NOT_NAME) break;
        context.add(
          'PERSON_NAME',
          candidate.start,
          candidate.end,
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
function lastFirstEnd(text: string, tokens: readonly NameToken[], last: number): number {
  const surname = tokens[last];
  const first = tokens[last + 1];
  if (!surname || !first || !(first.classes & FIRST_NAME)) return last;
  const sameCase = (surname.capitalised && first.capitalised) || (surname.allCaps && first.allCaps);
  if (!sameCase || text.slice(surname.end, first.start) !== ', ') return last;
  return extend(text, tokens, last + 1, false);
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
function extend(
  text: string,
  tokens: readonly NameToken[],
  i: number,
  allowLowercase: boolean,
): number {
  let last = i;
  // A name that starts in capitals continues in capitals ("PRIYANKA R." after "DESAI, ").
  const allCaps = tokens[i]?.allCaps === true;
  for (let j = i + 1; j < tokens.length && j - i < MAX_NAME_TOKENS; j++) {
    const previous = tokens[j - 1];
    const token = tokens[j];
    if (!previous || !token) break;
    const gap = nameGap(text, previous.end, token.start);
    if (gap === 0 || (gap === 2 && !previous.initial)) break;
    if (token.classes & (NOT_NAME | STREET_SUFFIX)) break;
    const particle = (token.classes & PARTICLE) !== 0 && tokens[j + 1]?.capitalised === true;
    const lowercaseSurname =
      allowLowercase &&
      j === i + 1 &&
      !(token.classes & NOT_SURNAME_LOWERCASE) &&
      token.end - token.start > 1;
    const sameCase = token.capitalised || (allCaps && token.allCaps);
    if (!(sameCase || token.initial || particle || lowercaseSurname)) break;
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
  tokens: readonly NameToken[],
  i: number,
): number | undefined {
  const { text } = context;
  const token = tokens[i];
  if (!token?.capitalised) return undefined;
  // Only a few characters are looked at either side, so this stays linear on one-line texts.
  const lineStart = lineStartBefore(text, token.start);
  if (lineStart === -1) return undefined;
  const last = extend(text, tokens, i, false);
  const lastToken = tokens[last];
  if (last === i || !lastToken) return undefined;
  // Nothing else on the line but punctuation or credentials ("Nkechi Obi, BSN, RN").
  const tail = text.slice(lastToken.end, lastToken.end + 40);
  if (!/^(?:,?[ \t]*[A-Z]{2,5})*[ \t,.]*(?:\n|$)/.test(tail)) return undefined;
  const previousLine = previousNonEmptyLine(text, lineStart);
  const afterClosing = CLOSING_LINE.test(previousLine.trim().toLowerCase());
  const anyFirstName = tokens.slice(i, last + 1).some((t) => t.classes & FIRST_NAME);
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

/** Up to three lowercase words right before `position`, nearest first, across `[ :,.?-("]` gaps. */
function wordsBefore(lower: string, position: number): string[] {
  const words: string[] = [];
  let end = position;
  for (let n = 0; n < 3; n++) {
    let gap = end;
    while (gap > 0 && end - gap < 3 && ' \t\n:,.?-("'.includes(lower[gap - 1] ?? '')) gap--;
    if (gap === end && n === 0 && end > 0) return words;
    let start = gap;
    while (start > 0 && gap - start < 24 && isCueWordChar(lower.charCodeAt(start - 1))) start--;
    if (start === gap) break;
    // Keep a colon that ends a header word ("from:", "re:").
    words.push(lower.slice(start, gap) + (n === 0 && lower[gap] === ':' ? ':' : ''));
    end = start;
  }
  return words;
}

/** Lowercase letters, apostrophes and "/" (for "c/o"): what cue words are made of. */
function isCueWordChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    code === 39 ||
    code === 0x2019 ||
    code === 47 ||
    (code >= 0xe0 && code <= 0x24f)
  );
}

/** The last word of every cue and cue phrase: most words before a name are none of them. */
const CUE_LAST_WORDS: ReadonlySet<string> = new Set([
  ...CUE_BEFORE,
  ...STRONG_CUE_BEFORE,
  ...[...CUE_PHRASES].map((phrase) => phrase.slice(phrase.lastIndexOf(' ') + 1)),
]);

function isCue(words: readonly string[], single: ReadonlySet<string>): boolean {
  const w1 = words[0] ?? '';
  const bare = w1.endsWith(':') ? w1.slice(0, -1) : w1;
  if (!CUE_LAST_WORDS.has(w1) && !CUE_LAST_WORDS.has(bare)) return false;
  if (single.has(w1) || single.has(bare)) return true;
  const w2 = words[1];
  if (w2 === undefined) return false;
  const two = `${w2} ${bare}`;
  if (CUE_PHRASES.has(two)) return true;
  const w3 = words[2];
  return w3 !== undefined && CUE_PHRASES.has(`${w3} ${two}`);
}
