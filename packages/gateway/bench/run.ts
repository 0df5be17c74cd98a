/**
 * `npm run bench:gateway`: durable sends per second and latency for 10 KB messages at 1, 16 and
 * 64 concurrent clients against a real gateway process (started here, on 127.0.0.1, with a
 * temporary data folder), beside this machine's raw AES-256-GCM speed and SQLite's own durable
 * insert rate measured in the same run. Each level runs several times and reports medians (this
 * machine is shared and noisy), with the gateway's and the load client's CPU time per send.
 * Prints a PASS/FAIL table of the targets.
 *   --seconds <n>   per run (default 5)
 *   --runs <n>      runs per concurrency level (default 3)
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type LoadResult, runLoad } from './load.ts';
import {
  aesGcmMegabytesPerSecond,
  phiScanMillisecondsPerMessage,
  sqliteDurableInsertsPerSecond,
} from './physical.ts';
import { processCpuSeconds } from './process-cpu.ts';
import { median } from './stats.ts';
import { tenKilobyteMessage } from './message.ts';

const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '5' }, runs: { type: 'string', default: '3' } },
});
const seconds = Number(values.seconds);
if (!(seconds > 0)) throw new Error('--seconds must be a positive number');
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive integer');

/** One concurrency level: medians over its runs, and CPU milliseconds per send. */
interface LevelResult extends LoadResult {
  readonly serverCpuMsPerSend: number | undefined;
  readonly clientCpuMsPerSend: number;
}

const dataDir = mkdtempSync(join(tmpdir(), 'bench-gateway-'));
const server = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'src/main.ts'], {
  cwd: join(import.meta.dirname, '..'),
  env: {
    ...process.env,
    SECURESEND_DATA_DIR: dataDir,
    SECURESEND_PORT: '0',
    SECURESEND_LOG_LEVEL: 'warn',
    INIT_CWD: dataDir,
  },
  stdio: ['ignore', 'pipe', 'inherit'],
});
try {
  const { url, token } = await serverReady(server.stdout);
  const results: LevelResult[] = [];
  await runLoad(url, token, tenKilobyteMessage, 4, Math.min(2, seconds)); // warm-up
  for (const concurrency of [1, 16, 64]) {
    results.push(await measureLevel(url, token, concurrency, server.pid));
  }
  // The references get the machine to themselves: the gateway has exited first.
  const exited = once(server, 'exit');
  server.kill('SIGTERM');
  await exited;
  const aes = aesGcmMegabytesPerSecond(1);
  const sqlite = sqliteDurableInsertsPerSecond(2);
  const scanMs = phiScanMillisecondsPerMessage(2);
  report(results, { aes, sqlite, scanMs });
} finally {
  server.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
}

async function measureLevel(
  url: string,
  token: string,
  concurrency: number,
  serverPid: number | undefined,
): Promise<LevelResult> {
  const samples: { load: LoadResult; server?: number; client: number }[] = [];
  for (let run = 0; run < runs; run++) {
    const serverBefore = serverPid === undefined ? undefined : processCpuSeconds(serverPid);
    const clientBefore = process.cpuUsage();
    const load = await runLoad(url, token, tenKilobyteMessage, concurrency, seconds);
    const client = process.cpuUsage(clientBefore);
    const serverAfter = serverPid === undefined ? undefined : processCpuSeconds(serverPid);
    const sends = Math.max(1, load.sent);
    samples.push({
      load,
      client: (client.user + client.system) / 1000 / sends,
      ...(serverBefore !== undefined && serverAfter !== undefined
        ? { server: ((serverAfter - serverBefore) * 1000) / sends }
        : {}),
    });
  }
  const serverCpu = samples.flatMap((s) => (s.server === undefined ? [] : [s.server]));
  return {
    concurrency,
    sent: samples.reduce((a, s) => a + s.load.sent, 0),
    failed: samples.reduce((a, s) => a + s.load.failed, 0),
    perSecond: median(samples.map((s) => s.load.perSecond)),
    p50: median(samples.map((s) => s.load.p50)),
    p99: median(samples.map((s) => s.load.p99)),
    serverCpuMsPerSend: serverCpu.length > 0 ? median(serverCpu) : undefined,
    clientCpuMsPerSend: median(samples.map((s) => s.client)),
  };
}

function serverReady(
  stdout: NodeJS.ReadableStream | null,
): Promise<{ url: string; token: string }> {
  return new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(
      () => reject(new Error('the gateway did not start within 30 s')),
      30_000,
    );
    stdout?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const url = /listening on (http:\/\/\S+)/.exec(text)?.[1];
      const token = /(ssk_cred_[0-9a-f]{16}_[A-Za-z0-9_-]{43})/.exec(text)?.[1];
      if (url && token) {
        clearTimeout(timer);
        resolve({ url, token });
      }
    });
  });
}

function report(
  results: readonly LevelResult[],
  { aes, sqlite, scanMs }: { aes: number; sqlite: number; scanMs: number },
): void {
  const row = (cells: (string | number)[]) => cells.map((c) => String(c).padStart(12)).join('');
  console.log(
    `== gateway: POST /v1/messages, 10 KB bodies, durable (2xx after COMMIT); median of ${runs} x ${seconds} s ==`,
  );
  console.log(
    row(['clients', 'sends', 'failed', 'sends/s', 'p50 ms', 'p99 ms', 'srv CPU ms', 'cli CPU ms']),
  );
  for (const r of results) {
    console.log(
      row([
        r.concurrency,
        r.sent,
        r.failed,
        r.perSecond.toFixed(0),
        r.p50.toFixed(2),
        r.p99.toFixed(2),
        r.serverCpuMsPerSend?.toFixed(2) ?? 'n/a',
        r.clientCpuMsPerSend.toFixed(2),
      ]),
    );
  }
  console.log('(CPU ms: per send, all threads of the gateway process / of this load client)');
  console.log(`\n== physical references (same run) ==`);
  console.log(`raw AES-256-GCM, 10 KB blocks: ${aes.toFixed(0)} MB/s`);
  console.log(`SQLite durable inserts, one 10 KB row per transaction: ${sqlite.toFixed(0)}/s`);
  const cores = availableParallelism();
  console.log(
    `phi-detect scan of one 10 KB body: ${scanMs.toFixed(2)} ms CPU, so the scan alone caps ` +
      `${cores} cores at ${((cores * 1000) / scanMs).toFixed(0)} sends/s`,
  );
  const best = Math.max(...results.map((r) => r.perSecond));
  const at64 = results.find((r) => r.concurrency === 64);
  const targets: [string, string, boolean][] = [
    ['durable sends/s >= 1000 (best level)', best.toFixed(0), best >= 1000],
    ['p99 <= 50 ms at 64 clients', `${at64?.p99.toFixed(2)} ms`, (at64?.p99 ?? Infinity) <= 50],
    ['sends/s / SQLite durable inserts/s >= 0.5', (best / sqlite).toFixed(2), best / sqlite >= 0.5],
    [
      'no failed sends',
      String(results.reduce((a, r) => a + r.failed, 0)),
      results.every((r) => r.failed === 0),
    ],
  ];
  console.log('\n== targets ==');
  for (const [name, value, pass] of targets)
    console.log(`${name.padEnd(45)}${value.padStart(12)}  ${pass ? 'PASS' : 'FAIL'}`);
}
