/** Starts a worker thread running a TypeScript module of this package. */
import { Worker } from 'node:worker_threads';

export function startWorker(entry: URL, data: Record<string, unknown> = {}): Worker {
  return new Worker(new URL('./worker-boot.mjs', import.meta.url), {
    workerData: { ...data, entry: entry.href },
  });
}
