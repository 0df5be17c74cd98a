import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  type Harness,
  TENANT_B,
  USER,
  call,
  messageRequest,
  newKey,
  startHarness,
  postMessage,
} from './harness.ts';

describe('POST /v1/messages', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(() => h.close());

  const send = (body: unknown, key = newKey(), token?: string) =>
    postMessage(h, body, { key, ...(token ? { token } : {}) });

  it('queues a message and answers 201 with its id, status and a findings summary', async () => {
    const response = await send(
      messageRequest({
        body: 'Member Maria Gonzalez, DOB 04/12/1961, MRN 00481516, was seen for diabetes.',
      }),
    );
    assert.equal(response.status, 201);
    assert.match(String(response.json['id']), /^msg_[0-9a-f]{32}$/);
    assert.equal(response.json['status'], 'queued');
    assert.equal(response.headers.get('location'), `/v1/messages/${String(response.json['id'])}`);
    const findings = response.json['findings'] as {
      total: number;
      categories: { category: string }[];
    };
    const categories = findings.categories.map((c) => c.category);
    for (const expected of ['PERSON_NAME', 'DATE', 'MRN'])
      assert.ok(categories.includes(expected), expected);
    assert.equal(response.json['contentAvailable'], true);
    assert.equal(response.json['expiresAt'], '2026-12-06T10:00:00.000Z', 'default 14 days');
  });

  it('returns the same message for a retry with the same key and body', async () => {
    const key = newKey();
    const first = await send(messageRequest(), key);
    const again = await send(messageRequest(), key);
    assert.equal(again.status, 201);
    assert.equal(again.json['id'], first.json['id']);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.equal(first.headers.get('idempotent-replayed'), null);
  });

  it('sends one message for concurrent double submits with one key', async () => {
    const key = newKey();
    const results = await Promise.all(Array.from({ length: 8 }, () => send(messageRequest(), key)));
    assert.deepEqual(new Set(results.map((r) => r.status)), new Set([201]));
    assert.equal(new Set(results.map((r) => r.json['id'])).size, 1);
  });

  it('refuses a reused key with a different body (422)', async () => {
    const key = newKey();
    await send(messageRequest(), key);
    const changed = await send(messageRequest({ subject: 'Another subject' }), key);
    assert.equal(changed.status, 422);
    assert.equal(changed.json['type'], 'https://securesend.dev/problems/idempotency-key-reused');
  });

  it('scopes idempotency keys to the tenant', async () => {
    const key = newKey();
    const a = await send(messageRequest(), key);
    const b = await send(messageRequest({ subject: 'Different' }), key, h.tokenB);
    assert.equal(b.status, 201);
    assert.notEqual(a.json['id'], b.json['id']);
  });

  it('blocks categories the policy blocks unless an override reason is given', async () => {
    const body = 'Member SSN 536-22-1843 on file.';
    const blocked = await send(messageRequest({ body }));
    assert.equal(blocked.status, 422);
    assert.deepEqual(blocked.json['blockedCategories'], ['SSN']);
    assert.ok(!JSON.stringify(blocked.json).includes('536-22-1843'), 'the value is never echoed');
    const overridden = await send(
      messageRequest({
        body,
        policyOverride: {
          reason: 'Member asked for SSN confirmation in writing',
          approvedBy: USER,
        },
      }),
    );
    assert.equal(overridden.status, 201);
    const findings = overridden.json['findings'] as {
      overridden?: boolean;
      categories: { category: string; action: string }[];
    };
    assert.equal(findings.overridden, true);
    assert.deepEqual(findings.categories.find((c) => c.category === 'SSN')?.action, 'block');
  });

  it('rejects expiry beyond the tenant policy with a precise message', async () => {
    const response = await send(messageRequest({ options: { expiryDays: 120 } }));
    assert.equal(response.status, 422);
    assert.match(
      String(response.json['detail']),
      /expiryDays is 120; this tenant allows at most 90/,
    );
  });

  it('names every invalid field with a JSON pointer (400)', async () => {
    const response = await send(
      messageRequest({
        sender: { userId: 'not-a-user', name: 'X', email: 'no-at-sign' },
        recipients: [],
        unexpected: true,
      }),
    );
    assert.equal(response.status, 400);
    assert.match(String(response.headers.get('content-type')), /^application\/problem\+json/);
    const pointers = (response.json['errors'] as { pointer: string }[])
      .map((e) => e.pointer)
      .sort();
    assert.deepEqual(pointers, [
      '/body/recipients',
      '/body/sender/email',
      '/body/sender/userId',
      '/body/unexpected',
    ]);
  });

  it('requires an Idempotency-Key', async () => {
    const response = await call(h, 'POST', '/v1/messages', { body: messageRequest() });
    assert.equal(response.status, 400);
    assert.deepEqual(response.json['errors'], [
      { pointer: '/headers/idempotency-key', detail: 'is required' },
    ]);
  });

  it('answers bad JSON with 400 and never quotes it', async () => {
    const response = await call(h, 'POST', '/v1/messages', {
      rawBody: '{"body": "Jane Roe SSN 219-09-9999",',
      headers: { 'idempotency-key': newKey() },
    });
    assert.equal(response.status, 400);
    assert.equal(response.json['type'], 'https://securesend.dev/problems/malformed-json');
    assert.ok(!JSON.stringify(response.json).includes('Jane Roe'));
  });

  it('answers a wrong content type with 415', async () => {
    const response = await call(h, 'POST', '/v1/messages', {
      rawBody: 'subject=hi',
      headers: { 'idempotency-key': newKey(), 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(response.status, 415);
  });

  it('answers an oversize body with 413', async () => {
    const response = await call(h, 'POST', '/v1/messages', {
      rawBody: JSON.stringify(messageRequest({ body: 'x'.repeat(7 * 1024 * 1024) })),
      headers: { 'idempotency-key': newKey() },
    });
    assert.equal(response.status, 413);
  });

  it('checks attachments: strict base64 and decoded size limits', async () => {
    const attachment = (contentBase64: string) => ({
      fileName: 'lab.pdf',
      contentType: 'application/pdf',
      contentBase64,
    });
    const bad = await send(messageRequest({ attachments: [attachment('not base64!')] }));
    assert.equal(bad.status, 400);
    assert.equal(
      (bad.json['errors'] as { pointer: string }[])[0]?.pointer,
      '/body/attachments/0/contentBase64',
    );
    const threeMiB = Buffer.alloc(3 * 1024 * 1024 + 3).toString('base64');
    const big = await send(messageRequest({ attachments: [attachment(threeMiB)] }));
    assert.ok(big.status === 413 || big.status === 400, String(big.status));
    const ok = await send(
      messageRequest({ attachments: [attachment(Buffer.from('%PDF-1.7').toString('base64'))] }),
    );
    assert.equal(ok.status, 201);
    assert.equal(ok.json['attachmentCount'], 1);
  });

  it('needs the send scope', async () => {
    const readOnly = await h.token(TENANT_B, ['read-status']);
    const response = await send(messageRequest(), newKey(), readOnly);
    assert.equal(response.status, 403);
    assert.match(String(response.json['detail']), /scope "send"/);
  });
});
