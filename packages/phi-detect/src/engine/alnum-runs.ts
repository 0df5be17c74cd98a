/**
 * Maximal runs of ASCII letters and digits. The recognizers of codes (VIN, DEA, MBI, IBAN, ...)
 * try their patterns only where such a run starts and holds a digit: one loop over the text
 * instead of a regex per rule over every position of it.
 */
import { isAsciiLetterCode, isDigitCode } from '../validators/digits.ts';

/** Calls `visit(start, end, digits)` for each run, in order; nothing is stored. */
export function forEachAlnumRun(
  text: string,
  visit: (start: number, end: number, digits: number) => void,
): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    let code = text.charCodeAt(i);
    if (!isDigitCode(code) && !isAsciiLetterCode(code)) {
      i++;
      continue;
    }
    const start = i;
    let digits = 0;
    do {
      if (isDigitCode(code)) digits++;
      i++;
      code = text.charCodeAt(i);
    } while (i < length && (isDigitCode(code) || isAsciiLetterCode(code)));
    visit(start, i, digits);
  }
}
