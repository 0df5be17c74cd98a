/**
 * Worker thread for the adversarial timings: it builds one detector, then times its native call
 * on inputs it generates itself (no 1 MB strings cross threads). The main thread can terminate
 * it when a call runs past its cap, which a synchronous call on the main thread would not allow.
 */
import { getHeapStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { adversarialInput } from './adversarial-inputs.ts';
import { createOurDetector, loadScan } from './engine.ts';
import { createPeer } from './peers/index.ts';
import type { Detector } from './types.ts';

export type WorkerTarget =
  | { readonly kind: 'ours'; readonly engine: string }
  | { readonly kind: 'peer'; readonly peer: string };

export interface WorkerRequest {
  readonly id: number;
  readonly input: string;
  readonly size: number;
}

export type WorkerMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'failed'; readonly error: string }
  | {
      readonly type: 'timed';
      readonly id: number;
      readonly ms: number;
      readonly heapUsed: number;
      readonly error?: string;
    };

async function create(target: WorkerTarget): Promise<Detector> {
  return target.kind === 'ours'
    ? createOurDetector(await loadScan(target.engine))
    : createPeer(target.peer);
}

async function main(): Promise<void> {
  const port = parentPort;
  if (port === null) throw new Error('adversarial-worker must run in a worker thread');
  const send = (message: WorkerMessage) => port.postMessage(message);
  let detector: Detector;
  try {
    detector = await create((workerData as { target: WorkerTarget }).target);
  } catch (error) {
    send({ type: 'failed', error: String(error) });
    return;
  }
  const warmed = new Set<string>();
  port.on('message', (request: WorkerRequest) => {
    void (async () => {
      const input = adversarialInput(request.input);
      if (!warmed.has(input.name)) {
        // Untimed first call on a small slice: regex compilation and JIT are not what we measure.
        warmed.add(input.name);
        try {
          const result = detector.run(input.make(1024));
          if (result instanceof Promise) await result;
        } catch {
          // The timed call below reports errors.
        }
      }
      const text = input.make(request.size);
      let error: string | undefined;
      const start = performance.now();
      try {
        const result = detector.run(text);
        if (result instanceof Promise) await result;
      } catch (caught) {
        error = String(caught);
      }
      const ms = performance.now() - start;
      const heapUsed = getHeapStatistics().used_heap_size;
      send({
        type: 'timed',
        id: request.id,
        ms,
        heapUsed,
        ...(error === undefined ? {} : { error }),
      });
    })();
  });
  send({ type: 'ready' });
}

void main();
