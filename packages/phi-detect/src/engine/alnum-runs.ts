/**
 * Maximal runs of ASCII letters and digits, found once per scan and shared by the recognizers of
 * codes (VIN, DEA, MBI, IBAN, ...). Trying those rules only where a run holds a digit replaces
 * a regex per rule over every position of the text with one loop over it.
 */
import { isAsciiLetterCode, isDigitCode } from '../validators/digits.ts';

export interface AlnumRuns {
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  /** How many digits each run holds. */
  readonly digits: readonly number[];
}

export function findAlnumRuns(text: string): AlnumRuns {
  const starts: number[] = [];
  const ends: number[] = [];
  const digits: number[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    let code = text.charCodeAt(i);
    if (!isDigitCode(code) && !isAsciiLetterCode(code)) {
      i++;
      continue;
    }
    starts.push(i);
    let digitCount = 0;
    do {
      if (isDigitCode(code)) digitCount++;
      i++;
      code = text.charCodeAt(i);
    } while (i < length && (isDigitCode(code) || isAsciiLetterCode(code)));
    ends.push(i);
    digits.push(digitCount);
  }
  return { starts, ends, digits };
}
