/**
 * Speed, side by side in one process: the machine is shared and noisy, so detectors take turns
 * round by round (a burst of noise hits all of them), and results are medians and ratios.
 * What is timed is each detector's own public call (Detector.run), not our span alignment.
 */
import { median, percentile } from './stats.ts';
import type { Detector } from './types.ts';

/** Runs the detector; returns its promise only if it made one, so that the caller awaits
 * only then (an `await` per call would add a microtask to every synchronous scan). */
function call(detector: Detector, text: string): Promise<unknown> | undefined {
  const result = detector.run(text);
  return result instanceof Promise ? result : undefined;
}

export interface ThroughputOptions {
  readonly warmupRounds: number;
  readonly rounds: number;
  /** A round repeats whole passes over the texts until it lasts this long (timer resolution). */
  readonly minRoundMs: number;
  /** Per detector: a round stops here even mid-pass (slow peers); undefined = no cap. */
  readonly roundCapMs: (detector: Detector) => number | undefined;
}

export interface ThroughputResult {
  readonly detector: string;
  /** Median over rounds, MB = 1,000,000 bytes of UTF-8. */
  readonly mbPerSecond: number;
  readonly rounds: number;
  /** Some round stopped at its cap before a full pass over the texts. */
  readonly partial: boolean;
}

/** One round: passes over the texts until minRoundMs, or the cap. Returns MB/s. */
async function round(
  detector: Detector,
  texts: readonly string[],
  bytes: readonly number[],
  minRoundMs: number,
  capMs: number | undefined,
): Promise<{ mbPerSecond: number; partial: boolean }> {
  let done = 0;
  let partial = false;
  const start = performance.now();
  let elapsed = 0;
  do {
    for (let i = 0; i < texts.length; i += 1) {
      const pending = call(detector, texts[i] as string);
      if (pending !== undefined) await pending;
      done += bytes[i] as number;
      if (capMs !== undefined && performance.now() - start > capMs) {
        partial = i < texts.length - 1;
        break;
      }
    }
    elapsed = performance.now() - start;
  } while (elapsed < minRoundMs && !(capMs !== undefined && elapsed > capMs));
  return { mbPerSecond: done / 1e6 / (elapsed / 1000), partial };
}

export async function measureThroughput(
  detectors: readonly Detector[],
  texts: readonly string[],
  options: ThroughputOptions,
): Promise<ThroughputResult[]> {
  const bytes = texts.map((text) => Buffer.byteLength(text, 'utf8'));
  const samples = detectors.map(() => [] as number[]);
  const partial = detectors.map(() => false);
  for (let r = 0; r < options.warmupRounds + options.rounds; r += 1) {
    for (const [d, detector] of detectors.entries()) {
      const result = await round(
        detector,
        texts,
        bytes,
        options.minRoundMs,
        options.roundCapMs(detector),
      );
      if (r < options.warmupRounds) continue;
      samples[d]?.push(result.mbPerSecond);
      if (result.partial) partial[d] = true;
    }
  }
  return detectors.map((detector, d) => ({
    detector: detector.name,
    mbPerSecond: median(samples[d] ?? []),
    rounds: options.rounds,
    partial: partial[d] ?? false,
  }));
}

export interface LatencyOptions {
  /** Messages scanned untimed first, per detector. */
  readonly warmup: number;
  /** Passes over the messages for detectors without a cap. */
  readonly passes: number;
  /** Per detector: sample and time caps (undefined = all passes). */
  readonly cap: (
    detector: Detector,
  ) => { readonly samples: number; readonly ms: number } | undefined;
}

export interface LatencyResult {
  readonly detector: string;
  readonly samples: number;
  readonly medianMs: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  /** The sample count or time cap stopped this detector early. */
  readonly capped: boolean;
}

export async function measureLatency(
  detectors: readonly Detector[],
  messages: readonly string[],
  options: LatencyOptions,
): Promise<LatencyResult[]> {
  for (const detector of detectors) {
    for (const message of messages.slice(0, options.warmup)) {
      const pending = call(detector, message);
      if (pending !== undefined) await pending;
    }
  }
  const caps = detectors.map((detector) => options.cap(detector));
  const samples = detectors.map(() => [] as number[]);
  const spent = detectors.map(() => 0);
  const capped = detectors.map(() => false);
  for (let pass = 0; pass < options.passes; pass += 1) {
    for (const message of messages) {
      for (const [d, detector] of detectors.entries()) {
        const cap = caps[d];
        const times = samples[d] as number[];
        if (cap !== undefined && (times.length >= cap.samples || (spent[d] ?? 0) >= cap.ms)) {
          capped[d] = true;
          continue;
        }
        const start = performance.now();
        const pending = call(detector, message);
        if (pending !== undefined) await pending;
        const ms = performance.now() - start;
        times.push(ms);
        spent[d] = (spent[d] ?? 0) + ms;
      }
    }
  }
  return detectors.map((detector, d) => {
    const times = samples[d] ?? [];
    return {
      detector: detector.name,
      samples: times.length,
      medianMs: median(times),
      p99Ms: percentile(times, 99),
      maxMs: times.length === 0 ? Number.NaN : Math.max(...times),
      capped: capped[d] ?? false,
    };
  });
}
