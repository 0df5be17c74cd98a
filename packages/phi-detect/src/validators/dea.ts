import { digitValue, upperLetterCode } from './digits.ts';

/**
 * DEA registrant type letters (first character) in use: A/B/F/G (practitioners, hospitals,
 * pharmacies), C/D/E/H/J/K/L/M/P/R/S/T/U/X (mid-level practitioners, distributors, researchers,
 * narcotic treatment programs, importers/exporters...), as upper-case letter codes.
 */
const REGISTRANT_TYPES: ReadonlySet<number> = new Set(
  Array.from('ABCDEFGHJKLMPRSTUX', (ch) => ch.charCodeAt(0)),
);

/**
 * True when `candidate` is a well-formed DEA registration number (DEA Diversion Control
 * registration number format; registrations under 21 CFR 1301): two letters then seven
 * digits, case-insensitive. The first letter is a registrant type (A B C D E F G H J K L M P
 * R S T U X); the second is the first letter of the registrant's last name or business (A-Z)
 * or 9 for some business registrants. Check digit: (d1 + d3 + d5) + 2 * (d2 + d4 + d6), and
 * the last digit of that sum equals d7.
 */
export function isValidDea(candidate: string): boolean {
  if (candidate.length !== 9) return false;
  const type = upperLetterCode(candidate.charCodeAt(0));
  if (!REGISTRANT_TYPES.has(type)) return false;
  const second = candidate.charCodeAt(1);
  if (upperLetterCode(second) < 0 && second !== 57 /* 9 */) return false;
  let odd = 0;
  let even = 0;
  for (let i = 0; i < 6; i++) {
    const d = digitValue(candidate.charCodeAt(2 + i));
    if (d < 0) return false;
    if (i % 2 === 0) odd += d;
    else even += d;
  }
  const check = digitValue(candidate.charCodeAt(8));
  if (check < 0) return false;
  return (odd + 2 * even) % 10 === check;
}
