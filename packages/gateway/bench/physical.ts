/**
 * Physical references for the gateway benchmark, measured in the same run: how fast this machine
 * does AES-256-GCM, and how many durable SQLite transactions it commits per second (one 10 KB
 * row each, WAL + synchronous FULL). The gateway cannot beat the second without group commit.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { seal } from '../src/crypto/aead.ts';
import { countFindings } from '../src/policy/phi-counts.ts';
import { tenKilobyteMessage } from './message.ts';
import { median } from './stats.ts';

export function aesGcmMegabytesPerSecond(seconds: number): number {
  const key = randomBytes(32);
  const block = randomBytes(10 * 1024);
  let bytes = 0;
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end) {
    for (let i = 0; i < 100; i++) seal(key, block, 'bench');
    bytes += 100 * block.length;
  }
  return bytes / 1e6 / seconds;
}

export function sqliteDurableInsertsPerSecond(seconds: number): number {
  const dir = mkdtempSync(join(tmpdir(), 'bench-sqlite-'));
  try {
    const db = new Database(join(dir, 'bench.db'));
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, body BLOB NOT NULL)');
    const insert = db.prepare('INSERT INTO t (body) VALUES (?)');
    const row = randomBytes(10 * 1024);
    let count = 0;
    const start = performance.now();
    while (performance.now() - start < seconds * 1000) {
      // One row per transaction, as a server without group commit would do.
      db.transaction(() => insert.run(row))();
      count++;
    }
    const rate = count / ((performance.now() - start) / 1000);
    db.close();
    return rate;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Median milliseconds of one server-side scan (phi-detect, on one thread) of the benchmark's
 * 10 KB bodies: with the gateway's CPU per send, it shows how much of a send is the scan.
 */
export function phiScanMillisecondsPerMessage(seconds: number): number {
  const bodies = Array.from(
    { length: 64 },
    (_, n) => (JSON.parse(tenKilobyteMessage(n)) as { body: string }).body,
  );
  for (const body of bodies) countFindings([body], 0.6); // warm-up
  const rounds: number[] = [];
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end) {
    const start = performance.now();
    for (const body of bodies) countFindings([body], 0.6);
    rounds.push((performance.now() - start) / bodies.length);
  }
  return median(rounds);
}
