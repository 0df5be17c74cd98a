import type { LabeledSpan, PhiCategory, ScoredDoc } from './types.ts';

/**
 * Span-overlap scoring (see README "Scoring").
 *
 * - A mapped gold span is found when a prediction of a compatible category overlaps it by at
 *   least one character.
 * - A prediction is correct when it overlaps a mapped gold span of a compatible category; it is
 *   ignored when everything it overlaps is unmapped gold (the dataset has no opinion on it in
 *   our taxonomy); otherwise it is a false positive.
 * - The category-agnostic score applies the same rules with every category compatible.
 */

export interface Counts {
  /** Mapped gold spans. */
  gold: number;
  /** Mapped gold spans found (recall numerator). */
  found: number;
  /** Predictions that are correct (precision numerator). */
  predTp: number;
  /** Predictions that are false positives. */
  predFp: number;
  /** Predictions that overlap only unmapped gold: neither TP nor FP. */
  predIgnored: number;
}

export interface Metrics {
  /** null when there is no gold span. */
  readonly recall: number | null;
  /** null when there is no scored prediction. */
  readonly precision: number | null;
  /** null when there is no gold span and no prediction. */
  readonly f2: number | null;
}

export interface Score {
  /** Gold counts by gold category, prediction counts by predicted category. */
  readonly byCategory: ReadonlyMap<PhiCategory, Counts>;
  /** Sum of byCategory over the scored categories. */
  readonly micro: Counts;
  /** Any prediction against any mapped gold span. */
  readonly agnostic: Counts;
  /** Predictions with no category in our taxonomy (scored only category-agnostically). */
  readonly unmappedPredictions: number;
  /** Documents scored. */
  readonly docs: number;
}

/** ZIP_CODE and STREET_ADDRESS match each other: an address block often includes its ZIP. */
const COMPATIBLE: ReadonlyMap<PhiCategory, readonly PhiCategory[]> = new Map<
  PhiCategory,
  readonly PhiCategory[]
>([
  ['ZIP_CODE', ['ZIP_CODE', 'STREET_ADDRESS']],
  ['STREET_ADDRESS', ['STREET_ADDRESS', 'ZIP_CODE']],
]);

export function compatible(predicted: PhiCategory, gold: PhiCategory): boolean {
  const allowed = COMPATIBLE.get(predicted);
  return allowed === undefined ? predicted === gold : allowed.includes(gold);
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }) {
  return Math.max(a.start, b.start) < Math.min(a.end, b.end);
}

export function emptyCounts(): Counts {
  return { gold: 0, found: 0, predTp: 0, predFp: 0, predIgnored: 0 };
}

export function addCounts(into: Counts, from: Counts): void {
  into.gold += from.gold;
  into.found += from.found;
  into.predTp += from.predTp;
  into.predFp += from.predFp;
  into.predIgnored += from.predIgnored;
}

type Verdict = 'tp' | 'fp' | 'ignored';

/** Judges one prediction; `matches` says whether a mapped gold span counts for it. */
function judge(
  pred: LabeledSpan,
  gold: readonly LabeledSpan[],
  matches: (gold: LabeledSpan & { category: PhiCategory }) => boolean,
): Verdict {
  let overlapsSomething = false;
  let overlapsMapped = false;
  for (const g of gold) {
    if (!overlaps(pred, g)) continue;
    overlapsSomething = true;
    if (g.category === null) continue;
    overlapsMapped = true;
    if (matches({ ...g, category: g.category })) return 'tp';
  }
  return overlapsSomething && !overlapsMapped ? 'ignored' : 'fp';
}

function tally(counts: Counts, verdict: Verdict): void {
  if (verdict === 'tp') counts.predTp += 1;
  else if (verdict === 'fp') counts.predFp += 1;
  else counts.predIgnored += 1;
}

/** Scores documents; `scoredCategories` are the ones the micro average sums over. */
export function scoreDocs(docs: Iterable<ScoredDoc>, scoredCategories: readonly PhiCategory[]) {
  const byCategory = new Map<PhiCategory, Counts>();
  const at = (category: PhiCategory): Counts => {
    let counts = byCategory.get(category);
    if (counts === undefined) {
      counts = emptyCounts();
      byCategory.set(category, counts);
    }
    return counts;
  };
  const agnostic = emptyCounts();
  let unmappedPredictions = 0;
  let docCount = 0;

  for (const { gold, pred } of docs) {
    docCount += 1;
    for (const g of gold) {
      const goldCategory = g.category;
      if (goldCategory === null) continue;
      const counts = at(goldCategory);
      counts.gold += 1;
      agnostic.gold += 1;
      if (
        pred.some(
          (p) => p.category != null && compatible(p.category, goldCategory) && overlaps(p, g),
        )
      ) {
        counts.found += 1;
      }
      if (pred.some((p) => overlaps(p, g))) agnostic.found += 1;
    }
    for (const p of pred) {
      tally(
        agnostic,
        judge(p, gold, () => true),
      );
      const predCategory = p.category;
      if (predCategory === null) {
        unmappedPredictions += 1;
        continue;
      }
      tally(
        at(predCategory),
        judge(p, gold, (g) => compatible(predCategory, g.category)),
      );
    }
  }

  const micro = emptyCounts();
  for (const category of scoredCategories) {
    const counts = byCategory.get(category);
    if (counts !== undefined) addCounts(micro, counts);
  }
  const score: Score = { byCategory, micro, agnostic, unmappedPredictions, docs: docCount };
  return score;
}

/** F-beta with beta = 2: recall weighs four times as much as precision. */
export function f2(precision: number, recall: number): number {
  const denominator = 4 * precision + recall;
  return denominator === 0 ? 0 : (5 * precision * recall) / denominator;
}

export function metrics(counts: Counts): Metrics {
  const recall = counts.gold > 0 ? counts.found / counts.gold : null;
  const scoredPredictions = counts.predTp + counts.predFp;
  const precision = scoredPredictions > 0 ? counts.predTp / scoredPredictions : null;
  let f: number | null = null;
  if (recall !== null || precision !== null) f = f2(precision ?? 0, recall ?? 0);
  return { recall, precision, f2: f };
}
