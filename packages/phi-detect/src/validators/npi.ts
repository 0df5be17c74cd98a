import { isAllDigits } from './digits.ts';
import { luhnValid } from './luhn.ts';

/**
 * True when `candidate` is a well-formed National Provider Identifier: exactly 10 ASCII digits,
 * starting with 1 or 2 (the only first digits CMS assigns), whose last digit is the Luhn check
 * digit computed over the number prefixed with 80840 (45 CFR 162.406; CMS "Requirements for NPI
 * check digit": 80 is the ISO 7812 health industry prefix and 840 the United States).
 */
export function isValidNpi(candidate: string): boolean {
  if (candidate.length !== 10 || !isAllDigits(candidate)) return false;
  const first = candidate.charCodeAt(0);
  if (first !== 49 /* 1 */ && first !== 50 /* 2 */) return false;
  return luhnValid('80840' + candidate);
}
