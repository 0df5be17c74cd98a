import type { ScanContext } from '../engine/scan-context.ts';
import { ZIP_WORDS, mentions } from '../context/keywords.ts';
import {
  ADDRESS_CUE,
  GLUED_SUFFIXES,
  STREET_SUFFIXES,
  UNIT_WORDS,
  US_STATES,
} from './street-words.ts';

/** A house number at a word boundary, followed by a word: where street addresses start. */
const HOUSE_NUMBER = /(?<![\p{L}\p{N}.,:/$#-])\d{1,6}[A-Za-z]?(?=[ \t]+[\p{L}#])/gu;
const WORD_ON_LINE =
  /[ \t]*(?:([\p{L}][\p{L}\p{M}'’.-]*)|(\d{1,5}[A-Za-z]?)(?![\p{L}\p{N}])|(#))/uy;
const MILITARY_OR_BOX =
  /(?<![\p{L}\p{N}])(?:p\.?\s?o\.?\s?box|post office box|psc|cmr|unit)\s*\d{1,6}(?:,?\s*box\s*\d{1,6})?(?:\s*\n?\s*(?:apo|fpo|dpo)\s+(?:aa|ae|ap))?/giu;
const MAX_STREET_WORDS = 6;
const STATE_ZIP = /(?<![\p{L}\p{N}])([A-Za-z]{2})\.?,?[ \t]+(\d{5}(?:-\d{4})?)(?![\p{N}-])/gu;
const ZIP_AFTER_KEYWORD =
  /^[\s:#=.-]{0,4}([A-Za-z0-9]{2,5}(?:[ -][A-Za-z0-9]{2,4})?)(?![\p{L}\p{N}])/u;

/**
 * Street addresses: a house number, street words and a street type ("1450 Oak Street") or a
 * trailing building number as written in much of Europe ("Koskikatu 25"), then an optional unit
 * and the city/state/country lines that follow. PO boxes and military addresses too.
 */
export function findStreetAddresses(context: ScanContext): void {
  const { text } = context;
  for (const match of text.matchAll(HOUSE_NUMBER)) {
    const street = readStreet(context, match.index, match.index + match[0].length);
    if (street) addAddress(context, match.index, street.end, street.rule, street.confidence);
  }
  for (const match of text.matchAll(MILITARY_OR_BOX)) {
    addAddress(context, match.index, match.index + match[0].length, 'address.box', 0.85);
  }
}

/** POSTAL_TAIL: a postal code ending an address block, reported as its own ZIP_CODE finding. */
const POSTAL_TAIL = /[\s,]+(\d{3,6}(?:-\d{3,4})?|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})$/u;

function addAddress(
  context: ScanContext,
  start: number,
  streetEnd: number,
  rule: string,
  confidence: number,
): void {
  let end = extendOverLocality(context.text, streetEnd);
  const postal = end > streetEnd ? POSTAL_TAIL.exec(context.text.slice(streetEnd, end)) : null;
  if (postal?.[1]) {
    const zipEnd = end;
    end -= postal[0].length;
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
  for (let steps = 0; steps < MAX_STREET_WORDS + 4; steps++) {
    WORD_ON_LINE.lastIndex = position;
    const word = WORD_ON_LINE.exec(text);
    if (!word) break;
    const [, letters, digits, hash] = word;
    position = WORD_ON_LINE.lastIndex;
    if (letters) {
      const lower = letters.toLowerCase().replace(/\.$/, '');
      if (UNIT_WORDS.has(lower)) {
        if (words === 0) return undefined;
        pendingUnit = true;
        continue;
      }
      if (++words > MAX_STREET_WORDS || pendingUnit) break;
      if (
        STREET_SUFFIXES.has(lower) ||
        GLUED_SUFFIXES.some((s) => lower.length > s.length + 2 && lower.endsWith(s))
      ) {
        suffixEnd = position - (letters.endsWith('.') ? 1 : 0);
      }
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
      if (words === 0) break;
      trailingNumberEnd = position;
      if (suffixEnd !== -1) break;
    }
  }
  const cue = ADDRESS_CUE.test(context.before(start, 40));
  const streetEnd = Math.max(suffixEnd, trailingNumberEnd, unitEnd);
  if (streetEnd === -1) return undefined;
  let confidence = 0.2;
  if (suffixEnd !== -1) confidence += 0.5;
  else if (trailingNumberEnd !== -1) confidence += 0.25;
  if (unitEnd !== -1) confidence += 0.2;
  if (cue) confidence += 0.3;
  if (suffixEnd === -1 && trailingNumberEnd === -1) return undefined;
  return {
    end: streetEnd,
    rule: suffixEnd !== -1 ? 'address.street' : 'address.numbered',
    confidence,
  };
}

/**
 * Extends an address over the locality that follows on the same or the next lines: up to three
 * short segments of words (city, state, country) and a postal code, stopping at labels
 * ("Phone:"), sentences or long lines.
 */
function extendOverLocality(text: string, end: number): number {
  let position = end;
  for (let segments = 0; segments < 4; segments++) {
    const rest = text.slice(position, position + 60);
    const segment =
      /^(?:[ \t]*,[ \t]*|[ \t]*\n[ \t]*(?:,[ \t]*)?|[ \t]+)([\p{L}\p{M}][\p{L}\p{M} .'’()-]{0,38}?(?:,?[ \t]+\d{3,6}(?:-\d{3,4})?)?|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|\d{4,6}(?:-\d{3,4})?)(?=[ \t]*(?:[,\n?!]|\.(?:\s|$)|$))/u.exec(
        rest,
      );
    if (!segment?.[1] || /:/.test(segment[1]) || segment[1].trim().split(/\s+/).length > 5) break;
    // On the same line without a comma, only capitalised words (a city) or a code may follow.
    const sameLine = !/[,\n]/.test(segment[0].slice(0, segment[0].length - segment[1].length));
    if (sameLine && !segment[1].split(/\s+/).every((word) => /^[\p{Lu}\d]/u.test(word))) break;
    if (/^(?:and|or|but|the|i|we|it|is|for|to|in|on|at)\b/i.test(segment[1].trim())) break;
    position += segment[0].length;
  }
  return position;
}

/** ZIP codes: after a state abbreviation ("Springfield, IL 62704") or a ZIP keyword. */
export function findZipCodes(context: ScanContext): void {
  const { text } = context;
  for (const match of text.matchAll(STATE_ZIP)) {
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
