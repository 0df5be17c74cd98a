import { NON_PHI_REFERENCE_WORDS, PHONE_WORDS, mentions } from '../context/keywords.ts';
import type { ScanContext } from '../engine/scan-context.ts';
import { isPlausibleInternationalNumber, isValidNanpNumber } from '../validators/index.ts';
import { matchesOf } from '../engine/matches.ts';

const EXTENSION = String.raw`(?:\s?(?:x|ext\.?|extension)\s?\d{1,6})?`;
/** North American numbers: (212) 555-0142, 212.555.0142, +1 212 555 0142, 1-212-555-0142. */
const NANP = new RegExp(
  String.raw`(?<![\w+])(?:\+?1[ .-]?)?(?:\(\d{3}\)[ .-]?|\d{3}[ .-])\d{3}[ .-]\d{4}${EXTENSION}(?!\d|[.-]\d)`,
  'gi',
);
/** International numbers written with a leading +: +46 (0)8 928 571 38, +447700 921 916. */
const INTERNATIONAL =
  /(?<![\w+])\+\d{1,3}(?:[ .-]?\(0?\d{0,4}\))?(?:[ .-]?\d{1,5}){1,6}(?!\d|[.-]\d)/g;
/** Digit groups as phones are written around the world: 0490 75 40 81, 03.93.92.16.85, (37) 788-063. */
const GROUPED = new RegExp(
  String.raw`(?<![\w.+/-])(?:\(\d{2,4}\)\s?)?\d{2,5}(?:[ .-]\d{2,8}){1,5}${EXTENSION}(?!\d|[.,-]\d|[/:])`,
  'gi',
);
const BARE_TEN = /(?<![\w.+-])1?\d{10}(?!\d|[.-]\d)/g;
/** A phone label right after the number: "555-0142 (cell)", "21 253 109 8211-Office". */
const LABEL_AFTER = /^\s?[-(]?\s?(?:office|fax|mobile|cell|home|work|desk|phone|tel|direct)\b/;

/**
 * Telephone and fax numbers. NANP numbers that pass the numbering-plan rules are confident on
 * their own; other digit groupings need a phone word before or a phone label after.
 */
export function findPhoneNumbers(context: ScanContext): void {
  const { text } = context;
  const hasPhoneContext = (start: number, end: number): boolean =>
    mentions(context.before(start, 40), PHONE_WORDS) || LABEL_AFTER.test(context.after(end, 12));
  const isReference = (start: number): boolean =>
    mentions(context.before(start, 24), NON_PHI_REFERENCE_WORDS) ||
    /[$€£]\s?$/.test(context.before(start, 2));

  for (const match of matchesOf(NANP, text)) {
    const start = match.index;
    const end = start + match[0].length;
    const valid = isValidNanpNumber(match[0].replace(/\s?(?:x|ext\.?|extension)\s?\d+$/i, ''));
    const context_ = hasPhoneContext(start, end);
    const confidence =
      (valid ? 0.9 : 0.55) + (context_ ? 0.08 : 0) - (isReference(start) ? 0.5 : 0);
    context.add(
      'PHONE',
      start,
      end,
      valid ? 'phone.nanp' : 'phone.shape',
      confidence,
      'A telephone number',
    );
  }
  for (const match of matchesOf(INTERNATIONAL, text)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!isPlausibleInternationalNumber(match[0])) continue;
    context.add(
      'PHONE',
      start,
      end,
      'phone.international',
      0.88,
      'An international telephone number',
    );
  }
  for (const match of matchesOf(GROUPED, text)) {
    const start = match.index;
    const end = start + match[0].length;
    const digits = match[0].replace(/\D/g, '').length;
    if (digits < 7 || digits > 13) continue;
    const phoneContext = hasPhoneContext(start, end);
    let confidence = phoneContext ? 0.8 : digits >= 9 && /[ .]/.test(match[0]) ? 0.45 : 0.3;
    if (isReference(start)) confidence -= 0.5;
    context.add(
      'PHONE',
      start,
      end,
      'phone.grouped',
      confidence,
      'A telephone number (digit groups near a phone word)',
    );
  }
  for (const match of matchesOf(BARE_TEN, text)) {
    const start = match.index;
    const end = start + match[0].length;
    if (isReference(start)) continue;
    const valid = isValidNanpNumber(match[0]);
    // Ten bare digits that pass the numbering-plan rules are a phone more often than not.
    if (!hasPhoneContext(start, end)) {
      if (valid) context.add('PHONE', start, end, 'phone.bare', 0.5, 'A telephone number');
      continue;
    }
    context.add(
      'PHONE',
      start,
      end,
      'phone.bare',
      valid ? 0.85 : 0.6,
      'A telephone number (after a phone word)',
    );
  }
}
