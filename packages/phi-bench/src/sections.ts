/** The report's tables, one function per table. */
import type { OursAdversarial, PeerAdversarialRow } from './adversarial.ts';
import type { EvalResult } from './evaluate.ts';
import { DASH, ms, num, passFail, pct, table } from './report.ts';
import { metrics, type Counts } from './scoring.ts';
import type { LatencyResult, ThroughputResult } from './speed.ts';
import type { TargetRow } from './targets.ts';
import type { PhiCategory } from './types.ts';

function countsRow(name: string, counts: Counts, target = ''): string[] {
  const { recall, precision, f2 } = metrics(counts);
  return [
    name,
    String(counts.gold),
    String(counts.found),
    pct(recall),
    String(counts.predTp + counts.predFp + counts.predIgnored),
    String(counts.predTp),
    String(counts.predFp),
    String(counts.predIgnored),
    pct(precision),
    num(f2, 3),
    target,
  ];
}

const CATEGORY_HEADERS = [
  'category',
  'gold',
  'found',
  'recall',
  'pred',
  'TP',
  'FP',
  'ignored',
  'precision',
  'F2',
  'target',
];

/**
 * Per-category table for one detector. `scored` categories are in the micro average; other
 * categories that got predictions are listed after them, marked, and left out of it.
 */
export function categoryTable(
  title: string,
  result: EvalResult,
  scored: readonly PhiCategory[],
  order: readonly PhiCategory[],
  recallTargets: ReadonlyMap<PhiCategory, number> = new Map(),
): string {
  const rows: string[][] = [];
  for (const category of order) {
    const counts = result.score.byCategory.get(category);
    if (!scored.includes(category) || counts === undefined) continue;
    const threshold = recallTargets.get(category);
    const recall = metrics(counts).recall;
    const target =
      threshold === undefined
        ? ''
        : `R >= ${pct(threshold, 0)} ${passFail(recall === null ? null : recall >= threshold)}`;
    rows.push(countsRow(category, counts, target));
  }
  for (const category of order) {
    const counts = result.score.byCategory.get(category);
    if (scored.includes(category) || counts === undefined) continue;
    rows.push(countsRow(`${category} (not labeled here)`, counts));
  }
  rows.push(countsRow('micro (labeled categories)', result.score.micro));
  rows.push(countsRow('category-agnostic', result.score.agnostic));
  return table(title, CATEGORY_HEADERS, rows);
}

function errorsCell(result: EvalResult): string {
  const parts: string[] = [];
  if (result.thrown > 0) parts.push(`${result.thrown} threw`);
  if (result.unaligned > 0) parts.push(`${result.unaligned} unaligned`);
  return parts.length === 0 ? '0' : parts.join(', ');
}

/** Detectors side by side: category-agnostic, then category-aware micro (through the mappings). */
export function comparisonTable(
  title: string,
  results: readonly EvalResult[],
  withNegatives: boolean,
) {
  const headers = [
    'detector',
    'errors',
    'agn. recall',
    'agn. precision',
    'agn. F2',
    'cat. recall',
    'cat. precision',
    'cat. F2',
    'unmapped preds',
  ];
  if (withNegatives) headers.push('FP rate (PHI-free)');
  const rows = results.map((result) => {
    const agnostic = metrics(result.score.agnostic);
    const micro = metrics(result.score.micro);
    const row = [
      result.detector,
      errorsCell(result),
      pct(agnostic.recall),
      pct(agnostic.precision),
      num(agnostic.f2, 3),
      pct(micro.recall),
      pct(micro.precision),
      num(micro.f2, 3),
      String(result.score.unmappedPredictions),
    ];
    if (withNegatives) {
      const { total, flagged } = result.negatives;
      row.push(total === 0 ? DASH : `${pct(flagged / total)} (${flagged}/${total})`);
    }
    return row;
  });
  return table(title, headers, rows);
}

/** Category-aware recall per category, detectors as columns. */
export function recallMatrix(
  title: string,
  results: readonly EvalResult[],
  categories: readonly PhiCategory[],
): string {
  const rows = categories.flatMap((category) => {
    const gold = results[0]?.score.byCategory.get(category)?.gold ?? 0;
    if (gold === 0) return [];
    return [
      [
        category,
        String(gold),
        ...results.map((result) => {
          const counts = result.score.byCategory.get(category);
          return counts === undefined ? DASH : pct(metrics(counts).recall);
        }),
      ],
    ];
  });
  return table(title, ['category', 'gold', ...results.map((result) => result.detector)], rows);
}

function ratio(value: number): string {
  return `${num(value, value < 0.1 ? 3 : value < 10 ? 2 : 1)}x`;
}

export function speedTable(
  title: string,
  throughput: readonly ThroughputResult[],
  latency: readonly LatencyResult[],
  baseline: string,
): string {
  const base = throughput.find((row) => row.detector === baseline)?.mbPerSecond;
  const rows = throughput.map((row) => {
    const lat = latency.find((candidate) => candidate.detector === row.detector);
    const notes: string[] = [];
    if (row.partial) notes.push('throughput rounds capped');
    if (lat?.capped === true) notes.push(`latency capped at ${lat.samples} scans`);
    return [
      row.detector,
      num(row.mbPerSecond),
      base === undefined ? DASH : ratio(row.mbPerSecond / base),
      String(lat?.samples ?? 0),
      ms(lat?.medianMs ?? null),
      ms(lat?.p99Ms ?? null),
      ms(lat?.maxMs ?? null),
      notes.join('; '),
    ];
  });
  return table(
    title,
    ['detector', 'MB/s', `vs ${baseline}`, 'scans', 'median', 'p99', 'max', 'notes'],
    rows,
    ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'left'],
  );
}

export function oursAdversarialTable(title: string, result: OursAdversarial, limitMs: number) {
  const rows = result.rows.map((row) => {
    let verdict = passFail(
      row.medianMs !== null && row.medianMs < limitMs && row.error === undefined,
    );
    if (row.timedOutAfterMs !== undefined) verdict += ` (stopped after ${ms(row.timedOutAfterMs)})`;
    if (row.error !== undefined) verdict += ` (error: ${row.error.slice(0, 60)})`;
    return [
      row.input,
      row.description,
      `${row.size / 1e6} MB`,
      ms(row.medianMs),
      String(row.runs),
      verdict,
    ];
  });
  return table(title, ['input', 'shape', 'size', 'median', 'runs', `< ${ms(limitMs)}`], rows, [
    'left',
    'left',
    'right',
    'right',
    'right',
    'left',
  ]);
}

export function peerAdversarialTable(title: string, rows: readonly PeerAdversarialRow[]) {
  const cell = (row: PeerAdversarialRow, index: number) => {
    const step = row.steps[index];
    if (step === undefined) return DASH;
    if (step.status === 'timeout') return 'timeout';
    if (step.status === 'skipped') return 'skipped';
    return ms(step.ms);
  };
  const body = rows.map((row) => [
    row.peer,
    row.input,
    cell(row, 0),
    cell(row, 1),
    cell(row, 2),
    row.growth === null ? DASH : `${num(row.growth, 1)}x`,
    ms(row.extrapolated1MbMs),
    row.verdict + (row.error === undefined ? '' : ` (threw: ${row.error.slice(0, 40)})`),
  ]);
  return table(
    title,
    ['peer', 'input', '5 KB', '10 KB', '20 KB', '20/10 KB', '~1 MB', 'verdict'],
    body,
    ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'left'],
  );
}

export function targetsTable(title: string, rows: readonly TargetRow[]): string {
  return table(
    title,
    ['target', 'value', 'result'],
    rows.map((row) => [row.target, row.value, passFail(row.pass)]),
    ['left', 'left', 'left'],
  );
}
