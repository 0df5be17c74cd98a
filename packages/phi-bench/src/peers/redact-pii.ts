/**
 * redact-pii 3.4.0 (solvvy). Public API: `new SyncRedactor().redact(text)` returns the text with
 * each value replaced by a token (built-in regexes, applied one after another, then a name pass:
 * a greeting/closing followed by capitalized words, and an 11,539-name list matched
 * case-insensitively). No spans: they are recovered by aligning the output with the input.
 *
 * `SyncRedactor` is `SyncCompositeRedactor` (lib/index.js re-exports it under that name). It is
 * imported from its own file because lib/index.js also loads the Google Cloud DLP client
 * (`@google-cloud/dlp`) for `GoogleDLPRedactor`: this way that client is never even loaded, let
 * alone called, and `assertNoGoogleCloud` checks it.
 */
import { createRequire } from 'node:module';
import * as patterns from 'redact-pii/lib/built-ins/simple-regexp-patterns.js';
import { SyncCompositeRedactor } from 'redact-pii/lib/SyncCompositeRedactor.js';
import { alignRedacted } from '../align.ts';
import type { Detector, DetectedSpan, PhiCategory } from '../types.ts';
import { AlignmentError } from './errors.ts';

/** Token -> our category (null: no equivalent in our taxonomy). */
export const REDACT_PII_LABELS: Readonly<Record<string, PhiCategory | null>> = {
  CREDIT_CARD_NUMBER: 'CREDIT_CARD',
  STREET_ADDRESS: 'STREET_ADDRESS',
  ZIPCODE: 'ZIP_CODE',
  PHONE_NUMBER: 'PHONE',
  IP_ADDRESS: 'IP_ADDRESS',
  US_SOCIAL_SECURITY_NUMBER: 'SSN',
  EMAIL_ADDRESS: 'EMAIL',
  URL: 'URL',
  PERSON_NAME: 'PERSON_NAME',
  // Credentials are not PHI categories; DIGITS is any run of 4+ digits (a year, a member ID...).
  USERNAME: null,
  PASSWORD: null,
  CREDENTIALS: null,
  DIGITS: null,
};

/** The peer's own pattern for each token, anchored: the aligner's plausibility check. */
const TOKEN_PATTERNS: ReadonlyMap<string, RegExp> = new Map(
  [
    ['CREDIT_CARD_NUMBER', patterns.creditCardNumber],
    ['STREET_ADDRESS', patterns.streetAddress],
    ['ZIPCODE', patterns.zipcode],
    ['PHONE_NUMBER', patterns.phoneNumber],
    ['IP_ADDRESS', patterns.ipAddress],
    ['US_SOCIAL_SECURITY_NUMBER', patterns.usSocialSecurityNumber],
    ['EMAIL_ADDRESS', patterns.emailAddress],
    ['USERNAME', patterns.username],
    ['PASSWORD', patterns.password],
    ['CREDENTIALS', patterns.credentials],
    ['DIGITS', patterns.digits],
    ['URL', patterns.url],
    // The name pass replaces ASCII letters, periods and whitespace (never leading/trailing space).
    ['PERSON_NAME', /[A-Za-z.](?:[A-Za-z.\s]*[A-Za-z.])?/],
  ].map(([token, re]) => [token as string, anchored(re as RegExp)]),
);

function anchored(re: RegExp): RegExp {
  return new RegExp(`^(?:${re.source})$`, re.flags.replace('g', ''));
}

export function acceptsRedactPiiValue(token: string, value: string): boolean {
  return TOKEN_PATTERNS.get(token)?.test(value) ?? true;
}

/** Throws when the Google Cloud client was loaded: this benchmark must stay offline. */
export function assertNoGoogleCloud(): void {
  const loaded = Object.keys(createRequire(import.meta.url).cache);
  if (loaded.some((file) => file.includes('@google-cloud/'))) {
    throw new Error(
      'redact-pii: @google-cloud was loaded; only the built-in sync redactor may run',
    );
  }
}

export function createRedactPii(): Detector {
  const redactor = new SyncCompositeRedactor();
  assertNoGoogleCloud();
  const tokens = Object.keys(REDACT_PII_LABELS);
  return {
    name: 'redact-pii',
    run: (text) => redactor.redact(text),
    detect(text): DetectedSpan[] {
      const output = redactor.redact(text);
      const spans = alignRedacted(text, output, { tokens, accepts: acceptsRedactPiiValue });
      if (spans === null) throw new AlignmentError('redact-pii');
      return spans.map(({ start, end, token }) => ({
        start,
        end,
        label: token,
        ...(REDACT_PII_LABELS[token] ? { category: REDACT_PII_LABELS[token] } : {}),
      }));
    },
  };
}
