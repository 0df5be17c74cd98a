/** Regex sources shared by the date recognizers (dates.ts, date-words.ts). */

/** English month names and their abbreviations, as one alternation (no groups). */
export const MONTH_PATTERN =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

/** Three-letter month abbreviations (with "sept"), as in "04MAR24". */
export const MONTH_ABBREVIATION = 'jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec';

const SPANISH_MONTHS = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
];
export const SPANISH_MONTH_PATTERN = `${SPANISH_MONTHS.join('|')}|setiembre`;

/** The month number of a Spanish month name ("abril" 4, "setiembre" 9), or undefined. */
export function spanishMonth(word: string): number | undefined {
  const lower = word.toLowerCase();
  if (lower === 'setiembre') return 9;
  const index = SPANISH_MONTHS.indexOf(lower);
  return index === -1 ? undefined : index + 1;
}
