/** A closed-loop HTTP load generator: `concurrency` clients, each sending as soon as it hears back. */
import { Agent, request } from 'node:http';
import { percentile } from './stats.ts';

export interface LoadResult {
  readonly concurrency: number;
  readonly sent: number;
  readonly failed: number;
  readonly perSecond: number;
  readonly p50: number;
  readonly p99: number;
}

export async function runLoad(
  url: string,
  token: string,
  body: (n: number) => string,
  concurrency: number,
  seconds: number,
): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies: number[] = [];
  let failed = 0;
  let n = 0;
  const end = performance.now() + seconds * 1000;
  const start = performance.now();
  const client = async () => {
    while (performance.now() < end) {
      const payload = body(n++);
      const began = performance.now();
      const status = await post(agent, url, token, `bench-${process.pid}-${n}-${began}`, payload);
      latencies.push(performance.now() - began);
      if (status !== 201) failed++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  return {
    concurrency,
    sent: latencies.length,
    failed,
    perSecond: (latencies.length - failed) / elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}

function post(
  agent: Agent,
  url: string,
  token: string,
  key: string,
  payload: string,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}/v1/messages`,
      {
        method: 'POST',
        agent,
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'idempotency-key': key,
          'content-length': Buffer.byteLength(payload),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}
