/**
 * @redactpii/node 1.0.17. Public API: `new Redactor().redact(text)` returns the text with each
 * value replaced by a token; five regexes (credit card, email, greeting + name, phone, SSN),
 * applied one after another. No spans: they are recovered by aligning the output with the input.
 *
 * No apiKey is passed, so its "dashboard" hook (a fetch to api.redactpii.com) never runs: the
 * code only calls it when an apiKey is set.
 *
 * Its NAME rule replaces the whole match, greeting included: "Hi David Johnson" becomes
 * "PERSON_NAME" (its README shows "Hi PERSON_NAME"), so a name span starts at the greeting.
 */
import { Redactor } from '@redactpii/node';
import { alignRedacted } from '../align.ts';
import type { Detector, DetectedSpan, PhiCategory } from '../types.ts';
import { AlignmentError } from './errors.ts';

/** Token -> our category. DIGITS is only emitted for custom rules, which are not used. */
export const REDACTPII_NODE_LABELS: Readonly<Record<string, PhiCategory | null>> = {
  CREDIT_CARD_NUMBER: 'CREDIT_CARD',
  EMAIL_ADDRESS: 'EMAIL',
  PERSON_NAME: 'PERSON_NAME',
  PHONE_NUMBER: 'PHONE',
  US_SOCIAL_SECURITY_NUMBER: 'SSN',
  DIGITS: null,
};

export function createRedactPiiNode(): Detector {
  const redactor = new Redactor();
  const tokens = Object.keys(REDACTPII_NODE_LABELS);
  return {
    name: '@redactpii/node',
    run: (text) => redactor.redact(text),
    detect(text): DetectedSpan[] {
      const spans = alignRedacted(text, redactor.redact(text), { tokens });
      if (spans === null) throw new AlignmentError('@redactpii/node');
      return spans.map(({ start, end, token }) => {
        const category = REDACTPII_NODE_LABELS[token];
        return { start, end, label: token, ...(category ? { category } : {}) };
      });
    },
  };
}
