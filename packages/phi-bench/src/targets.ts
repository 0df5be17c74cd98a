import type { OursAdversarialRow } from './adversarial.ts';
import type { CorpusSplit } from './corpus.ts';
import type { EvalResult } from './evaluate.ts';
import { ms, num, pct } from './report.ts';
import { metrics } from './scoring.ts';
import type { LatencyResult, ThroughputResult } from './speed.ts';
import type { PhiCategory } from './types.ts';

export interface TargetRow {
  readonly target: string;
  readonly value: string;
  /** null: cannot be judged (data or peer missing). */
  readonly pass: boolean | null;
}

export const PRESIDIO_RECALL_TARGETS: readonly [PhiCategory, number][] = [
  ['SSN', 0.98],
  ['EMAIL', 0.98],
  ['CREDIT_CARD', 0.98],
  ['IP_ADDRESS', 0.98],
  ['PHONE', 0.95],
  ['STREET_ADDRESS', 0.85],
];
export const PRESIDIO_MICRO_F2 = 0.9;
export const CORPUS_RECALL = 0.97;
export const NEGATIVE_FP_RATE = 0.03;
export const THROUGHPUT_VS_REDACT_PII = 10;
export const P99_MS = 1;
export const ADVERSARIAL_MS = 100;

export function presidioTargets(ours: EvalResult): TargetRow[] {
  const rows = PRESIDIO_RECALL_TARGETS.map(([category, threshold]): TargetRow => {
    const counts = ours.score.byCategory.get(category);
    const recall = counts === undefined ? null : metrics(counts).recall;
    return {
      target: `presidio ${category} recall >= ${pct(threshold, 0)}`,
      value:
        counts === undefined ? 'no gold spans' : `${pct(recall)} (${counts.found}/${counts.gold})`,
      pass: recall === null ? null : recall >= threshold,
    };
  });
  const f2 = metrics(ours.score.micro).f2;
  rows.push({
    target: `presidio micro F2 (mapped types) >= ${num(PRESIDIO_MICRO_F2)}`,
    value: num(f2, 3),
    pass: f2 === null ? null : f2 >= PRESIDIO_MICRO_F2,
  });
  return rows;
}

/** Recall on every identifier category present in the split, and the negative FP rate. */
export function corpusTargets(
  split: CorpusSplit,
  ours: EvalResult | undefined,
  identifierCategories: readonly PhiCategory[],
): TargetRow[] {
  const recallTarget = `CSR ${split}: recall >= ${pct(CORPUS_RECALL, 0)}, every identifier category`;
  const fpTarget = `CSR ${split}: FP rate on PHI-free messages < ${pct(NEGATIVE_FP_RATE, 0)}`;
  if (ours === undefined) {
    return [
      { target: recallTarget, value: 'corpus missing', pass: null },
      { target: fpTarget, value: 'corpus missing', pass: null },
    ];
  }
  const recalls = identifierCategories.flatMap((category) => {
    const counts = ours.score.byCategory.get(category);
    const recall = counts === undefined ? null : metrics(counts).recall;
    return recall === null ? [] : [{ category, recall }];
  });
  recalls.sort((a, b) => a.recall - b.recall);
  const failing = recalls.filter(({ recall }) => recall < CORPUS_RECALL);
  const worst = recalls[0];
  let value = 'no identifier spans';
  if (worst !== undefined) {
    value = `${recalls.length} categories, min ${pct(worst.recall)} (${worst.category})`;
    if (failing.length > 0) {
      const shown = failing.slice(0, 3).map(({ category, recall }) => `${category} ${pct(recall)}`);
      if (failing.length > shown.length) shown.push(`${failing.length - shown.length} more`);
      value += `; below: ${shown.join(', ')}`;
    }
  }
  const { total, flagged } = ours.negatives;
  const rate = total > 0 ? flagged / total : null;
  return [
    { target: recallTarget, value, pass: worst === undefined ? null : failing.length === 0 },
    {
      target: fpTarget,
      value: total > 0 ? `${pct(rate)} (${flagged}/${total})` : 'no negative messages',
      pass: rate === null ? null : rate < NEGATIVE_FP_RATE,
    },
  ];
}

export function speedTargets(
  ours: string,
  redactPii: string,
  throughput: readonly ThroughputResult[],
  latency: readonly LatencyResult[],
): TargetRow[] {
  const rows: TargetRow[] = [];
  const oursThroughput = throughput.find((row) => row.detector === ours);
  const baseline = throughput.find((row) => row.detector === redactPii);
  const peers = throughput.filter((row) => row.detector !== ours);
  const fastest = peers.reduce<ThroughputResult | undefined>(
    (best, row) => (best === undefined || row.mbPerSecond > best.mbPerSecond ? row : best),
    undefined,
  );
  const ratio =
    oursThroughput !== undefined && baseline !== undefined
      ? oursThroughput.mbPerSecond / baseline.mbPerSecond
      : null;
  rows.push({
    target: `throughput >= ${THROUGHPUT_VS_REDACT_PII}x redact-pii`,
    value:
      ratio === null || baseline === undefined
        ? 'not measured'
        : `${num(ratio, 1)}x (${num(oursThroughput?.mbPerSecond ?? null)} vs ${num(baseline.mbPerSecond)} MB/s)`,
    pass: ratio === null ? null : ratio >= THROUGHPUT_VS_REDACT_PII,
  });
  rows.push({
    target: 'throughput >= fastest peer',
    value:
      fastest === undefined || oursThroughput === undefined
        ? 'not measured'
        : `${num(oursThroughput.mbPerSecond)} vs ${num(fastest.mbPerSecond)} MB/s (${fastest.detector})`,
    pass:
      fastest === undefined || oursThroughput === undefined
        ? null
        : oursThroughput.mbPerSecond >= fastest.mbPerSecond,
  });
  const oursLatency = latency.find((row) => row.detector === ours);
  rows.push({
    target: `p99 latency < ${ms(P99_MS)} per 10 KB message`,
    value:
      oursLatency === undefined
        ? 'not measured'
        : `${ms(oursLatency.p99Ms)} (${oursLatency.samples} scans)`,
    pass: oursLatency === undefined ? null : oursLatency.p99Ms < P99_MS,
  });
  return rows;
}

export function adversarialTarget(rows: readonly OursAdversarialRow[]): TargetRow {
  const target = `1 MB adversarial inputs: each < ${ms(ADVERSARIAL_MS)}`;
  if (rows.length === 0) return { target, value: 'not measured', pass: null };
  const failed = rows.filter((row) => row.medianMs === null || row.error !== undefined);
  const slowest = rows.reduce((worst, row) =>
    (row.medianMs ?? Infinity) > (worst.medianMs ?? Infinity) ? row : worst,
  );
  const over = rows.filter((row) => row.medianMs !== null && row.medianMs >= ADVERSARIAL_MS);
  let value = `max ${ms(slowest.medianMs)} (${slowest.input})`;
  if (failed.length > 0) value = `timeout/error: ${failed.map((row) => row.input).join(', ')}`;
  else if (over.length > 0) value += `; over: ${over.map((row) => row.input).join(', ')}`;
  return { target, value, pass: failed.length === 0 && over.length === 0 };
}
