import type { PhiCategory } from '../taxonomy.ts';
import { type Candidate, clampConfidence } from './candidate.ts';
import { lowercasePreservingLength } from './text.ts';

/**
 * What every recognizer gets: the text, its lowercase twin (same offsets) and a place to put
 * candidates. Recognizers never see options they do not need.
 */
export class ScanContext {
  readonly lower: string;
  readonly candidates: Candidate[] = [];

  constructor(readonly text: string) {
    this.lower = lowercasePreservingLength(text);
  }

  add(
    category: PhiCategory,
    start: number,
    end: number,
    rule: string,
    confidence: number,
    explanation: string,
  ): void {
    if (end <= start) return;
    this.candidates.push({
      category,
      start,
      end,
      rule,
      confidence: clampConfidence(confidence),
      explanation,
    });
  }

  /** Up to `chars` lowercase characters before `start`, for keyword context. */
  before(start: number, chars = 40): string {
    return this.lower.slice(Math.max(0, start - chars), start);
  }

  /** Up to `chars` lowercase characters after `end`. */
  after(end: number, chars = 30): string {
    return this.lower.slice(end, end + chars);
  }
}
