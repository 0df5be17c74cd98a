import { digitValue, upperLetterCode } from './digits.ts';

/**
 * IBAN length per country (ISO 13616; SWIFT IBAN Registry, release 2024): every country that
 * uses the IBAN, as ISO 3166-1 alpha-2 code followed by the length.
 */
const IBAN_LENGTH_TABLE =
  'AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DK18 DO28 ' +
  'EE20 EG29 ES24 FI18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IQ23 IS26 ' +
  'IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MR27 MT31 MU30 ' +
  'NL18 NO15 PK24 PL28 PS29 PT25 QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 ST25 ' +
  'SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20';

/** {@link IBAN_LENGTH_TABLE} as a map, built once when the module loads. */
const IBAN_LENGTHS: ReadonlyMap<string, number> = new Map(
  IBAN_LENGTH_TABLE.split(' ').map((entry): [string, number] => [
    entry.slice(0, 2),
    Number(entry.slice(2)),
  ]),
);

/** The longest IBAN (Russia, 33) plus the spaces of its print form. */
const MAX_PRINTED_LENGTH = 33 + 8;

/**
 * Removes the print-form spacing of an IBAN (ISO 13616-1: groups of four separated by one
 * space, the last group may be shorter) and upper-cases it. Returns undefined when the spacing
 * is anything else, or a character is not an ASCII letter or digit.
 */
function compactIban(candidate: string): string | undefined {
  let out = '';
  let groupLength = 0;
  let spaced = false;
  for (let i = 0; i < candidate.length; i++) {
    const c = candidate.charCodeAt(i);
    if (c === 32) {
      if (groupLength !== 4) return undefined;
      spaced = true;
      groupLength = 0;
      continue;
    }
    const letter = upperLetterCode(c);
    if (letter >= 0) out += String.fromCharCode(letter);
    else if (digitValue(c) >= 0) out += candidate.charAt(i);
    else return undefined;
    groupLength++;
    if (spaced && groupLength > 4) return undefined;
  }
  return groupLength === 0 ? undefined : out;
}

/**
 * The ISO 7064 MOD 97-10 remainder of an upper-case alphanumeric string with letters read as
 * two digits (A = 10 ... Z = 35), computed one character at a time so no big integer is needed.
 */
function mod97(s: string, start: number, end: number, remainder: number): number {
  let r = remainder;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    const d = digitValue(c);
    r = d >= 0 ? (r * 10 + d) % 97 : (r * 100 + (c - 55)) % 97;
  }
  return r;
}

/**
 * True when `candidate` is a valid International Bank Account Number (ISO 13616-1:2020):
 * electronic form (`GB82WEST12345698765432`) or print form in groups of four separated by
 * single spaces (`GB82 WEST 1234 5698 7654 32`), letters in either case. The country code must
 * be one that issues IBANs and the length must be that country's (table above); the check
 * digits are 02-98; and moving the first four characters to the end, reading letters as 10-35,
 * the number mod 97 is 1 (ISO/IEC 7064 MOD 97-10). The national BBAN format is not checked.
 */
export function isValidIban(candidate: string): boolean {
  if (candidate.length < 15 || candidate.length > MAX_PRINTED_LENGTH) return false;
  const iban = compactIban(candidate);
  if (iban === undefined) return false;
  if (IBAN_LENGTHS.get(iban.slice(0, 2)) !== iban.length) return false;
  const check0 = digitValue(iban.charCodeAt(2));
  const check1 = digitValue(iban.charCodeAt(3));
  if (check0 < 0 || check1 < 0) return false;
  const check = check0 * 10 + check1;
  if (check < 2 || check > 98) return false;
  return mod97(iban, 0, 4, mod97(iban, 4, iban.length, 0)) === 1;
}
