/**
 * The request thread's side of the writer thread. A write is sent at once when the writer is
 * idle; writes that arrive while a batch is committing wait and go together as the next batch.
 * That is group commit without a timer: the batch grows exactly as much as the load needs.
 */
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../worker-threads.ts';
import type { WriteArgs, WriteName, WriteResult } from './sqlite-writes.ts';
import { type FromWriter, type WriteRequest, fromWriteError } from './write-protocol.ts';

interface PendingWrite extends WriteRequest {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

export class WriterClient {
  /** Batches committed and writes in them: their ratio is the group-commit factor. */
  readonly stats = { batches: 0, writes: 0 };
  private worker: Worker | undefined;
  private queue: PendingWrite[] = [];
  private inFlight: PendingWrite[] | undefined;
  private nextId = 1;
  private closing: { resolve: () => void } | undefined;
  private closed: Promise<void> | undefined;

  constructor(
    private readonly file: string,
    private readonly maxBatch = 256,
  ) {}

  write<N extends WriteName>(name: N, ...args: WriteArgs<N>): Promise<WriteResult<N>> {
    if (this.closed) return Promise.reject(new Error('the store is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({
        id: this.nextId++,
        name,
        args,
        resolve: resolve as (value: unknown) => void,
        reject,
      });
      this.pump();
    });
  }

  /** Commits everything already queued, then stops the writer thread. */
  close(): Promise<void> {
    this.closed ??= new Promise<void>((resolve) => {
      this.closing = { resolve };
      this.pump();
    });
    return this.closed;
  }

  private pump(): void {
    if (this.inFlight) return;
    if (this.queue.length === 0) {
      if (this.closing) this.stopWriter();
      return;
    }
    const batch = this.queue.splice(0, this.maxBatch);
    this.inFlight = batch;
    this.writer().postMessage({
      type: 'batch',
      writes: batch.map(({ id, name, args }) => ({ id, name, args })),
    });
  }

  private stopWriter(): void {
    const done = this.closing;
    this.closing = undefined;
    if (!this.worker) {
      done?.resolve();
      return;
    }
    this.worker.once('exit', () => done?.resolve());
    this.worker.postMessage({ type: 'close' });
  }

  /** Started on first write; restarted by the next write if it dies. */
  private writer(): Worker {
    if (this.worker) return this.worker;
    const worker = startWorker(new URL('./write-thread.ts', import.meta.url), { file: this.file });
    worker.on('message', (message: FromWriter) => this.settle(message));
    const stop = (error: Error) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.failInFlight(error);
      this.pump();
    };
    // The name only: a message could quote a value from the failed write.
    worker.on('error', (error) => stop(new Error(`the database writer crashed (${error.name})`)));
    worker.on('exit', () => stop(new Error('the database writer stopped')));
    this.worker = worker;
    return worker;
  }

  private settle(message: FromWriter): void {
    const batch = this.inFlight ?? [];
    if (message.type === 'committed') {
      this.stats.batches++;
      this.stats.writes += batch.length;
      const byId = new Map(batch.map((write) => [write.id, write]));
      for (const outcome of message.outcomes) {
        const write = byId.get(outcome.id);
        if (outcome.ok) write?.resolve(outcome.value);
        else write?.reject(fromWriteError(outcome.error));
      }
    } else if (message.type === 'batch-failed') {
      for (const write of batch) write.reject(fromWriteError(message.error));
    } else {
      return;
    }
    this.inFlight = undefined;
    this.pump();
  }

  private failInFlight(error: Error): void {
    for (const write of this.inFlight ?? []) write.reject(error);
    this.inFlight = undefined;
  }
}
