import type { ScanContext } from '../engine/scan-context.ts';
import { isAsciiLetterCode, isDigitCode } from '../engine/text.ts';

const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;

const isLocalChar = (code: number): boolean =>
  isAsciiLetterCode(code) || isDigitCode(code) || "._%+-'".includes(String.fromCharCode(code));
const isDomainChar = (code: number): boolean =>
  isAsciiLetterCode(code) || isDigitCode(code) || code === 45 || code === 46;

/**
 * Email addresses. Found from each '@' outwards with bounded walks (no regex backtracking), so
 * text like "@.@.@." costs one step per character.
 */
export function findEmails(context: ScanContext): void {
  const { text } = context;
  let at = text.indexOf('@');
  while (at !== -1) {
    let start = at;
    while (start > 0 && at - start < MAX_LOCAL && isLocalChar(text.charCodeAt(start - 1))) start--;
    while (start < at && ".-'".includes(text[start] ?? '')) start++;
    let end = at + 1;
    while (end < text.length && end - at <= MAX_DOMAIN && isDomainChar(text.charCodeAt(end))) end++;
    while (end > at + 1 && '.-'.includes(text[end - 1] ?? '')) end--;
    if (start < at && isDomainShaped(text.slice(at + 1, end))) {
      context.add('EMAIL', start, end, 'email.address', 0.97, 'An email address');
    }
    at = text.indexOf('@', Math.max(end, at + 1));
  }
}

/** At least two labels, a letter-only TLD of 2+ characters, no empty labels. */
function isDomainShaped(domain: string): boolean {
  const labels = domain.split('.');
  if (labels.length < 2) return false;
  const tld = labels[labels.length - 1] ?? '';
  return /^[a-z]{2,24}$/i.test(tld) && labels.every((label) => label.length > 0);
}
