import { scoreDocs, type Score } from './scoring.ts';
import type { Detector, DetectedSpan, LabeledSpan, PhiCategory, ScoredDoc } from './types.ts';
import { AlignmentError } from './peers/errors.ts';

export interface EvalDoc {
  readonly text: string;
  readonly gold: readonly LabeledSpan[];
  /** A PHI-free message (CSR corpus `negative` tag). */
  readonly negative?: boolean;
}

export interface EvalResult {
  readonly detector: string;
  readonly score: Score;
  /** Texts on which the detector threw (counted as no findings). */
  readonly thrown: number;
  /** Texts whose redacted output could not be aligned (counted as no findings). */
  readonly unaligned: number;
  readonly firstError?: string;
  /** PHI-free messages, and how many got at least one finding. */
  readonly negatives: { readonly total: number; readonly flagged: number };
}

function toLabeled(span: DetectedSpan): LabeledSpan {
  return { start: span.start, end: span.end, label: span.label, category: span.category ?? null };
}

function valid(span: DetectedSpan, text: string): boolean {
  return (
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    span.start >= 0 &&
    span.start < span.end &&
    span.end <= text.length
  );
}

/**
 * Runs a detector over the documents and scores it. With `strict` (our engine) an exception or
 * an out-of-range span aborts the benchmark; a peer's failure counts as no findings.
 */
export async function evaluate(
  detector: Detector,
  docs: readonly EvalDoc[],
  scoredCategories: readonly PhiCategory[],
  strict: boolean,
): Promise<EvalResult> {
  const scored: ScoredDoc[] = [];
  let thrown = 0;
  let unaligned = 0;
  let firstError: string | undefined;
  let negativeTotal = 0;
  let negativeFlagged = 0;
  for (const doc of docs) {
    let spans: readonly DetectedSpan[] = [];
    try {
      spans = await detector.detect(doc.text);
    } catch (error) {
      if (strict) throw error;
      if (error instanceof AlignmentError) unaligned += 1;
      else thrown += 1;
      firstError ??= error instanceof Error ? error.message : String(error);
    }
    const bad = spans.find((span) => !valid(span, doc.text));
    if (bad !== undefined) {
      if (strict) {
        throw new Error(`${detector.name}: span [${bad.start}, ${bad.end}) outside the text`);
      }
      spans = spans.filter((span) => valid(span, doc.text));
    }
    if (doc.negative === true) {
      negativeTotal += 1;
      if (spans.length > 0) negativeFlagged += 1;
    }
    scored.push({ gold: doc.gold, pred: spans.map(toLabeled) });
  }
  return {
    detector: detector.name,
    score: scoreDocs(scored, scoredCategories),
    thrown,
    unaligned,
    ...(firstError === undefined ? {} : { firstError }),
    negatives: { total: negativeTotal, flagged: negativeFlagged },
  };
}
