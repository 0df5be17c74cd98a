/**
 * The one piece of scanning shared by the worker threads and the inline path: phi-detect's
 * findings reduced to a count per category, so offsets and matched text never leave the scan.
 */
import { type PhiCategory, scan } from '@securesend/phi-detect';

export type CategoryCounts = [PhiCategory, number][];

export function countFindings(texts: readonly string[], minConfidence: number): CategoryCounts {
  const counts = new Map<PhiCategory, number>();
  for (const text of texts) {
    for (const finding of scan(text, { minConfidence })) {
      counts.set(finding.category, (counts.get(finding.category) ?? 0) + 1);
    }
  }
  return [...counts];
}
