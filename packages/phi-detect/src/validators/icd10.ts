import { isDigitCode } from './digits.ts';

/** Options of {@link isIcd10CmCode}. */
export interface Icd10Options {
  /**
   * Also accept codes longer than 3 characters written without the dot (`E119`, `S72001A`), as
   * claims and EDI files store them. Off by default: in free text a dotless 4-7 character
   * letter-digit run is far more often a part number or a reference than a diagnosis.
   */
  readonly allowDotless?: boolean;
}

function isUpperLetterCode(code: number): boolean {
  return code >= 65 && code <= 90;
}

function isUpperAlphanumericCode(code: number): boolean {
  return isUpperLetterCode(code) || isDigitCode(code);
}

/**
 * True when the first three characters of `candidate` are an ICD-10-CM category: a letter, a
 * digit, then a letter or digit (C4A, M1A and Z3A have a letter third). U is reserved by WHO for
 * provisional codes; ICD-10-CM uses only U07 (U07.0 vaping, U07.1 COVID-19) and U09 (U09.9 post
 * COVID-19 condition), so those two categories are accepted and every other U code rejected.
 */
function isCategory(candidate: string): boolean {
  const first = candidate.charCodeAt(0);
  if (!isUpperLetterCode(first)) return false;
  if (!isDigitCode(candidate.charCodeAt(1))) return false;
  const third = candidate.charCodeAt(2);
  if (!isUpperAlphanumericCode(third)) return false;
  if (first === 85 /* U */) {
    return candidate.charCodeAt(1) === 48 && (third === 55 || third === 57); // U07, U09
  }
  return true;
}

/**
 * True when `candidate` has the structure of an ICD-10-CM diagnosis code (CDC/NCHS ICD-10-CM
 * Official Guidelines, section I.A): a 3-character category (letter other than U, digit,
 * letter or digit; see above for U07/U09), optionally a dot and 1-4 more letters or digits
 * (subcategory characters 4-6 and the 7th character extension, where X is the placeholder:
 * `E11.9`, `S72.001A`, `T36.0X1A`). Upper case only, as CMS publishes codes. Without the dot,
 * only the bare category (`E11`) is accepted unless `options.allowDotless` is set, which allows
 * 4-7 characters. This checks the structure, not membership in the current code set.
 */
export function isIcd10CmCode(candidate: string, options?: Icd10Options): boolean {
  const length = candidate.length;
  if (length < 3 || length > 8 || !isCategory(candidate)) return false;
  if (length === 3) return true;
  let start: number;
  if (candidate.charCodeAt(3) === 46 /* . */) {
    if (length === 4) return false;
    start = 4;
  } else {
    if (options?.allowDotless !== true || length > 7) return false;
    start = 3;
  }
  for (let i = start; i < length; i++) {
    if (!isUpperAlphanumericCode(candidate.charCodeAt(i))) return false;
  }
  return true;
}
