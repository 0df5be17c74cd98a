import { digitValue, upperLetterCode } from './digits.ts';

/**
 * Letters an MBI may contain: A-Z without S, L, O, I, B, Z, which CMS excludes because they are
 * easily confused with digits (5, 1, 0, 1, 8, 2).
 */
function isMbiLetter(code: number): boolean {
  const upper = upperLetterCode(code);
  if (upper < 0) return false;
  // S L O I B Z
  return (
    upper !== 83 && upper !== 76 && upper !== 79 && upper !== 73 && upper !== 66 && upper !== 90
  );
}

/**
 * The kind of each of the 11 MBI positions, per the CMS MBI format specification: N = digit 1-9,
 * D = digit 0-9, L = MBI letter, A = MBI letter or digit.
 */
const MBI_LAYOUT = 'NLADLADLLDD';

/**
 * True when `candidate` is a well-formed Medicare Beneficiary Identifier (CMS "MBI format
 * specifications", 2018): 11 characters, or 13 in the printed 4-3-4 dashed form
 * `1EG4-TE5-MK73`, case-insensitive. Position 1 is a digit 1-9; positions 2, 5, 8 and 9 are
 * letters; positions 3 and 6 are a letter or digit; positions 4, 7, 10 and 11 are digits 0-9.
 * Letters never include S, L, O, I, B or Z. The MBI has no check digit.
 */
export function isValidMbi(candidate: string): boolean {
  let dashed: boolean;
  if (candidate.length === 11) {
    dashed = false;
  } else if (candidate.length === 13) {
    if (candidate.charCodeAt(4) !== 45 || candidate.charCodeAt(8) !== 45) return false;
    dashed = true;
  } else {
    return false;
  }
  for (let p = 0; p < 11; p++) {
    // In the dashed form, skip the dashes after the 4th and 7th characters.
    const index = dashed ? p + (p >= 4 ? 1 : 0) + (p >= 7 ? 1 : 0) : p;
    const code = candidate.charCodeAt(index);
    const d = digitValue(code);
    switch (MBI_LAYOUT.charAt(p)) {
      case 'N':
        if (d < 1) return false;
        break;
      case 'D':
        if (d < 0) return false;
        break;
      case 'L':
        if (!isMbiLetter(code)) return false;
        break;
      case 'A':
        if (d < 0 && !isMbiLetter(code)) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}
