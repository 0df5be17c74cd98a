import { Worker } from 'node:worker_threads';
import type { WorkerMessage, WorkerRequest, WorkerTarget } from './adversarial-worker.ts';

export interface Timing {
  readonly ms: number;
  readonly heapUsed: number;
  readonly error?: string;
}

/**
 * Workers do not inherit tsx's loader on Node 20, so a worker starts as a small CommonJS script
 * that registers tsx (tsImport) and imports adversarial-worker.ts through it.
 */
const BOOT = `
const { parentPort, workerData } = require('node:worker_threads');
import(workerData.tsxApi)
  .then(({ tsImport }) => tsImport(workerData.entry, workerData.entry))
  .catch((error) => parentPort.postMessage({ type: 'failed', error: String(error) }));
`;

/** A detector in a worker thread, so that a call that runs away can be stopped. */
export class TimedWorker {
  private readonly pending = new Map<number, (message: WorkerMessage | Error) => void>();
  private nextId = 1;
  private dead: Error | undefined;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'timed') this.settle(message.id, message);
      else if (message.type === 'failed') this.fail(new Error(message.error));
    });
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) => this.fail(new Error(`worker exited (${code})`)));
  }

  static start(target: WorkerTarget, timeoutMs: number): Promise<TimedWorker> {
    const worker = new Worker(BOOT, {
      eval: true,
      workerData: {
        target,
        tsxApi: import.meta.resolve('tsx/esm/api'),
        entry: new URL('./adversarial-worker.ts', import.meta.url).href,
      },
    });
    const timed = new TimedWorker(worker);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        void worker.terminate();
        reject(new Error(`worker did not start within ${timeoutMs} ms`));
      }, timeoutMs);
      const onMessage = (message: WorkerMessage) => {
        if (message.type !== 'ready' && message.type !== 'failed') return;
        clearTimeout(timer);
        worker.off('message', onMessage);
        if (message.type === 'ready') resolve(timed);
        else {
          void worker.terminate();
          reject(new Error(message.error));
        }
      };
      worker.on('message', onMessage);
      worker.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
    });
  }

  /** Times one native call on a generated input; 'timeout' when it runs past `timeoutMs`. */
  async time(input: string, size: number, timeoutMs: number): Promise<Timing | 'timeout'> {
    if (this.dead !== undefined) throw this.dead;
    const id = this.nextId;
    this.nextId += 1;
    const request: WorkerRequest = { id, input, size };
    const answer = new Promise<WorkerMessage | Error | 'timeout'>((resolve) => {
      const timer = setTimeout(() => resolve('timeout'), timeoutMs);
      this.pending.set(id, (message) => {
        clearTimeout(timer);
        resolve(message);
      });
    });
    this.worker.postMessage(request);
    const message = await answer;
    this.pending.delete(id);
    if (message === 'timeout') {
      await this.terminate();
      return 'timeout';
    }
    if (message instanceof Error) throw message;
    if (message.type !== 'timed') throw new Error(`unexpected worker message ${message.type}`);
    return {
      ms: message.ms,
      heapUsed: message.heapUsed,
      ...(message.error === undefined ? {} : { error: message.error }),
    };
  }

  get alive(): boolean {
    return this.dead === undefined;
  }

  async terminate(): Promise<void> {
    this.dead ??= new Error('worker terminated');
    await this.worker.terminate();
  }

  private settle(id: number, message: WorkerMessage): void {
    this.pending.get(id)?.(message);
  }

  private fail(error: Error): void {
    this.dead ??= error;
    for (const resolve of this.pending.values()) resolve(error);
    this.pending.clear();
  }
}
