/**
 * `npm run durability:gateway`: the kill -9 check of issue [C1]. Starts a real gateway (127.0.0.1,
 * temporary data folder), sends unique ~10 KB messages from closed-loop clients, SIGKILLs the
 * server mid-run, restarts it on the same folder and proves, for every key sent in every round:
 *  - each request answered 201 before the kill is present (GET status 200) and decrypts to exactly
 *    the sender, recipients, subject and body sent (GET content);
 *  - nothing is duplicated: a replay with the same Idempotency-Key and body answers 201,
 *    `Idempotent-Replayed: true`, same id; each request cut off by the kill resolves to exactly
 *    one message (its first replay finds or creates it, a second returns the same id);
 *  - after a clean stop (SIGTERM), the database holds exactly one row per key sent, with the id
 *    the API returned and one message.create audit entry each, and the audit chain verifies.
 * Exits 1 naming the keys/ids at fault (never content) on any violation. Options: --clients <n>
 * (32), --kill-after-ms <n> of load before each kill (1500), --rounds <n> of kill/restart (1).
 * Without npm: cd packages/gateway && node --conditions=source --import tsx bench/durability.ts
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, type IncomingMessage, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { verifyAudit } from '../src/audit/verify.ts';
import { SqliteStore } from '../src/store/sqlite-store.ts';
import { tenKilobyteMessage } from './message.ts';

const opt = (v: string) => ({ type: 'string', default: v }) as const;
const args = { clients: opt('32'), 'kill-after-ms': opt('1500'), rounds: opt('1') };
const given = parseArgs({ options: args }).values;
const count = (name: keyof typeof args) => {
  if (/^[1-9][0-9]{0,6}$/.test(given[name])) return Number(given[name]);
  console.error(`--${name} must be a positive integer`);
  process.exit(2);
};
const [clients, killAfterMs, rounds] = [count('clients'), count('kill-after-ms'), count('rounds')];

const packageDir = join(import.meta.dirname, '..');
const dataDir = mkdtempSync(join(tmpdir(), 'durability-gateway-'));
const runId = Date.now().toString(36);
const agent = new Agent({ keepAlive: true, maxSockets: clients });
const sent = new Map<string, string>(); // key -> the exact request body
const expected = new Map<string, string>(); // key -> the message id the API answered
const violations: string[] = [];
const gateway = { url: '', token: '' };
let server: ChildProcess | undefined;
const duplicates = new Set<string>(); // ids of messages beyond one per key
const since = (t: number) => `${((performance.now() - t) / 1000).toFixed(1)} s`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Reply = { status: number; replayed: boolean; body: string };

/** One request (30 s at most); with a key, POSTs that key's body with it as Idempotency-Key. */
async function call(method: string, path: string, key?: string): Promise<Reply> {
  const headers = {
    authorization: `Bearer ${gateway.token}`,
    ...(path.endsWith('/content') ? { 'securesend-acting-user': '005000000000001AAA' } : {}),
    ...(key ? { 'content-type': 'application/json', 'idempotency-key': key } : {}),
  };
  const req = request(`${gateway.url}${path}`, { method, agent, headers, timeout: 30_000 });
  req.on('timeout', () => req.destroy(new Error(`${method} ${path}: no answer in 30 s`)));
  req.on('error', () => undefined); // reported by once() below, or by the response stream
  req.end(key ? sent.get(key) : undefined);
  const [res] = (await once(req, 'response')) as [IncomingMessage];
  let body = '';
  res.setEncoding('utf8');
  for await (const chunk of res) body += String(chunk); // throws if the response is cut off
  const replayed = res.headers['idempotent-replayed'] === 'true';
  return { status: res.statusCode ?? 0, replayed, body };
}

/** JSON.parse without its error message, which can quote the text (content must not leak). */
function parse(text: string): Record<string, unknown> {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return {};
  }
}
/** The id of a 2xx body, or the type of a problem (problems never echo submitted values). */
const field = (reply: Reply, name: 'id' | 'type') => String(parse(reply.body)[name]);
const status = (r: Reply) => `${r.status}${r.status >= 400 ? ` (${field(r, 'type')})` : ''}`;

/** Starts src/main.ts on the data folder; only the first run prints the credential. */
function startGateway(): Promise<void> {
  const env = { SECURESEND_DATA_DIR: dataDir, SECURESEND_PORT: '0', INIT_CWD: dataDir };
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'src/main.ts'], {
    cwd: packageDir,
    env: { ...process.env, ...env, SECURESEND_HOST: '127.0.0.1', SECURESEND_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  server = child;
  let text = '';
  const ready = new Promise<void>((resolve, reject) => {
    child.once('exit', (code, sig) =>
      reject(new Error(`the gateway exited (${code ?? sig}) while starting`)),
    );
    child.stdout.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(text)?.[1];
      const token = gateway.token || /(ssk_cred_[0-9a-f]{16}_[A-Za-z0-9_-]{43})/.exec(text)?.[1];
      if (url && token) {
        Object.assign(gateway, { url, token });
        resolve();
      }
    });
  });
  return Promise.race([ready, timeout(30_000, 'the gateway did not start')]);
}

/** Rejects after `ms` without keeping the process alive. */
const timeout = (ms: number, what: string) =>
  new Promise<never>((_, reject) => {
    setTimeout(() => reject(new Error(`${what} in ${ms / 1000} s`)), ms).unref();
  });

async function exited(child: ChildProcess, what: string): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
  const exit = once(child, 'exit') as Promise<[number | null]>;
  return (await Promise.race([exit, timeout(15_000, `${what} did not exit`)]))[0];
}

async function healthy(): Promise<void> {
  const deadline = performance.now() + 30_000;
  while ((await call('GET', '/v1/health').catch(() => undefined))?.status !== 200) {
    if (performance.now() > deadline) throw new Error('no 200 from /v1/health in 30 s');
    await sleep(100);
  }
}

async function pool<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += 16) await Promise.all(items.slice(i, i + 16).map(work));
}

/** Closed-loop senders until the SIGKILL; returns the keys whose outcome the kill left unknown. */
async function loadThenKill(round: number): Promise<string[]> {
  let killed = false;
  let n = 0;
  const unacked: string[] = [];
  const client = async (c: number) => {
    while (!killed) {
      const key = `dur-${runId}-r${round}-c${c}-${n}`;
      const message = JSON.parse(tenKilobyteMessage(n++)) as { subject: string; body: string };
      const body = `Durability check ${key}.\n${message.body}`;
      sent.set(key, JSON.stringify({ ...message, subject: `Durability ${key}`, body }));
      try {
        const reply = await call('POST', '/v1/messages', key);
        if (reply.status === 201) expected.set(key, field(reply, 'id'));
        else violations.push(`${key}: answered ${status(reply)} before the kill`);
      } catch (error) {
        unacked.push(key);
        if (killed) continue;
        return void violations.push(`${key}: ${(error as Error).message} before the kill`);
      }
    }
  };
  const senders = Promise.all(Array.from({ length: clients }, (_, c) => client(c)));
  await sleep(killAfterMs);
  killed = true;
  server?.kill('SIGKILL');
  if (server) await exited(server, 'the SIGKILLed gateway');
  await senders;
  return unacked;
}

const COMPARED = ['sender', 'recipients', 'subject', 'body'];

/** Every key sent so far: one message, present, decrypts to what was sent, replays to its id. */
async function verify(unacked: readonly string[]) {
  let committedBeforeKill = 0;
  let verified = 0;
  const post = (key: string) => call('POST', '/v1/messages', key);
  await pool(unacked, async (key) => {
    const [first, second] = [await post(key), await post(key)];
    if (first.status !== 201 || second.status !== 201) {
      return void violations.push(`${key}: replays answered ${status(first)}, ${status(second)}`);
    }
    const [a, b, again] = [field(first, 'id'), field(second, 'id'), second.replayed];
    if (a !== b) duplicates.add(b);
    if (a !== b || !again) {
      violations.push(`${key}: replays after restart gave ${a}, then ${b} (replayed: ${again})`);
    }
    if (first.replayed) committedBeforeKill++;
    expected.set(key, a);
  });
  await pool([...expected], async ([key, id]) => {
    const meta = await call('GET', `/v1/messages/${id}`);
    if (meta.status !== 200) return void violations.push(`${key}: ${id} answered ${status(meta)}`);
    const content = await call('GET', `/v1/messages/${id}/content`);
    const got = parse(content.body);
    if (content.status !== 200 || got['id'] !== id) {
      return void violations.push(`${key}: content of ${id} answered ${status(content)}`);
    }
    const want = parse(sent.get(key) ?? '');
    if (!COMPARED.every((f) => isDeepStrictEqual(got[f], want[f]))) {
      return void violations.push(`${key}: content of ${id} differs from what was sent`);
    }
    const replay = await post(key);
    const replayId = field(replay, 'id');
    if (replay.status !== 201 || !replay.replayed || replayId !== id) {
      if (replay.status === 201 && replayId !== id) duplicates.add(replayId);
      const got = `${status(replay)} ${replayId} (replayed: ${replay.replayed})`;
      return void violations.push(`${key}: replay of ${id} answered ${got}`);
    }
    verified++;
  });
  return { committedBeforeKill, verified };
}

/** After a clean stop: one row per key sent, with the API's id and one message.create entry. */
function checkDatabase(): number {
  const db = new Database(join(dataDir, 'gateway.db'), { readonly: true, fileMustExist: true });
  const creates = `(SELECT COUNT(*) FROM audit WHERE message_id = m.id AND action = 'message.create')`;
  const sql = `SELECT idempotency_key AS key, id, ${creates} AS creates FROM messages m`;
  const rows = db.prepare(sql).all() as { key: string; id: string; creates: number }[];
  db.close();
  const seen = new Set<string>();
  for (const { key, id, creates } of rows) {
    if (seen.has(key) || expected.get(key) !== id) {
      if (seen.has(key) || !sent.has(key)) duplicates.add(id); // a second row, or an unknown key
      violations.push(`database: ${key} has row ${id}; the API answered ${expected.get(key)}`);
    }
    if (creates !== 1) violations.push(`audit: ${id} has ${creates} message.create entries`);
    seen.add(key);
  }
  for (const key of sent.keys()) if (!seen.has(key)) violations.push(`database: ${key} has no row`);
  return rows.length;
}

const started = performance.now();
let [acked, unacked, committed, verified, rows, audit] = [0, 0, 0, 0, 0, 'not run'];
try {
  await startGateway();
  console.log(
    `== gateway kill -9: ${rounds} round(s), ${clients} clients, kill at ${killAfterMs} ms`,
  );
  for (let round = 1; round <= rounds; round++) {
    const [t, ackedBefore, sentBefore] = [performance.now(), expected.size, sent.size];
    const cutOff = await loadThenKill(round);
    const [ok, loadTime, restart] = [expected.size - ackedBefore, since(t), performance.now()];
    if (!ok) violations.push(`round ${round}: no 201 before the kill; raise --kill-after-ms`);
    [acked, unacked] = [acked + ok, unacked + cutOff.length];
    await startGateway();
    await healthy();
    const [restartTime, checkStart] = [since(restart), performance.now()];
    const result = await verify(cutOff);
    [verified, committed] = [result.verified, committed + result.committedBeforeKill];
    console.log(
      `round ${round}: sent ${sent.size - sentBefore} in ${loadTime} (201: ${ok}, cut off: ` +
        `${cutOff.length}, of which committed: ${result.committedBeforeKill}); restart ` +
        `${restartTime}; all ${expected.size} keys so far checked in ${since(checkStart)}`,
    );
  }
  agent.destroy();
  server?.kill('SIGTERM');
  const code = server ? await exited(server, 'the gateway after SIGTERM') : 0;
  if (code !== 0) violations.push(`the gateway exited with code ${code} after SIGTERM`);
  rows = checkDatabase();
  const store = SqliteStore.open(join(dataDir, 'gateway.db'));
  const report = await verifyAudit(store).finally(() => store.close());
  for (const p of report.problems) violations.push(`audit chain: entry ${p.seq}: ${p.problem}`);
  audit = `${report.entries} entries, ${report.problems.length ? 'BROKEN' : 'chain intact'}`;
} catch (error) {
  violations.push(`aborted: ${(error as Error).message}`);
} finally {
  agent.destroy();
  server?.kill('SIGKILL');
  if (server) await exited(server, 'the gateway').catch(() => undefined);
  rmSync(dataDir, { recursive: true, force: true });
}
console.log(`sent:                                   ${sent.size}
acknowledged (201) before a kill:       ${acked}
unacknowledged at a kill:               ${unacked} (of which committed before it: ${committed})
present + decryptable + replay-stable:  ${verified}/${sent.size}
duplicates found:                       ${duplicates.size}
rows in the database:                   ${rows} (expected ${sent.size})
audit chain:                            ${audit}
elapsed:                                ${since(started)}`);
for (const v of violations.slice(0, 20)) console.error(`VIOLATION ${v}`);
if (violations.length > 20) console.error(`... and ${violations.length - 20} more violations`);
console.log(violations.length === 0 ? 'PASS' : `FAIL: ${violations.length} violation(s)`);
process.exitCode = violations.length === 0 ? 0 : 1;
