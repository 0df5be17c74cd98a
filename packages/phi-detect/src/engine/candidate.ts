import type { PhiCategory } from '../taxonomy.ts';

/** A possible finding, before overlaps are resolved and the confidence threshold applied. */
export interface Candidate {
  category: PhiCategory;
  start: number;
  end: number;
  rule: string;
  confidence: number;
  explanation: string;
}

/** Confidence stays inside 0..1 whatever context adds or removes. */
export function clampConfidence(value: number): number {
  return Math.min(0.99, Math.max(0.01, Math.round(value * 100) / 100));
}
