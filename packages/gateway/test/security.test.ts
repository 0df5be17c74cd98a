import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { verifyAudit } from '../src/audit/verify.ts';
import { revokeCredential } from '../src/tenants/tenant-admin.ts';
import {
  type Harness,
  TENANT_A,
  USER,
  call,
  messageRequest,
  newKey,
  startHarness,
  postMessage,
} from './harness.ts';

const CANARY = 'CANARY-7f3a9c-Zebediah-Quartermaine';

describe('authentication, credentials and rate limits', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness({ maxFailuresPerMinute: 1000 });
  });
  after(() => h.close());

  it('health needs no credential and shows no data', async () => {
    const response = await call(h, 'GET', '/v1/health', { token: null });
    assert.equal(response.status, 200);
    assert.deepEqual(Object.keys(response.json).sort(), ['status', 'version']);
  });

  it('health answers 503 when the database does not', async () => {
    const broken = await startHarness();
    try {
      broken.store.db.close();
      const response = await call(broken, 'GET', '/v1/health', { token: null });
      assert.equal(response.status, 503);
      assert.equal(response.json['type'], 'https://securesend.dev/problems/unavailable');
    } finally {
      await broken.close();
    }
  });

  it('ping answers for a valid credential with its tenant and scopes', async () => {
    const response = await call(h, 'GET', '/v1/ping');
    assert.equal(response.status, 200);
    assert.equal(response.json['tenantId'], TENANT_A);
  });

  it('rejects missing, malformed, unknown and tampered credentials with 401', async () => {
    const tampered = h.tokenA.slice(0, -1) + (h.tokenA.endsWith('A') ? 'B' : 'A');
    for (const token of [
      null,
      'nonsense',
      `ssk_cred_${'0'.repeat(16)}_${'A'.repeat(43)}`,
      tampered,
    ]) {
      const response = await call(h, 'GET', '/v1/ping', { token });
      assert.equal(response.status, 401, String(token));
      assert.equal(response.headers.get('www-authenticate'), 'Bearer realm="securesend"');
    }
  });

  it('rotation: two credentials work at once, and a revoked one stops at once', async () => {
    const second = await h.token(TENANT_A, ['send', 'read-status']);
    assert.equal((await call(h, 'GET', '/v1/ping', { token: second })).status, 200);
    assert.equal((await call(h, 'GET', '/v1/ping')).status, 200);
    const credentialId = /^ssk_(cred_[0-9a-f]{16})_/.exec(second)?.[1] as string;
    await revokeCredential(h.store, TENANT_A, credentialId, h.clock.now);
    const revoked = await call(h, 'GET', '/v1/ping', { token: second });
    assert.equal(revoked.status, 401);
    assert.match(String(revoked.json['detail']), /revoked/);
    assert.equal(
      (await call(h, 'GET', '/v1/ping')).status,
      200,
      'the other credential still works',
    );
  });

  it('stores credentials hashed, never the token', async () => {
    const raw = readFileSync(h.dbFile);
    const secret = h.tokenA.slice(h.tokenA.lastIndexOf('_') + 1);
    assert.ok(!raw.includes(Buffer.from(secret)));
  });
});

describe('rate limiting of guessable things', () => {
  it('answers 429 with Retry-After after repeated failures from one client', async () => {
    const h = await startHarness({ maxFailuresPerMinute: 5 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++)
        statuses.push((await call(h, 'GET', '/v1/ping', { token: 'bad' })).status);
      assert.deepEqual(statuses, [401, 401, 401, 401, 401, 429, 429]);
      const limited = await call(h, 'GET', '/v1/ping');
      assert.equal(limited.status, 429, 'a limited client is limited even with a good credential');
      assert.ok(Number(limited.headers.get('retry-after')) >= 1);
    } finally {
      await h.close();
    }
  });
});

describe('PHI never at rest in clear, never in logs', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(() => h.close());

  it('a canary in every field appears nowhere in the database files or the log', async () => {
    const created = await postMessage(
      h,
      messageRequest({
        sender: { userId: USER, name: `Rep ${CANARY}`, email: 'rep@insurer.example' },
        recipients: [{ email: `${CANARY.toLowerCase()}@example.org`, name: CANARY }],
        subject: `Subject ${CANARY}`,
        body: `Body ${CANARY} with DOB 04/12/1961`,
        attachments: [
          {
            fileName: `${CANARY}.txt`,
            contentType: 'text/plain',
            contentBase64: Buffer.from(CANARY).toString('base64'),
          },
        ],
        policyOverride: { reason: `Override ${CANARY}` },
      }),
    );
    assert.equal(created.status, 201);
    const id = String(created.json['id']);
    // Errors too: a bad request carrying the canary, and bad JSON carrying it.
    await postMessage(h, messageRequest({ body: CANARY, recipients: [{ email: CANARY }] }));
    await call(h, 'POST', '/v1/messages', {
      rawBody: `{"x": "${CANARY}"`,
      headers: { 'idempotency-key': newKey() },
    });
    const read = await call(h, 'GET', `/v1/messages/${id}/content`, {
      headers: { 'securesend-acting-user': USER },
    });
    assert.equal(
      read.json['body'],
      `Body ${CANARY} with DOB 04/12/1961`,
      'the content round-trips',
    );
    assert.ok(h.logs.length > 0, 'the log captured something');
    for (const file of readdirSync(h.dir)) {
      const bytes = readFileSync(join(h.dir, file));
      for (const form of [CANARY, CANARY.toLowerCase(), Buffer.from(CANARY).toString('base64')]) {
        assert.ok(!bytes.includes(Buffer.from(form)), `${form} in ${file}`);
      }
    }
    const log = h.logs.join('');
    assert.ok(!log.includes(CANARY) && !log.includes(CANARY.toLowerCase()), 'canary in the log');
    assert.ok(!log.includes(h.tokenA.slice(-20)), 'credential in the log');
  });
});

describe('audit chain', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(() => h.close());

  it('GET /v1/audit pages the chain with its head, and the chain verifies', async () => {
    await postMessage(h, messageRequest());
    const response = await call(h, 'GET', '/v1/audit?limit=500');
    assert.equal(response.status, 200);
    const entries = response.json['entries'] as {
      hash: string;
      previousHash: string;
      action: string;
    }[];
    assert.ok(entries.some((e) => e.action === 'message.create'));
    assert.ok(entries.some((e) => e.action === 'credential.use'));
    assert.equal(
      (response.json['head'] as { hash: string }).hash,
      entries[entries.length - 1]?.hash,
    );
    entries.slice(1).forEach((entry, i) => assert.equal(entry.previousHash, entries[i]?.hash));
    assert.deepEqual((await verifyAudit(h.store)).problems, []);
  });

  it('the database refuses updates and deletes of audit rows', () => {
    assert.throws(() => h.store.db.prepare("UPDATE audit SET action = 'x'").run(), /append-only/);
    assert.throws(() => h.store.db.prepare('DELETE FROM audit').run(), /append-only/);
  });

  it('verify detects an edited entry, a deleted entry and a deleted tail', async () => {
    await postMessage(h, messageRequest());
    await postMessage(h, messageRequest());
    const chain = await h.store.listAudit(TENANT_A, 0, 1000);
    assert.ok(chain.length >= 4);
    const [, second, third] = chain;
    const last = chain[chain.length - 1];
    // An attacker with the file drops the guard triggers first.
    h.store.db.exec('DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete;');
    h.store.db.prepare("UPDATE audit SET details_json = '{}' WHERE seq = ?").run(second?.seq);
    h.store.db.prepare('DELETE FROM audit WHERE seq = ?').run(third?.seq);
    h.store.db.prepare('DELETE FROM audit WHERE seq = ?').run(last?.seq);
    const problems = (await verifyAudit(h.store)).problems.filter((p) => p.tenantId === TENANT_A);
    const text = problems.map((p) => `${p.seq}: ${p.problem}`).join('\n');
    assert.match(text, new RegExp(`${second?.seq}: its content does not match its hash`));
    assert.match(text, /does not follow the entry before it/);
    assert.match(text, new RegExp(`${last?.seq}: the chain ends before its recorded head`));
  });
});
