import { digitValue, isAllSameChar } from './digits.ts';

const PLUS = 43;
const OPEN_PAREN = 40;
const CLOSE_PAREN = 41;
const SPACE = 32;
const DASH = 45;
const DOT = 46;
const DIGIT_1 = 49;
const DIGIT_9 = 57;

/** Formatting characters a phone number may contain besides digits, parentheses and `+`. */
function isPhoneSeparator(code: number): boolean {
  return code === SPACE || code === DASH || code === DOT;
}

/**
 * NANP NXX code rule shared by area codes and exchanges (ATIS-0300051, NANP Numbering Resource
 * Assignment Guidelines): the first digit is 2-9 (0 and 1 are operator and trunk prefixes) and
 * the code is not N11 (211, 311, ... 911 are service codes).
 */
function isNxx(digits: string, start: number): boolean {
  const n = digitValue(digits.charCodeAt(start));
  if (n < 2) return false;
  return !(digits.charCodeAt(start + 1) === DIGIT_1 && digits.charCodeAt(start + 2) === DIGIT_1);
}

/**
 * True when `candidate` is a dialable North American Numbering Plan number, as written in text:
 * `(212) 555-0142`, `212-555-0142`, `212.555.0142`, `2125550142`, `+1 212 555 0142`,
 * `1-212-555-0142`. Formatting: spaces, dashes and dots only between the country code, area
 * code, exchange and line number; one pair of parentheses around the area code; a `+` only
 * before the country code 1. Digits: 10, or 11 starting with the country code 1.
 *
 * NANP rules (ATIS-0300051; NANPA): the area code is NXX with N = 2-9, its second digit is not
 * 9 (N9X codes are reserved for expansion) and it is not N11 (service codes such as 211, 911);
 * the exchange is NXX with N = 2-9 and not N11. Numbers of one repeated digit are rejected as
 * filler. The 555-01XX fictional range is accepted: it is well-formed.
 */
export function isValidNanpNumber(candidate: string): boolean {
  if (candidate.length < 10 || candidate.length > 24) return false;
  let digits = '';
  let plus = false;
  // Bit k set when formatting appears after k digits; checked against the group boundaries.
  let separatorsAt = 0;
  let openAt = -1;
  let closeAt = -1;
  for (let i = 0; i < candidate.length; i++) {
    const c = candidate.charCodeAt(i);
    if (digitValue(c) >= 0) {
      if (digits.length === 11) return false;
      digits += candidate.charAt(i);
    } else if (c === PLUS) {
      if (i !== 0) return false;
      plus = true;
    } else if (c === OPEN_PAREN) {
      if (openAt >= 0) return false;
      openAt = digits.length;
    } else if (c === CLOSE_PAREN) {
      if (openAt < 0 || closeAt >= 0) return false;
      closeAt = digits.length;
    } else if (isPhoneSeparator(c)) {
      separatorsAt |= 1 << digits.length;
    } else {
      return false;
    }
  }
  let offset: number;
  if (digits.length === 10 && !plus) offset = 0;
  else if (digits.length === 11 && digits.charCodeAt(0) === DIGIT_1) offset = 1;
  else return false;
  const allowed = (1 << offset) | (1 << (offset + 3)) | (1 << (offset + 6));
  if ((separatorsAt & ~allowed) !== 0) return false;
  if (openAt >= 0 && (openAt !== offset || closeAt !== offset + 3)) return false;
  if (openAt < 0 && closeAt >= 0) return false;

  const national = offset === 0 ? digits : digits.slice(1);
  if (!isNxx(national, 0) || national.charCodeAt(1) === DIGIT_9) return false;
  if (!isNxx(national, 3)) return false;
  return !isAllSameChar(national);
}

/**
 * True when `candidate` is plausibly an international number in E.164 form (ITU-T E.164):
 * a `+`, then 8-15 digits in total (country code included), optionally grouped with spaces,
 * dashes, dots or one pair of parentheses (e.g. `+44 20 7946 0018`, `+44 (0)20 7946 0018`).
 * Country codes never start with 0 (ITU-T E.164 Annex), a number of one repeated digit is
 * filler, and a `+1` number must also be a valid NANP number (see {@link isValidNanpNumber}).
 */
export function isPlausibleInternationalNumber(candidate: string): boolean {
  if (candidate.length < 9 || candidate.length > 30) return false;
  if (candidate.charCodeAt(0) !== PLUS) return false;
  const first = digitValue(candidate.charCodeAt(1));
  if (first < 1) return false;
  if (first === 1) return isValidNanpNumber(candidate);
  let digits = '';
  let open = false;
  let pairs = 0;
  let previousWasSeparator = false;
  for (let i = 1; i < candidate.length; i++) {
    const c = candidate.charCodeAt(i);
    if (digitValue(c) >= 0) {
      digits += candidate.charAt(i);
      previousWasSeparator = false;
      continue;
    }
    if (c === OPEN_PAREN) {
      if (open || pairs > 0) return false;
      open = true;
    } else if (c === CLOSE_PAREN) {
      if (!open) return false;
      open = false;
      pairs++;
    } else if (isPhoneSeparator(c)) {
      if (previousWasSeparator) return false;
      previousWasSeparator = true;
      continue;
    } else {
      return false;
    }
    previousWasSeparator = false;
  }
  if (open || previousWasSeparator) return false;
  if (digits.length < 8 || digits.length > 15) return false;
  return !isAllSameChar(digits);
}
