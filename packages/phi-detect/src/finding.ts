import type { PhiCategory } from './taxonomy.ts';

/**
 * One piece of PHI found in a text. Offsets are UTF-16 code unit indexes into the scanned text
 * (`text.slice(start, end)` is the value). A finding never carries the value itself, so it can
 * be logged, sent to a server or shown in an error without leaking PHI.
 */
export interface Finding {
  readonly category: PhiCategory;
  readonly start: number;
  readonly end: number;
  /** The rule that matched, e.g. `ssn.validated`, `known.email`, `custom.acme-member-id`. */
  readonly rule: string;
  /** 0..1. HIGH >= 0.85, MEDIUM >= 0.6, LOW below. */
  readonly confidence: number;
  /** Why this was flagged, in words a CSR understands; never includes the matched value. */
  readonly explanation: string;
}

export const CONFIDENCE = { HIGH: 0.9, MEDIUM: 0.7, LOW: 0.4 } as const;
