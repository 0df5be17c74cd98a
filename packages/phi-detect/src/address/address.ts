import type { ScanContext } from '../engine/scan-context.ts';
import { ZIP_WORDS, mentions } from '../context/keywords.ts';
import {
  ADDRESS_CUE,
  GLUED_SUFFIXES,
  MEASURE_WORDS,
  STREET_SUFFIXES,
  UNIT_WORDS,
  US_STATES,
} from './street-words.ts';
import { matchesOf } from '../engine/matches.ts';
import { isAsciiLetterCode, isLetter } from '../engine/text.ts';
import { APOSTROPHE, DOT, HYPHEN, RIGHT_QUOTE, isBlankCode } from '../engine/char-codes.ts';

/** A house number at a word boundary, followed by a word: where street addresses start. */
const HOUSE_NUMBER = /(?<![\p{L}\p{N}.,:/$#-])\d{1,6}[A-Za-z]?(?=[ \t]+[\p{L}#])/gu;
const WORD_ON_LINE =
  /[ \t]*(?:([\p{L}][\p{L}\p{M}'’.-]*|\d{1,4}(?:st|nd|rd|th)(?![\p{L}\p{N}]))|(\d{1,5}[A-Za-z]?)(?![\p{L}\p{N}])|(#))/uy;
const MILITARY_OR_BOX =
  /(?<![\p{L}\p{N}])(?:p\.?\s?o\.?\s?box|post office box|psc|cmr|unit)\s*\d{1,6}(?:,?\s*box\s*\d{1,6})?(?:\s*\n?\s*(?:apo|fpo|dpo)\s+(?:aa|ae|ap))?/giu;
const MAX_STREET_WORDS = 6;
const STATE_ZIP = /(?<![\p{L}\p{N}])([A-Za-z]{2})\.?,?[ \t]+(\d{5}(?:-\d{4})?)(?![\p{N}-])/gu;
const ZIP_AFTER_KEYWORD =
  /^(?:\s(?:is|was|of)\s|[\s:#=.-]{0,4})([A-Za-z0-9]{2,5}(?:[ -][A-Za-z0-9]{2,4})?)(?![\p{L}\p{N}])/u;

/**
 * Street addresses: a house number, street words and a street type ("1450 Oak Street") or a
 * trailing building number as written in much of Europe ("Koskikatu 25"), then an optional unit
 * and the city/state/country lines that follow. PO boxes and military addresses too.
 */
export function findStreetAddresses(context: ScanContext): void {
  const { text } = context;
  for (const match of matchesOf(HOUSE_NUMBER, text)) {
    const street = readStreet(context, match.index, match.index + match[0].length);
    if (!street) continue;
    // A second number before the house number on the same line belongs to it ("935 69 Gordon Terrace").
    const extra = /(?:^|[^\p{L}\p{N}.,:/$#-])(\d{1,6}[ \t]+)$/u.exec(
      context.text.slice(Math.max(0, match.index - 8), match.index),
    );
    const start = match.index - (extra?.[1]?.length ?? 0);
    addAddress(context, start, street.end, street.rule, street.confidence);
  }
  for (const match of matchesOf(MILITARY_OR_BOX, text)) {
    addAddress(context, match.index, match.index + match[0].length, 'address.box', 0.85);
  }
  findStreetThenNumber(context);
}

/** A postal code ending an address block, reported as its own ZIP_CODE finding. */
/** US ZIP(+4) and the postal code shapes of Canada, the UK, Poland, Sweden and most of Europe. */
const POSTAL_CODE = String.raw`\d{3,6}(?:-\d{3,4})?|\d{3} \d{2}|\d{2}-\d{3}|[A-Z]\d[A-Z] ?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}`;
const POSTAL_TAIL = new RegExp(String.raw`[\s,>]+(${POSTAL_CODE})$`, 'u');
/** A unit line under the street ("Suite 501", "Apt. 297"), as address blocks are laid out. */
const UNIT_LINE =
  /^[ \t]*\n[ \t>?]*(?:apt|apartment|suite|ste|unit|fl|floor|room|rm|bldg)\.?[ \t]*#?[ \t]*\d{1,6}[A-Za-z]?(?=[ \t]*(?:\n|,|$))/iu;

/**
 * Reports an address whose street part is [start, streetEnd): extends it over a unit line and
 * the locality lines below, and lets that layout add to the confidence (a street followed by
 * "Suite 501", a city and a postal code is an address even without a street type).
 */
function addAddress(
  context: ScanContext,
  start: number,
  streetEnd: number,
  rule: string,
  base: number,
): void {
  const { text } = context;
  const unit = UNIT_LINE.exec(text.slice(streetEnd, streetEnd + 40));
  const afterUnit = streetEnd + (unit ? unit[0].length : 0);
  let end = extendOverLocality(text, afterUnit);
  const postal = end > afterUnit ? POSTAL_TAIL.exec(text.slice(afterUnit, end)) : null;
  const lineStart = /(?:^|\n)[ \t>]*$/.test(text.slice(Math.max(0, start - 8), start));
  let confidence =
    base + (unit ? 0.2 : 0) + (postal ? 0.15 : 0) + (end > afterUnit && lineStart ? 0.1 : 0);
  if (postal?.[1]) {
    const zipEnd = end;
    end -= postal[0].length;
    confidence = Math.max(confidence, 0.5);
    context.add(
      'ZIP_CODE',
      zipEnd - postal[1].length,
      zipEnd,
      'zip.address',
      Math.min(0.9, confidence),
      'A postal code (ending an address)',
    );
  }
  const explanation =
    rule === 'address.box' ? 'A PO box or military mailing address' : 'A street address';
  context.add('STREET_ADDRESS', start, end, rule, confidence, explanation);
}

/**
 * Street names written before the building number, as in much of Europe and Latin America
 * ("Villacher Strasse 89", "Csabai kapu 39."): a street-type word, up to three words before it
 * on the line, then a number.
 */
/** A building number right after a word ("Strasse 89"): where street-first addresses end. */
const NUMBER_AFTER_WORD = /(?<=[\p{L}.][ \t]{1,3})\d{1,5}[A-Za-z]?(?![\p{L}\p{N}]|[.,]\d)/gu;
const CAPITALISED_WORD_BEFORE = /(?:^|[ \t])(\p{Lu}[\p{L}\p{M}'’.-]*)[ \t]+$/u;

function findStreetThenNumber(context: ScanContext): void {
  const { text } = context;
  for (const match of matchesOf(NUMBER_AFTER_WORD, text)) {
    // Look back a bounded distance on the same line: the street word, then up to three
    // capitalised words naming the street. Constant work per number keeps this linear.
    const wordStart = streetWordBefore(context, match.index);
    if (wordStart === -1) continue;
    const windowStart = Math.max(0, match.index - 80, text.lastIndexOf('\n', match.index) + 1);
    let start = wordStart;
    for (let words = 0; words < 3; words++) {
      const previous = CAPITALISED_WORD_BEFORE.exec(text.slice(windowStart, start));
      if (!previous?.[1]) break;
      start = windowStart + previous.index + previous[0].length - previous[0].trimStart().length;
    }
    const cue = ADDRESS_CUE.test(context.before(start, 40));
    const end = match.index + match[0].length;
    addAddress(context, start, end, 'address.street-first', 0.55 + (cue ? 0.3 : 0));
  }
}

/**
 * Where the street-type word right before a building number starts ("Strasse 89"), or -1: read
 * backwards over blanks, an optional dot and the word (letters, marks, apostrophes, hyphens).
 */
function streetWordBefore(context: ScanContext, numberStart: number): number {
  const { text, lower } = context;
  let end = numberStart;
  while (end > 0 && numberStart - end < 3) {
    if (!isBlankCode(text.charCodeAt(end - 1))) break;
    end--;
  }
  if (end === numberStart) return -1;
  if (text.charCodeAt(end - 1) === DOT) end--;
  let start = end;
  while (start > 0 && end - start < 40 && isStreetWordChar(text, start - 1)) start--;
  // The word must start with a letter (not an apostrophe, a hyphen or a mark).
  while (start < end && !isLetter(text[start])) start++;
  if (start === end || !isStreetWord(lower.slice(start, end))) return -1;
  return start;
}

function isStreetWordChar(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code === APOSTROPHE || code === RIGHT_QUOTE || code === HYPHEN) return true;
  if (code < 128) return isAsciiLetterCode(code);
  return isLetter(text[index]) || (code >= 0x300 && code <= 0x36f);
}

function isStreetWord(lower: string): boolean {
  return (
    STREET_SUFFIXES.has(lower) ||
    GLUED_SUFFIXES.some((s) => lower.length > s.length + 2 && lower.endsWith(s))
  );
}

interface Street {
  end: number;
  rule: string;
  confidence: number;
}

function readStreet(context: ScanContext, start: number, numberEnd: number): Street | undefined {
  const { text } = context;
  let position = numberEnd;
  let words = 0;
  let suffixEnd = -1;
  let trailingNumberEnd = -1;
  let unitEnd = -1;
  let pendingUnit = false;
  let closed = false;
  let onlyWord = '';
  for (let steps = 0; steps < MAX_STREET_WORDS + 4; steps++) {
    WORD_ON_LINE.lastIndex = position;
    const word = WORD_ON_LINE.exec(text);
    if (!word) break;
    const [, letters, digits, hash] = word;
    position = WORD_ON_LINE.lastIndex;
    if (letters) {
      const lower = letters.toLowerCase().replace(/\.$/, '');
      if (words === 0 && MEASURE_WORDS.has(lower)) return undefined;
      if (UNIT_WORDS.has(lower)) {
        if (words === 0) return undefined;
        pendingUnit = true;
        continue;
      }
      if (closed || ++words > MAX_STREET_WORDS || pendingUnit) break;
      if (isStreetWord(lower)) suffixEnd = position - (letters.endsWith('.') ? 1 : 0);
      if (words === 1) onlyWord = lower;
    } else if (digits !== undefined || hash !== undefined) {
      if (pendingUnit || hash !== undefined) {
        if (hash !== undefined) {
          pendingUnit = true;
          continue;
        }
        unitEnd = position;
        pendingUnit = false;
        continue;
      }
      if (words === 0 || closed) break;
      trailingNumberEnd = position;
      // "Puruntie 82": the street is complete; only a unit may follow ("Puruntie 82 Apt. 595").
      if (suffixEnd !== -1) closed = true;
    }
  }
  // "filled 30 ct": an abbreviated suffix alone names no street ("30 Oak Ct" does, and so does
  // "Via Tasso 129 street", read from its trailing number).
  const bareSuffix = words === 1 && onlyWord.length <= 3 && STREET_SUFFIXES.has(onlyWord);
  if (bareSuffix && trailingNumberEnd === -1 && unitEnd === -1) return undefined;
  // A unit alone ("12 apt 5") is no street.
  if (suffixEnd === -1 && trailingNumberEnd === -1) return undefined;
  const streetEnd = Math.max(suffixEnd, trailingNumberEnd, unitEnd);
  let confidence = 0.2;
  if (suffixEnd !== -1) confidence += 0.5;
  else if (trailingNumberEnd !== -1) confidence += 0.25;
  if (unitEnd !== -1) confidence += 0.2;
  // Looked for last: most numbers followed by words are no street, and they never get here.
  if (ADDRESS_CUE.test(context.before(start, 40))) confidence += 0.3;
  return {
    end: streetEnd,
    rule: suffixEnd !== -1 ? 'address.street' : 'address.numbered',
    confidence,
  };
}

/** One locality segment after a street: separator, then a few words (a city) or a postal code. */
const LOCALITY_SEGMENT = new RegExp(
  String.raw`^(?:[ \t]*,[ \t]*|[ \t]*\n(?:[ \t]*\n)?(?:[ \t]*(?:>|\?{3})[ \t]*)?[ \t]*(?:,[ \t]*)?|[ \t]+)([\p{L}\p{M}][\p{L}\p{M} .'’()-]{0,38}?(?:,?[ \t]+\d{3,6}(?:-\d{3,4})?)?|${POSTAL_CODE})(?=[ \t]*(?:[,\n?!]|\.(?:\s|$)|$))`,
  'u',
);
const ENDS_WITH_POSTAL_CODE = new RegExp(String.raw`(?:^|[\s,])(?:${POSTAL_CODE})$`, 'u');

/**
 * Extends an address over the locality that follows on the same or the next lines: up to three
 * short segments of words (city, state, country) and a postal code, stopping at labels
 * ("Phone:"), sentences or long lines.
 */
function extendOverLocality(text: string, end: number): number {
  let position = end;
  for (let segments = 0; segments < 4; segments++) {
    const rest = text.slice(position, position + 60);
    const segment = LOCALITY_SEGMENT.exec(rest);
    if (!segment?.[1] || /:/.test(segment[1]) || segment[1].trim().split(/\s+/).length > 5) break;
    // On the same line without a comma, only capitalised words (a city) or a code may follow.
    const sameLine = !/[,\n]/.test(segment[0].slice(0, segment[0].length - segment[1].length));
    if (sameLine && !segment[1].split(/\s+/).every((word) => /^[\p{Lu}\d]/u.test(word))) break;
    if (/^(?:and|or|but|the|i|we|it|is|for|to|in|on|at)\b/i.test(segment[1].trim())) break;
    // Across a blank line only a postal code (or a country and its code) continues the block.
    const separator = segment[0].slice(0, segment[0].length - segment[1].length);
    if (/\n[ \t>?]*\n/.test(separator) && !/\d/.test(segment[1])) break;
    position += segment[0].length;
    // A postal code ends an address block.
    if (ENDS_WITH_POSTAL_CODE.test(segment[1])) break;
  }
  return position;
}

/**
 * "pharmacies near 45202": a ZIP as a place, after a word of nearness and ending the phrase (a
 * count would go on: "near 10000 members").
 */
const ZIP_AFTER_PLACE_WORD =
  /(?<![a-z])(?:near|around|close to|nearby|miles of|miles from)[ \t]+(\d{5}(?:-\d{4})?)(?=[ \t]*(?:[.,;:!?)\n]|$))/gi;

/** ZIP codes: after a state abbreviation ("Springfield, IL 62704") or a ZIP keyword. */
export function findZipCodes(context: ScanContext): void {
  const { text } = context;
  for (const match of matchesOf(STATE_ZIP, text)) {
    const state = match[1] ?? '';
    const zip = match[2] ?? '';
    if (!US_STATES.has(state.toLowerCase()) || state[0] !== state[0]?.toUpperCase()) continue;
    const start = match.index + match[0].length - zip.length;
    context.add(
      'ZIP_CODE',
      start,
      start + zip.length,
      'zip.state',
      0.9,
      'A ZIP code (after a state)',
    );
  }
  for (const match of matchesOf(ZIP_AFTER_PLACE_WORD, text)) {
    const zip = match[1] ?? '';
    const start = match.index + match[0].length - zip.length;
    context.add('ZIP_CODE', start, start + zip.length, 'zip.near', 0.7, 'A ZIP code (a place)');
  }
  const { lower } = context;
  for (
    let at = lower.indexOf('zip'), seen = 0;
    at !== -1 && seen < 10_000;
    at = lower.indexOf('zip', at + 3), seen++
  ) {
    scanAfterKeyword(context, at);
  }
  for (
    let at = lower.indexOf('post'), seen = 0;
    at !== -1 && seen < 10_000;
    at = lower.indexOf('post', at + 4), seen++
  ) {
    scanAfterKeyword(context, at);
  }
}

function scanAfterKeyword(context: ScanContext, at: number): void {
  const window = context.lower.slice(Math.max(0, at - 1), at + 16);
  const keyword = /^[^a-z]?(zip(?: ?code)?|postal code|postcode|post code)/.exec(
    at === 0 ? ` ${window}` : window,
  );
  if (
    !keyword ||
    !mentions(context.lower.slice(Math.max(0, at - 1), at + keyword[0].length), ZIP_WORDS)
  )
    return;
  const from = at + keyword[0].length - 1;
  const value = ZIP_AFTER_KEYWORD.exec(context.text.slice(from, from + 20));
  if (!value?.[1] || !/\d/.test(value[1])) return;
  const start = from + value[0].length - value[1].length;
  context.add(
    'ZIP_CODE',
    start,
    start + value[1].length,
    'zip.keyword',
    0.9,
    'A postal code (after a ZIP keyword)',
  );
}
