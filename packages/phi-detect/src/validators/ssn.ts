import { digitsValue, isAllSameChar, isDigitCode } from './digits.ts';

const DASH = 45;
const SPACE = 32;

/**
 * Numbers that are structurally valid but were never issued to a person: 078-05-1120 was printed
 * on a sample card inside Woolworth wallets in 1938 and used by thousands of people, and
 * 219-09-9999 appeared on an SSA advertising pamphlet; SSA voided both. 123-45-6789 is the
 * ubiquitous form and documentation placeholder. Flagging them would only produce noise.
 */
const KNOWN_INVALID_SSNS: ReadonlySet<string> = new Set(['078051120', '219099999', '123456789']);

/**
 * True when `candidate` is a U.S. Social Security number that could have been issued, in one of
 * the forms `123-45-6789`, `123 45 6789` or `123456789` (the two separators must be the same).
 *
 * Rules (SSA, "Social Security Number Randomization", 2011, which kept these exclusions): the
 * area (first three digits) is never 000, 666 or 900-999 (9xx is the ITIN range); the group
 * (middle two) is never 00; the serial (last four) is never 0000. Also rejected: the voided
 * advertising and sample numbers 078-05-1120 and 219-09-9999, the placeholder 123-45-6789, and
 * numbers made of a single repeated digit (111-11-1111...), which are test or filler values,
 * not SSNs.
 */
export function isValidSsn(candidate: string): boolean {
  let digits: string;
  if (candidate.length === 9) {
    digits = candidate;
  } else if (candidate.length === 11) {
    const sep = candidate.charCodeAt(3);
    if ((sep !== DASH && sep !== SPACE) || candidate.charCodeAt(6) !== sep) return false;
    digits = candidate.slice(0, 3) + candidate.slice(4, 6) + candidate.slice(7);
  } else {
    return false;
  }
  for (let i = 0; i < 9; i++) {
    if (!isDigitCode(digits.charCodeAt(i))) return false;
  }
  const area = digitsValue(digits, 0, 3);
  const group = digitsValue(digits, 3, 2);
  const serial = digitsValue(digits, 5, 4);
  if (area === 0 || area === 666 || area >= 900) return false;
  if (group === 0 || serial === 0) return false;
  if (isAllSameChar(digits)) return false;
  return !KNOWN_INVALID_SSNS.has(digits);
}
