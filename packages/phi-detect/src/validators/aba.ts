import { digitValue, digitsValue } from './digits.ts';

/** 3-7-1 weights of the ABA routing number check digit, repeated three times. */
const ABA_WEIGHTS: readonly number[] = [3, 7, 1, 3, 7, 1, 3, 7, 1];

/**
 * True when `candidate` is a well-formed ABA routing transit number (American Bankers
 * Association; Federal Reserve routing symbol): exactly 9 ASCII digits; the first two are a
 * valid prefix, 00 (U.S. government), 01-12 (Federal Reserve districts), 21-32 (thrifts), 61-72
 * (electronic/ACH) or 80 (traveler's cheques); the weighted sum with weights 3,7,1 repeated is a
 * multiple of 10; and not all zeros.
 */
export function isValidAbaRouting(candidate: string): boolean {
  if (candidate.length !== 9) return false;
  let sum = 0;
  let nonZero = false;
  for (let i = 0; i < 9; i++) {
    const d = digitValue(candidate.charCodeAt(i));
    if (d < 0) return false;
    if (d !== 0) nonZero = true;
    sum += d * (ABA_WEIGHTS[i] ?? 0);
  }
  if (!nonZero) return false;
  const prefix = digitsValue(candidate, 0, 2);
  const prefixOk =
    prefix <= 12 ||
    (prefix >= 21 && prefix <= 32) ||
    (prefix >= 61 && prefix <= 72) ||
    prefix === 80;
  return prefixOk && sum % 10 === 0;
}
