import type { PhiCategory } from '@securesend/phi-detect';

export type { PhiCategory };

/** A span found by a detector (ours or a peer), in UTF-16 offsets of the scanned text. */
export interface DetectedSpan {
  readonly start: number;
  readonly end: number;
  /** The detector's own label (our rule name, a peer's token or type). */
  readonly label: string;
  /** The label in our taxonomy; absent when the detector's label has no equivalent. */
  readonly category?: PhiCategory;
}

/**
 * One detector under test. `detect` gives spans for scoring; `run` is the detector's own public
 * call (what a user of the library pays for), which the speed benchmarks time. For a peer that
 * only returns redacted text, `detect` also aligns that text with the input, and that alignment
 * is our cost, not the peer's, so it is not timed.
 *
 * Both may return a promise: openredaction's only public API is async (its work is synchronous
 * inside). Callers await only when a promise comes back, so synchronous detectors are timed
 * without a microtask per call.
 */
export interface Detector {
  readonly name: string;
  detect(text: string): readonly DetectedSpan[] | Promise<readonly DetectedSpan[]>;
  run(text: string): unknown;
}

/** A labeled or predicted span in our taxonomy; `category: null` means unmapped. */
export interface LabeledSpan {
  readonly start: number;
  readonly end: number;
  readonly category: PhiCategory | null;
  /** The source label (presidio entity type, corpus category, detector label). */
  readonly label: string;
}

/** One scored text: gold spans (with unmapped ones kept, they silence predictions) and predictions. */
export interface ScoredDoc {
  readonly gold: readonly LabeledSpan[];
  readonly pred: readonly LabeledSpan[];
}
