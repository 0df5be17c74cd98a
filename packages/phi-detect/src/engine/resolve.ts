import type { Finding } from '../finding.ts';
import type { Candidate } from './candidate.ts';

/**
 * Turns overlapping candidates into non-overlapping findings:
 * 1. candidates of the same category that overlap are merged (an address found in pieces becomes
 *    one finding), keeping the most confident piece's rule and explanation;
 * 2. across categories, the most confident candidate wins (then the longer, then the earlier)
 *    and anything overlapping it is dropped.
 * Linear in the total candidate length: occupancy is tracked per character, not per pair.
 */
export function resolveCandidates(
  candidates: readonly Candidate[],
  textLength: number,
  minConfidence: number,
): Finding[] {
  const merged = mergeSameCategory(candidates.filter((c) => c.confidence >= minConfidence));
  merged.sort(
    (a, b) =>
      b.confidence - a.confidence || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const occupied = new Uint8Array(textLength);
  const accepted: Finding[] = [];
  for (const candidate of merged) {
    if (isFree(occupied, candidate.start, candidate.end)) {
      occupied.fill(1, candidate.start, candidate.end);
      accepted.push(toFinding(candidate));
    }
  }
  return accepted.sort((a, b) => a.start - b.start);
}

function isFree(occupied: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (occupied[i] === 1) return false;
  return true;
}

function mergeSameCategory(candidates: readonly Candidate[]): Candidate[] {
  const byStart = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const openByCategory = new Map<string, Candidate>();
  const out: Candidate[] = [];
  for (const candidate of byStart) {
    const open = openByCategory.get(candidate.category);
    if (open && candidate.start < open.end) {
      absorb(open, candidate);
      continue;
    }
    const copy = { ...candidate };
    openByCategory.set(candidate.category, copy);
    out.push(copy);
  }
  return out;
}

function absorb(into: Candidate, other: Candidate): void {
  into.end = Math.max(into.end, other.end);
  if (other.confidence > into.confidence) {
    into.confidence = other.confidence;
    into.rule = other.rule;
    into.explanation = other.explanation;
  }
}

function toFinding(candidate: Candidate): Finding {
  return {
    category: candidate.category,
    start: candidate.start,
    end: candidate.end,
    rule: candidate.rule,
    confidence: candidate.confidence,
    explanation: candidate.explanation,
  };
}
