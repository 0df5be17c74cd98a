import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { expireDueMessages } from '../src/messages/lifecycle.ts';
import {
  type Harness,
  TENANT_A,
  USER,
  call,
  messageRequest,
  startHarness,
  postMessage,
} from './harness.ts';

describe('message lifecycle, content and tenant isolation', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(() => h.close());

  async function sendOne(
    token = h.tokenA,
    overrides: Record<string, unknown> = {},
  ): Promise<string> {
    const response = await postMessage(h, messageRequest(overrides), { token });
    assert.equal(response.status, 201);
    return String(response.json['id']);
  }
  const contentOf = (id: string, token = h.tokenA) =>
    call(h, 'GET', `/v1/messages/${id}/content`, {
      token,
      headers: { 'securesend-acting-user': USER },
    });

  it('GET /v1/messages/{id} returns metadata and no content', async () => {
    const id = await sendOne();
    const response = await call(h, 'GET', `/v1/messages/${id}`);
    assert.equal(response.status, 200);
    assert.equal(response.json['status'], 'queued');
    assert.equal(response.json['recipientCount'], 1);
    const text = JSON.stringify(response.json);
    assert.ok(!text.includes('member@example.org') && !text.includes('claim was processed'));
  });

  it('content: decrypts for an acting user and audits the read', async () => {
    const id = await sendOne(h.tokenA, {
      subject: 'Lab results',
      body: 'Your A1C result is ready.',
    });
    const response = await contentOf(id);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.equal(response.json['subject'], 'Lab results');
    assert.equal(response.json['body'], 'Your A1C result is ready.');
    const reads = (await h.store.listAudit(TENANT_A, 0, 1000)).filter(
      (e) => e.action === 'message.content_read' && e.messageId === id,
    );
    assert.equal(reads.length, 1);
    assert.equal(reads[0]?.actorId, USER);
  });

  it('content needs the acting user header and the read-content scope', async () => {
    const id = await sendOne();
    const noUser = await call(h, 'GET', `/v1/messages/${id}/content`);
    assert.equal(noUser.status, 400);
    const statusOnly = await h.token(TENANT_A, ['read-status']);
    assert.equal((await contentOf(id, statusOnly)).status, 403);
  });

  it('unknown ids are 404 and malformed ids 400', async () => {
    assert.equal((await call(h, 'GET', `/v1/messages/msg_${'0'.repeat(32)}`)).status, 404);
    assert.equal((await call(h, 'GET', '/v1/messages/12345')).status, 400);
  });

  it('tenant B can never see, read, revoke or list tenant A messages', async () => {
    const id = await sendOne(h.tokenA);
    assert.equal((await call(h, 'GET', `/v1/messages/${id}`, { token: h.tokenB })).status, 404);
    assert.equal((await contentOf(id, h.tokenB)).status, 404);
    const revoke = await call(h, 'POST', `/v1/messages/${id}/revoke`, {
      token: h.tokenB,
      body: { revokedBy: USER },
    });
    assert.equal(revoke.status, 404);
    const events = await call(h, 'GET', '/v1/events?limit=500', { token: h.tokenB });
    assert.ok(!JSON.stringify(events.json).includes(id));
    const audit = await call(h, 'GET', '/v1/audit?limit=500', { token: h.tokenB });
    assert.ok(!JSON.stringify(audit.json).includes(id));
    assert.equal((await call(h, 'GET', `/v1/messages/${id}`)).status, 200, 'A still sees it');
  });

  it('revoke crypto-shreds: metadata stays, content is gone (410), revoking again is 200', async () => {
    const id = await sendOne();
    const revoked = await call(h, 'POST', `/v1/messages/${id}/revoke`, {
      body: { revokedBy: USER },
    });
    assert.equal(revoked.status, 200);
    assert.equal(revoked.json['status'], 'revoked');
    assert.equal(revoked.json['contentAvailable'], false);
    const row = h.store.db
      .prepare('SELECT wrapped_key, content FROM messages WHERE id = ?')
      .get(id) as {
      wrapped_key: unknown;
      content: unknown;
    };
    assert.equal(row.wrapped_key, null);
    assert.equal(row.content, null);
    assert.equal((await contentOf(id)).status, 410);
    assert.equal(
      (await call(h, 'POST', `/v1/messages/${id}/revoke`, { body: { revokedBy: USER } })).status,
      200,
    );
  });

  it('the expiry sweeper shreds due messages, keeps their audit trail, and expired ones cannot be revoked', async () => {
    const id = await sendOne(h.tokenA, { options: { expiryDays: 1 } });
    h.clock.now = new Date(h.clock.now.getTime() + 2 * 86_400_000);
    const expired = await expireDueMessages(h.store, h.clock.now);
    assert.ok(expired >= 1);
    const status = await call(h, 'GET', `/v1/messages/${id}`);
    assert.equal(status.json['status'], 'expired');
    assert.equal((await contentOf(id)).status, 410);
    const revoke = await call(h, 'POST', `/v1/messages/${id}/revoke`, {
      body: { revokedBy: USER },
    });
    assert.equal(revoke.status, 409);
    const actions = (await h.store.listAudit(TENANT_A, 0, 10_000))
      .filter((e) => e.messageId === id)
      .map((e) => e.action);
    assert.deepEqual(actions, ['message.create', 'message.expire']);
    assert.equal(
      await expireDueMessages(h.store, h.clock.now),
      0,
      'a second sweep has nothing to do',
    );
  });

  it('the event feed pages in order with cursors and never repeats or skips', async () => {
    const ids = [await sendOne(), await sendOne(), await sendOne()];
    await call(h, 'POST', `/v1/messages/${ids[1]}/revoke`, { body: { revokedBy: USER } });
    const seen: { cursor: string; messageId: string; status: string }[] = [];
    let cursor = '0';
    for (let page = 0; page < 1000; page++) {
      const response = await call(h, 'GET', `/v1/events?after=${cursor}&limit=2`);
      assert.equal(response.status, 200);
      const events = response.json['events'] as typeof seen;
      seen.push(...events);
      cursor = String(response.json['nextCursor']);
      if (!response.json['hasMore']) break;
    }
    const cursors = seen.map((e) => Number(e.cursor));
    assert.deepEqual(
      cursors,
      [...cursors].sort((a, b) => a - b),
    );
    assert.equal(new Set(cursors).size, cursors.length);
    const mine = seen
      .filter((e) => ids.includes(e.messageId))
      .map((e) => `${e.messageId === ids[1] ? 'B' : '-'}${e.status}`);
    assert.deepEqual(mine, ['-queued', 'Bqueued', '-queued', 'Brevoked']);
    const empty = await call(h, 'GET', `/v1/events?after=${cursor}`);
    assert.deepEqual(empty.json['events'], []);
    assert.equal(empty.json['nextCursor'], cursor);
  });

  it('rejects unknown query parameters and bad cursors', async () => {
    assert.equal((await call(h, 'GET', '/v1/events?since=5')).status, 400);
    assert.equal((await call(h, 'GET', '/v1/events?after=abc')).status, 400);
    assert.equal((await call(h, 'GET', '/v1/events?limit=501')).status, 400);
  });
});
