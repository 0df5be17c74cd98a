/**
 * Linear-time check. Our engine scans each adversarial input at 1 MB (median of a few runs);
 * the peers, which may be quadratic or worse, scan the same shapes at 5, 10 and 20 KB, and the
 * growth between sizes shows their complexity. Every call runs in a worker thread with a cap,
 * so a runaway regex costs its cap, not the benchmark.
 */
import { ADVERSARIAL_INPUTS } from './adversarial-inputs.ts';
import { ms } from './report.ts';
import { median } from './stats.ts';
import { TimedWorker } from './timed-worker.ts';
import type { WorkerTarget } from './adversarial-worker.ts';

export const ONE_MB = 1_000_000;
export const PEER_SIZES: readonly number[] = [5 * 1024, 10 * 1024, 20 * 1024];

/** Worker start-up (tsx, the detector's modules) is not part of any timing. */
const START_TIMEOUT_MS = 30_000;

export interface OursAdversarialRow {
  readonly input: string;
  readonly description: string;
  readonly size: number;
  /** Median of the runs; null when the first run timed out. */
  readonly medianMs: number | null;
  readonly runs: number;
  readonly timedOutAfterMs?: number;
  readonly error?: string;
}

export interface OursAdversarial {
  readonly rows: OursAdversarialRow[];
  /** Worker isolate heap in use after the last 1 MB scan. */
  readonly heapUsedBytes: number | null;
}

export interface PeerStep {
  readonly size: number;
  /** Median ms, or null when timed out / skipped. */
  readonly ms: number | null;
  readonly status: 'ok' | 'timeout' | 'skipped';
  /** The cap that a timed-out call ran into. */
  readonly capMs?: number;
}

export interface PeerAdversarialRow {
  readonly peer: string;
  readonly input: string;
  readonly steps: PeerStep[];
  /** t(20 KB) / t(10 KB): about 2 when linear, 4 when quadratic. */
  readonly growth: number | null;
  readonly verdict: string;
  /** Extrapolated from the largest measured size with the measured growth exponent. */
  readonly extrapolated1MbMs: number | null;
  readonly error?: string;
}

export interface OursOptions {
  readonly engine: string;
  readonly repeats: number;
  readonly timeoutMs: number;
}

export async function runOursAdversarial(options: OursOptions): Promise<OursAdversarial> {
  const target: WorkerTarget = { kind: 'ours', engine: options.engine };
  let worker = await TimedWorker.start(target, START_TIMEOUT_MS);
  const rows: OursAdversarialRow[] = [];
  let heapUsedBytes: number | null = null;
  try {
    for (const input of ADVERSARIAL_INPUTS) {
      if (!worker.alive) worker = await TimedWorker.start(target, START_TIMEOUT_MS);
      const times: number[] = [];
      let timedOutAfterMs: number | undefined;
      let error: string | undefined;
      for (let run = 0; run < options.repeats; run += 1) {
        const timing = await worker.time(input.name, ONE_MB, options.timeoutMs);
        if (timing === 'timeout') {
          timedOutAfterMs = options.timeoutMs;
          break;
        }
        if (timing.error !== undefined) {
          error = timing.error;
          break;
        }
        times.push(timing.ms);
        heapUsedBytes = timing.heapUsed;
        // A slow input has made its point; repeating it only costs time.
        if (timing.ms > 1000) break;
      }
      rows.push({
        input: input.name,
        description: input.description,
        size: ONE_MB,
        medianMs: times.length > 0 ? median(times) : null,
        runs: times.length,
        ...(timedOutAfterMs === undefined ? {} : { timedOutAfterMs }),
        ...(error === undefined ? {} : { error }),
      });
    }
  } finally {
    await worker.terminate();
  }
  return { rows, heapUsedBytes };
}

export interface PeerOptions {
  readonly repeats: number;
  /** Cap on one call. */
  readonly stepTimeoutMs: number;
  /** Cap on all of this peer's calls on one input (all sizes). */
  readonly inputBudgetMs: number;
}

/** Under 1 ms at 20 KB, timer noise dominates the growth ratio: call it fast. */
const FAST_MS = 1;

export function classifyGrowth(steps: readonly PeerStep[]): {
  growth: number | null;
  verdict: string;
  extrapolated1MbMs: number | null;
} {
  const measured = steps.filter((step) => step.status === 'ok' && step.ms !== null);
  const firstFailure = steps.find((step) => step.status !== 'ok');
  const last = measured.at(-1);
  const previous = measured.at(-2);
  if (last === undefined || last.ms === null) {
    const verdict = firstFailure === undefined ? 'no result' : describeFailure(firstFailure);
    return { growth: null, verdict, extrapolated1MbMs: null };
  }
  const failedAt = firstFailure === undefined ? '' : `; ${describeFailure(firstFailure)}`;
  const atLast = `${ms(last.ms)} on ${last.size / 1024} KB`;
  if (previous === undefined || previous.ms === null) {
    return { growth: null, verdict: `${atLast}${failedAt}`, extrapolated1MbMs: null };
  }
  const growth = previous.ms > 0 ? last.ms / previous.ms : null;
  if (last.ms < FAST_MS || growth === null) {
    return { growth, verdict: `fast (${atLast})${failedAt}`, extrapolated1MbMs: null };
  }
  const exponent = Math.max(1, Math.log(growth) / Math.log(last.size / previous.size));
  const extrapolated1MbMs = last.ms * (ONE_MB / last.size) ** exponent;
  let shape = 'linear';
  if (exponent >= 2.5) shape = 'worse than quadratic';
  else if (exponent >= 1.6) shape = 'quadratic';
  else if (exponent > 1.3) shape = 'superlinear';
  return { growth, verdict: `${shape}: ${atLast}${failedAt}`, extrapolated1MbMs };
}

function describeFailure(step: PeerStep): string {
  const size = `${step.size / 1024} KB`;
  if (step.status === 'timeout') {
    return `> ${step.capMs === undefined ? 'cap' : ms(step.capMs)} on ${size} (stopped)`;
  }
  return `not run on ${size} (time budget spent)`;
}

export async function runPeerAdversarial(
  peer: string,
  options: PeerOptions,
): Promise<PeerAdversarialRow[]> {
  const target: WorkerTarget = { kind: 'peer', peer };
  const rows: PeerAdversarialRow[] = [];
  let worker: TimedWorker | undefined;
  try {
    for (const input of ADVERSARIAL_INPUTS) {
      if (worker === undefined || !worker.alive)
        worker = await TimedWorker.start(target, START_TIMEOUT_MS);
      const deadline = performance.now() + options.inputBudgetMs;
      const steps: PeerStep[] = [];
      let error: string | undefined;
      for (const size of PEER_SIZES) {
        const remaining = deadline - performance.now();
        // Doubling the size at least doubles the time: skip a step that cannot fit the budget.
        const previous = steps.at(-1);
        const predicted = previous?.ms == null ? 0 : previous.ms * 2;
        if (steps.some((step) => step.status !== 'ok') || remaining <= 0 || predicted > remaining) {
          steps.push({ size, ms: null, status: 'skipped' });
          continue;
        }
        if (!worker.alive) worker = await TimedWorker.start(target, START_TIMEOUT_MS);
        const times: number[] = [];
        let timedOutCap: number | undefined;
        for (let run = 0; run < options.repeats; run += 1) {
          const cap = Math.min(options.stepTimeoutMs, Math.max(1, deadline - performance.now()));
          const timing = await worker.time(input.name, size, cap);
          if (timing === 'timeout') {
            timedOutCap = cap;
            break;
          }
          if (timing.error !== undefined) error ??= timing.error;
          times.push(timing.ms);
          if (timing.ms > 200) break;
        }
        steps.push(
          timedOutCap !== undefined
            ? { size, ms: null, status: 'timeout', capMs: timedOutCap }
            : { size, ms: median(times), status: 'ok' },
        );
      }
      rows.push({
        peer,
        input: input.name,
        steps,
        ...classifyGrowth(steps),
        ...(error === undefined ? {} : { error }),
      });
    }
  } finally {
    await worker?.terminate();
  }
  return rows;
}
