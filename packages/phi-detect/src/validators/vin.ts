import { digitValue, isAllSameChar, upperLetterCode } from './digits.ts';

/**
 * Transliteration values of the letters A-Z for the VIN check digit (49 CFR 565.15), indexed
 * by letter - 'A'; 0 marks I, O and Q, which never appear in a VIN.
 */
const VIN_LETTER_VALUES: readonly number[] = [
  1, 2, 3, 4, 5, 6, 7, 8, 0, 1, 2, 3, 4, 5, 0, 7, 0, 9, 2, 3, 4, 5, 6, 7, 8, 9,
];

/** Position weights of the 17 VIN characters (49 CFR 565.15); the check digit weighs 0. */
const VIN_WEIGHTS: readonly number[] = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

/**
 * True when `candidate` is a valid 17-character Vehicle Identification Number (ISO 3779;
 * 49 CFR part 565, the North American rule), case-insensitive: only digits and the letters
 * A-Z without I, O and Q; position 9 is the check digit, i.e. the weighted sum of the
 * transliterated characters mod 11, written X when it is 10. A VIN of one repeated character
 * (`11111111111111111`, which passes the check) is rejected as filler.
 */
export function isValidVin(candidate: string): boolean {
  if (candidate.length !== 17) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const c = candidate.charCodeAt(i);
    let value = digitValue(c);
    if (value < 0) {
      const letter = upperLetterCode(c);
      if (letter < 0) return false;
      value = VIN_LETTER_VALUES[letter - 65] ?? 0;
      if (value === 0) return false; // I, O, Q
    }
    sum += value * (VIN_WEIGHTS[i] ?? 0);
  }
  const expected = sum % 11;
  const check = candidate.charCodeAt(8);
  const checkOk =
    expected === 10 ? upperLetterCode(check) === 88 /* X */ : digitValue(check) === expected;
  return checkOk && !isAllSameChar(candidate.toUpperCase());
}
