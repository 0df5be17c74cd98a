import { digitValue, digitsValue, isAllSameChar } from './digits.ts';

/**
 * True when `digits` (ASCII digits only, at least two) passes the Luhn mod-10 check of
 * ISO/IEC 7812-1 Annex B: doubling every second digit from the right, the digit sum is a
 * multiple of 10. Any other character, or fewer than two digits, gives false.
 */
export function luhnValid(digits: string): boolean {
  if (digits.length < 2) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digitValue(digits.charCodeAt(i));
    if (d < 0) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/**
 * Removes the grouping from a card number: either no separators, or one kind (space or dash),
 * single, between groups, in a layout cards are printed in: groups of 4 with a last group of
 * 1-4 (13, 16 and 19 digit cards), or 4-6-5 (Amex) / 4-6-4 (Diners). Returns undefined when the
 * grouping is inconsistent (mixed separators, doubled or leading/trailing ones, odd groups).
 */
function stripCardGrouping(candidate: string): string | undefined {
  let sep = -1;
  let digits = '';
  const groups: number[] = [];
  let groupLength = 0;
  for (let i = 0; i < candidate.length; i++) {
    const c = candidate.charCodeAt(i);
    if (digitValue(c) >= 0) {
      digits += candidate.charAt(i);
      groupLength++;
      continue;
    }
    if (c !== 32 && c !== 45) return undefined;
    if (sep === -1) sep = c;
    else if (c !== sep) return undefined;
    if (groupLength === 0) return undefined;
    groups.push(groupLength);
    groupLength = 0;
    if (groups.length > 5) return undefined;
  }
  if (groupLength === 0) return undefined;
  if (groups.length === 0) return digits;
  groups.push(groupLength);
  if (groups.length === 3 && groups[0] === 4 && groups[1] === 6) {
    return groups[2] === 5 || groups[2] === 4 ? digits : undefined;
  }
  for (let g = 0; g < groups.length - 1; g++) {
    if (groups[g] !== 4) return undefined;
  }
  return groupLength <= 4 ? digits : undefined;
}

/**
 * True when the IIN (issuer identification number, ISO/IEC 7812-1) prefix belongs to a major
 * card network: Visa 4; Mastercard 51-55 and 2221-2720; Amex 34/37 (15 digits only); Discover
 * 6011, 644-649, 65; JCB 3528-3589; Diners 300-305, 36, 38-39; UnionPay 62; Maestro 50, 56-69.
 */
function hasKnownIin(digits: string): boolean {
  const first = digitValue(digits.charCodeAt(0));
  const two = digitsValue(digits, 0, 2);
  switch (first) {
    case 4:
      return true; // Visa
    case 5:
      return true; // Maestro 50, Mastercard 51-55, Maestro 56-59
    case 6:
      return true; // Discover 6011/644-649/65, UnionPay 62, Maestro 60-69
    case 2: {
      const four = digitsValue(digits, 0, 4);
      return four >= 2221 && four <= 2720; // Mastercard 2-series
    }
    case 3: {
      if (two === 34 || two === 37) return digits.length === 15; // Amex
      if (two === 36 || two === 38 || two === 39) return true; // Diners
      const three = digitsValue(digits, 0, 3);
      if (three >= 300 && three <= 305) return true; // Diners Carte Blanche
      const four = digitsValue(digits, 0, 4);
      return four >= 3528 && four <= 3589; // JCB
    }
    default:
      return false;
  }
}

/**
 * True when `candidate` looks like a real payment card number: digits optionally grouped with
 * spaces or dashes (consistently), 13-19 digits (ISO/IEC 7812-1 PAN length), a Luhn check digit
 * (ISO/IEC 7812-1 Annex B), an IIN prefix of a major network (see above; Amex must be 15
 * digits), and not a single repeated digit (a filler value, not a card).
 */
export function isValidCardNumber(candidate: string): boolean {
  if (candidate.length < 13 || candidate.length > 23) return false;
  const digits = stripCardGrouping(candidate);
  if (digits === undefined || digits.length < 13 || digits.length > 19) return false;
  if (isAllSameChar(digits)) return false;
  return hasKnownIin(digits) && luhnValid(digits);
}
