import { digitValue } from './digits.ts';

/** Options of {@link isNdcCode}. */
export interface NdcOptions {
  /**
   * Also accept the 11-digit billing form without dashes (`12345678901`), as HIPAA claims carry
   * it. Off by default: any 11-digit number would match.
   */
  readonly allowUndashed?: boolean;
}

/**
 * True when `candidate` is a National Drug Code as written on labels and claims (FDA,
 * 21 CFR 207.33; CMS 11-digit 5-4-2 billing format): labeler-product-package digit groups
 * separated by dashes in one of the 10-digit layouts 4-4-2, 5-3-2 or 5-4-1, or the 11-digit
 * 5-4-2 billing layout. The undashed 11-digit form is accepted only with
 * `options.allowUndashed` (undashed 10-digit codes are ambiguous between layouts and rejected).
 * All-zero codes are rejected.
 */
export function isNdcCode(candidate: string, options?: NdcOptions): boolean {
  const length = candidate.length;
  if (length < 11 || length > 13) return false;
  const groups: number[] = [];
  let groupLength = 0;
  let nonZero = false;
  for (let i = 0; i <= length; i++) {
    const c = i < length ? candidate.charCodeAt(i) : 45;
    if (c === 45 /* - */) {
      if (groupLength === 0 || groups.length === 3) return false;
      groups.push(groupLength);
      groupLength = 0;
      continue;
    }
    const d = digitValue(c);
    if (d < 0) return false;
    if (d !== 0) nonZero = true;
    groupLength++;
  }
  if (!nonZero) return false;
  if (groups.length === 1) return options?.allowUndashed === true && groups[0] === 11;
  if (groups.length !== 3) return false;
  // The three group lengths as one number: 442 for 4-4-2, and so on.
  const layout = (groups[0] ?? 0) * 100 + (groups[1] ?? 0) * 10 + (groups[2] ?? 0);
  return layout === 442 || layout === 532 || layout === 541 || layout === 542;
}
