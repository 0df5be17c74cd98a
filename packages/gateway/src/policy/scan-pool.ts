/**
 * The server-side scan off the event loop. phi-detect costs about 1 ms per 10 KB of text, which
 * on the request thread capped the gateway near 500 sends/s and queued every other request
 * behind it; a small pool of worker threads scans in parallel while the main thread parses,
 * seals and commits. Short texts are scanned inline: posting them to a thread costs more than
 * scanning them.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../worker-threads.ts';
import { type CategoryCounts, countFindings } from './phi-counts.ts';

export interface ScanJob {
  readonly id: number;
  readonly texts: readonly string[];
  readonly minConfidence: number;
}

export type ScanAnswer =
  | { readonly id: number; readonly counts: CategoryCounts }
  | { readonly id: number; readonly failure: string };

/** Counts phi-detect findings per category; the gateway's only view of a scan. */
export interface PhiCounter {
  count(texts: readonly string[], minConfidence: number): Promise<CategoryCounts>;
  close(): Promise<void>;
}

/** Below this many characters in total a message is scanned on the calling thread. */
export const INLINE_SCAN_CHARS = 2048;

interface PendingJob {
  resolve: (counts: CategoryCounts) => void;
  reject: (error: Error) => void;
}

interface ScanThread {
  readonly worker: Worker;
  readonly pending: Map<number, PendingJob>;
}

export class ScanPool implements PhiCounter {
  private readonly threads: (ScanThread | undefined)[];
  private nextId = 1;
  private closed = false;

  constructor(readonly size = defaultScanThreads()) {
    if (!Number.isInteger(size) || size < 1) throw new Error('scan pool size must be >= 1');
    this.threads = Array.from({ length: size }, () => undefined);
  }

  count(texts: readonly string[], minConfidence: number): Promise<CategoryCounts> {
    if (this.closed) return Promise.reject(new Error('the scan pool is closed'));
    let chars = 0;
    for (const text of texts) chars += text.length;
    if (chars < INLINE_SCAN_CHARS) return Promise.resolve(countFindings(texts, minConfidence));
    const thread = this.leastBusy();
    const id = this.nextId++;
    return new Promise<CategoryCounts>((resolve, reject) => {
      thread.pending.set(id, { resolve, reject });
      thread.worker.postMessage({ id, texts, minConfidence } satisfies ScanJob);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const running = this.threads.filter((t): t is ScanThread => t !== undefined);
    this.threads.fill(undefined);
    await Promise.all(running.map((t) => t.worker.terminate()));
    for (const t of running) failAll(t, new Error('the scan pool closed before the scan ended'));
  }

  /** Threads start on first use, so a gateway that only reads never pays for them. */
  private leastBusy(): ScanThread {
    let best = -1;
    for (let i = 0; i < this.threads.length; i++) {
      const thread = this.threads[i];
      if (!thread) {
        return (this.threads[i] = this.startThread(i));
      }
      if (best < 0 || thread.pending.size < (this.threads[best]?.pending.size ?? 0)) best = i;
    }
    return this.threads[best] as ScanThread;
  }

  private startThread(slot: number): ScanThread {
    const worker = startWorker(new URL('./scan-worker.ts', import.meta.url));
    const thread: ScanThread = { worker, pending: new Map() };
    worker.on('message', (answer: ScanAnswer) => {
      const job = thread.pending.get(answer.id);
      thread.pending.delete(answer.id);
      if ('counts' in answer) job?.resolve(answer.counts);
      else job?.reject(new Error(`the PHI scan failed (${answer.failure})`));
    });
    // A thread that dies fails only its own jobs; the next scan starts a fresh one in its slot.
    const retire = (error: Error) => {
      if (this.threads[slot] === thread) this.threads[slot] = undefined;
      failAll(thread, error);
    };
    worker.on('error', (error) => retire(new Error(`a PHI scan thread crashed (${error.name})`)));
    worker.on('exit', () => retire(new Error('a PHI scan thread exited')));
    return thread;
  }
}

function failAll(thread: ScanThread, error: Error): void {
  for (const job of thread.pending.values()) job.reject(error);
  thread.pending.clear();
}

/**
 * One thread per core. The request and writer threads wait on sockets and fsync for much of
 * their time; on 2 cores, 2 scan threads gave about 15% more sends/s than 1 (bench:gateway).
 */
export function defaultScanThreads(): number {
  return Math.max(1, availableParallelism());
}
