/**
 * Character tests on UTF-16 code units and a length-preserving lowercase. Recognizers index the
 * lowercased text with the original offsets, so lowercasing must never change the length
 * (String.prototype.toLowerCase does for a few characters, e.g. U+0130).
 */
import { isAsciiLetterCode, isDigitCode } from '../validators/digits.ts';

// The ASCII tests live with the validators (which import nothing else); re-exported for the engine.
export { isAsciiLetterCode, isDigitCode };
export function lowercasePreservingLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const char of text) {
    const folded = char.toLowerCase();
    out += folded.length === char.length ? folded : char;
  }
  return out;
}

/** Letters of any script (the name and address rules see "Sedláčková" and "Þorsteinsgata"). */
export function isLetter(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  if (code < 128) return isAsciiLetterCode(code);
  return char.toLowerCase() !== char.toUpperCase() || /\p{L}/u.test(char);
}

export function isAlnumAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  return isDigitCode(code) || isAsciiLetterCode(code) || (code >= 128 && isLetter(text[index]));
}
