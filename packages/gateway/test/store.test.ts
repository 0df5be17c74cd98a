import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { verifyChain } from '../src/audit/chain.ts';
import { DEFAULT_POLICY } from '../src/policy/tenant-policy.ts';
import { SqliteStore } from '../src/store/sqlite-store.ts';
import type { AuditDraft, TenantRecord } from '../src/store/records.ts';

const dir = mkdtempSync(join(tmpdir(), 'store-test-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const openStore = () => SqliteStore.open(join(dir, `gateway-${files++}.db`));

const A = '00D000000000AAAEAA';
const tenant = (id: string): TenantRecord => ({
  id,
  name: `Tenant ${id}`,
  createdAt: '2026-11-22T10:00:00.000Z',
  policy: DEFAULT_POLICY,
});
const auditEntry = (tenantId: string, n: number): AuditDraft => ({
  tenantId,
  at: '2026-11-22T10:00:00.000Z',
  action: 'credential.use',
  actorType: 'system',
  actorId: `writer-test-${n}`,
  details: { n },
});

describe('the SQLite store and its writer thread', () => {
  it('group-commits concurrent writes: every one lands, in fewer batches than writes', async () => {
    const store = openStore();
    try {
      await store.createTenant(tenant(A));
      await Promise.all(
        Array.from({ length: 300 }, (_, n) => store.appendAudit([auditEntry(A, n)])),
      );
      const entries = await store.listAudit(A, 0, 1000);
      assert.equal(entries.length, 300);
      assert.deepEqual(verifyChain(A, entries, await store.auditHead(A)), []);
      assert.ok(
        store.writer.stats.batches < store.writer.stats.writes / 2,
        `expected batching, got ${store.writer.stats.batches} batches for ${store.writer.stats.writes} writes`,
      );
    } finally {
      await store.close();
    }
  });

  it('rolls back only the write that fails inside a batch', async () => {
    const store = openStore();
    try {
      const results = await Promise.allSettled([
        store.createTenant(tenant(A)),
        store.createTenant(tenant(A)),
        store.createTenant(tenant('00D000000000BBBEAA')),
      ]);
      assert.deepEqual(
        results.map((r) => r.status),
        ['fulfilled', 'rejected', 'fulfilled'],
      );
      const failure = results[1] as PromiseRejectedResult;
      assert.match(String(failure.reason), /UNIQUE constraint failed: tenants\.id/);
      assert.equal((failure.reason as { code?: string }).code, 'SQLITE_CONSTRAINT_PRIMARYKEY');
      assert.deepEqual(
        (await store.listTenants()).map((t) => t.id),
        [A, '00D000000000BBBEAA'],
      );
    } finally {
      await store.close();
    }
  });

  it('fails the writes of a writer thread that dies, and the next write starts a new one', async () => {
    const store = openStore();
    try {
      await store.createTenant(tenant(A));
      const inFlight = store.appendAudit([auditEntry(A, 1)]);
      const worker = (store.writer as unknown as { worker: { terminate(): Promise<number> } })
        .worker;
      await worker.terminate();
      await assert.rejects(inFlight, /database writer stopped/);
      await store.appendAudit([auditEntry(A, 2)]);
      const entries = await store.listAudit(A, 0, 10);
      assert.deepEqual(verifyChain(A, entries, await store.auditHead(A)), []);
      assert.ok(entries.some((e) => e.actorId === 'writer-test-2'));
    } finally {
      await store.close();
    }
  });

  it('commits what is queued before it closes, then refuses writes', async () => {
    const store = openStore();
    const queued = store.createTenant(tenant(A));
    await store.close();
    await queued;
    await assert.rejects(store.createTenant(tenant('00D000000000BBBEAA')), /store is closed/);
    const reopened = SqliteStore.open(join(dir, `gateway-${files - 1}.db`));
    try {
      assert.equal((await reopened.listTenants()).length, 1);
    } finally {
      await reopened.close();
    }
  });

  it('needs a database file, not an in-memory database', () => {
    assert.throws(() => SqliteStore.open(':memory:'), /needs a database file/);
  });
});
