/**
 * A real gateway on an ephemeral 127.0.0.1 port with its own temporary database, keyring and
 * captured log, plus a tenant with credentials. Each test file starts its own.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { buildGateway } from '../src/app.ts';
import { Deliverer } from '../src/delivery/deliverer.ts';
import type { MailSender } from '../src/delivery/mail-sender.ts';
import { MethodRouter } from '../src/delivery/method-router.ts';
import type { MailHostResolver } from '../src/delivery/mx.ts';
import type { PortalPolicy } from '../src/portal/recipient-access.ts';
import { LocalKeyRing, type MasterKey, newMasterKey } from '../src/crypto/keyring.ts';
import { SqliteStore } from '../src/store/sqlite-store.ts';
import { SCOPES, type Scope } from '../src/store/records.ts';
import { addCredential, createTenant } from '../src/tenants/tenant-admin.ts';

export const TENANT_A = '00D000000000AAAEAA';
export const TENANT_B = '00D000000000BBBEAA';
export const USER = '005000000000001AAA';

export interface Harness {
  readonly url: string;
  readonly app: FastifyInstance;
  readonly store: SqliteStore;
  readonly dir: string;
  readonly dbFile: string;
  readonly keyRing: LocalKeyRing;
  readonly masterKey: MasterKey;
  readonly logs: string[];
  /** Full-scope token for TENANT_A and TENANT_B. */
  readonly tokenA: string;
  readonly tokenB: string;
  clock: { now: Date };
  /** Present when started with `delivery`. */
  readonly deliverer?: Deliverer;
  readonly router?: MethodRouter;
  token(tenant: string, scopes: readonly Scope[]): Promise<string>;
  close(): Promise<void>;
}

/** Delivery and the portal, driven by the test: `deliverer.runDue()` sends what is due. */
export interface HarnessDelivery {
  readonly sender: MailSender;
  /** Where the router probes recipient domains; none: every recipient picks up. */
  readonly resolveHosts?: MailHostResolver;
  readonly probeCa?: string;
  readonly retryDelaysMs?: readonly number[];
  readonly portalPolicy?: PortalPolicy;
  readonly outboxDir?: string;
}

export async function startHarness(
  options: { maxFailuresPerMinute?: number; delivery?: HarnessDelivery } = {},
): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'gateway-test-'));
  const dbFile = join(dir, 'gateway.db');
  const store = SqliteStore.open(dbFile);
  const masterKey = newMasterKey('k1');
  const keyRing = new LocalKeyRing([masterKey], 'k1');
  const logs: string[] = [];
  const logStream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(chunk.toString('utf8'));
      done();
    },
  });
  const clock = { now: new Date('2026-11-22T10:00:00.000Z') };
  const app = buildGateway({
    store,
    keyRing,
    clock: () => clock.now,
    logLevel: 'debug',
    logStream,
    ...(options.maxFailuresPerMinute ? { maxFailuresPerMinute: options.maxFailuresPerMinute } : {}),
    ...(options.delivery ? { portal: portalOptions(options.delivery) } : {}),
  });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  const delivery =
    options.delivery && buildDeliverer(options.delivery, store, keyRing, () => clock.now, url);
  await createTenant(store, TENANT_A, 'Tenant A', clock.now);
  await createTenant(store, TENANT_B, 'Tenant B', clock.now);
  const token = async (tenant: string, scopes: readonly Scope[]) =>
    (await addCredential(store, tenant, scopes, 'test', clock.now)).token;
  return {
    url,
    app,
    store,
    dir,
    dbFile,
    keyRing,
    masterKey,
    logs,
    tokenA: await token(TENANT_A, SCOPES),
    tokenB: await token(TENANT_B, SCOPES),
    clock,
    token,
    ...delivery,
    async close() {
      await delivery?.deliverer.stop();
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Sent {
  readonly status: number;
  readonly headers: Headers;
  readonly json: Record<string, unknown> & { [key: string]: unknown };
}

export async function call(
  harness: Harness,
  method: string,
  path: string,
  options: {
    token?: string | null;
    body?: unknown;
    rawBody?: string;
    headers?: Record<string, string>;
  } = {},
): Promise<Sent> {
  const headers: Record<string, string> = { ...options.headers };
  const token = options.token === undefined ? harness.tokenA : options.token;
  if (token) headers['authorization'] = `Bearer ${token}`;
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined) headers['content-type'] ??= 'application/json';
  const response = await fetch(harness.url + path, {
    method,
    headers,
    ...(body !== undefined ? { body } : {}),
  });
  const text = await response.text();
  const json = (text ? JSON.parse(text) : {}) as Sent['json'];
  return { status: response.status, headers: response.headers, json };
}

function portalOptions(delivery: HarnessDelivery) {
  return {
    sender: delivery.sender,
    ...(delivery.portalPolicy ? { policy: delivery.portalPolicy } : {}),
    ...(delivery.outboxDir ? { outboxDir: delivery.outboxDir } : {}),
  };
}

function buildDeliverer(
  delivery: HarnessDelivery,
  store: SqliteStore,
  keyRing: LocalKeyRing,
  clock: () => Date,
  publicUrl: string,
) {
  const router = new MethodRouter(store, keyRing, clock, {
    ...(delivery.resolveHosts ? { resolveHosts: delivery.resolveHosts } : {}),
    probe: { timeoutMs: 2_000, ...(delivery.probeCa ? { ca: delivery.probeCa } : {}) },
  });
  const deliverer = new Deliverer(
    { store, keyRing, clock, sender: delivery.sender, router },
    {
      publicUrl,
      retryDelaysMs: delivery.retryDelaysMs ?? [60_000, 300_000],
      leaseMs: 120_000,
      batchSize: 20,
    },
  );
  return { deliverer, router };
}

/** POST /v1/messages with a fresh idempotency key unless one is given. */
export function postMessage(
  harness: Harness,
  body: unknown,
  options: { key?: string; token?: string } = {},
): Promise<Sent> {
  return call(harness, 'POST', '/v1/messages', {
    body,
    headers: { 'idempotency-key': options.key ?? newKey() },
    ...(options.token ? { token: options.token } : {}),
  });
}

let keyCounter = 0;
/** A fresh idempotency key per call. */
export function newKey(): string {
  keyCounter++;
  return `compose-${process.pid}-${keyCounter}-${Date.now()}`;
}

export function messageRequest(overrides: Record<string, unknown> = {}) {
  return {
    sender: { userId: USER, name: 'Casey Rep', email: 'casey.rep@insurer.example' },
    recipients: [{ email: 'member@example.org', name: 'Member' }],
    subject: 'Your claim update',
    body: 'Hello, your claim was processed. Reply here with any questions.',
    reference: { caseId: '500000000000001AAA', caseNumber: '00001026' },
    ...overrides,
  };
}
