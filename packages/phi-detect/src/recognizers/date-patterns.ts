/** Regex sources shared by the date recognizers (dates.ts, date-words.ts). */

/** English month names and their abbreviations, as one alternation (no groups). */
export const MONTH_PATTERN =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
