/**
 * The recipient portal over HTTP: what a link alone can and cannot do, codes and their limits,
 * the lock, sessions (cookie flags, idle timeout, bound to one recipient), replies reaching the
 * API and the event feed, and the headers that keep PHI out of caches, referrers and frames.
 * The same flow in a real browser is portal-browser.test.ts.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { OutboxSender } from '../src/delivery/outbox.ts';
import { safeContentType, safeFileName } from '../src/portal/reply-form.ts';
import { type Harness, USER, call, messageRequest, postMessage, startHarness } from './harness.ts';
import { Recipient, codeFor, codesMailedTo, linkFor } from './support/portal-client.ts';

const MINUTE = 60_000;

describe('the recipient portal', () => {
  let h: Harness;
  let outbox: string;
  before(async () => {
    outbox = mkdtempSync(join(tmpdir(), 'portal-test-'));
    h = await startHarness({
      delivery: { sender: new OutboxSender(outbox, 'SecureSend <securesend@gateway.test>') },
    });
  });
  after(async () => {
    await h.close();
    rmSync(outbox, { recursive: true, force: true });
  });

  /** Sends a message and delivers it; returns its id and the recipient's portal client. */
  async function delivered(email: string, overrides: Record<string, unknown> = {}) {
    const created = await postMessage(h, messageRequest({ recipients: [{ email }], ...overrides }));
    assert.equal(created.status, 201, JSON.stringify(created.json));
    await h.deliverer!.runDue();
    return { id: created.json['id'] as string, recipient: new Recipient(linkFor(outbox, email)) };
  }

  async function auditActions(id: string): Promise<string[]> {
    const page = await call(h, 'GET', '/v1/audit?limit=500');
    return (page.json['entries'] as { action: string; messageId?: string }[])
      .filter((e) => e.messageId === id)
      .map((e) => e.action);
  }

  it('answers a link scanner (GET, HEAD, repeated) without sending a code or opening anything', async () => {
    const email = 'scanned@example.org';
    const { id, recipient } = await delivered(email);
    for (let i = 0; i < 3; i++) {
      const page = await recipient.get();
      assert.equal(page.status, 200);
      assert.match(page.html, /You have a secure message/);
      assert.ok(!page.html.includes('Your claim update'), 'the confirm page reveals no subject');
    }
    assert.equal((await recipient.request('HEAD', '')).status, 200);
    assert.equal(codesMailedTo(outbox, email), 0);
    assert.equal((await call(h, 'GET', `/v1/messages/${id}`)).json['status'], 'awaiting_pickup');
    assert.deepEqual(await auditActions(id), ['message.create', 'message.deliver']);
  });

  it('sets strict headers on every page: CSP without script, no-store, no referrer, no framing', async () => {
    const { recipient } = await delivered('headers@example.org');
    await recipient.verify(outbox, 'headers@example.org');
    for (const path of ['', '/verify', '/message']) {
      const page = await recipient.get(path);
      const csp = page.headers.get('content-security-policy') ?? '';
      assert.match(csp, /default-src 'none'/);
      assert.ok(!csp.includes('script-src'), 'no script source is allowed at all');
      assert.equal(page.headers.get('cache-control'), 'no-store');
      assert.equal(page.headers.get('referrer-policy'), 'no-referrer');
      assert.equal(page.headers.get('x-frame-options'), 'DENY');
      assert.ok(!/<script/i.test(page.html), `${path || '/'} has no script`);
    }
  });

  it('verifies with the emailed code and starts an HttpOnly, Secure, SameSite=Strict session', async () => {
    const email = 'verify@example.org';
    const { id, recipient } = await delivered(email);
    assert.equal(
      (await recipient.post('/code')).location,
      `${new URL(recipient.link).pathname}/verify?sent=1`,
    );
    const response = await recipient.request(
      'POST',
      '/verify',
      new URLSearchParams({ code: codeFor(outbox, email) }).toString(),
      { 'content-type': 'application/x-www-form-urlencoded' },
    );
    assert.equal(response.status, 303);
    const cookie = response.headers.get('set-cookie') ?? '';
    assert.match(
      cookie,
      /^__Host-securesend_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict; Secure$/,
    );
    const message = await recipient.get('/message');
    assert.equal(message.status, 200);
    assert.match(message.html, /Your claim update/);
    assert.equal((await call(h, 'GET', `/v1/messages/${id}`)).json['status'], 'opened');
    const events = (await call(h, 'GET', '/v1/events?limit=500')).json['events'] as {
      messageId: string;
      type: string;
    }[];
    assert.ok(
      events.some((e) => e.messageId === id && e.type === 'opened'),
      'the read receipt is in the feed',
    );
    assert.deepEqual((await auditActions(id)).slice(-3), [
      'message.code_sent',
      'message.open',
      'message.reveal',
    ]);
  });

  it('locks the link after five wrong codes; even the right code no longer works', async () => {
    const email = 'locked@example.org';
    const { id, recipient } = await delivered(email);
    await recipient.post('/code');
    const right = codeFor(outbox, email);
    const wrong = right === '000000' ? '111111' : '000000';
    for (let i = 1; i <= 4; i++) {
      const page = await recipient.post('/verify', { code: wrong });
      assert.equal(page.status, 400);
      assert.match(page.html, new RegExp(`${5 - i} tr(y|ies) left`));
    }
    assert.equal((await recipient.post('/verify', { code: wrong })).status, 423);
    assert.equal((await recipient.post('/verify', { code: right })).status, 423);
    assert.equal((await recipient.get()).status, 423);
    assert.equal((await recipient.post('/code')).status, 423, 'no more codes either');
    const status = (await call(h, 'GET', `/v1/messages/${id}`)).json as {
      recipients: { locked: boolean }[];
    };
    assert.equal(status.recipients[0]?.locked, true);
    assert.equal((await auditActions(id)).filter((a) => a === 'message.verify_fail').length, 5);
  });

  it('limits codes per recipient and per address, and lets a code expire after 10 minutes', async () => {
    const email = 'limits@example.org';
    const { recipient } = await delivered(email);
    for (let i = 0; i < 3; i++) assert.equal((await recipient.post('/code')).status, 303);
    const limited = await recipient.post('/code');
    assert.equal(limited.status, 429);
    assert.equal(codesMailedTo(outbox, email), 3);
    h.clock.now = new Date(h.clock.now.getTime() + 10 * MINUTE + 1);
    const expired = await recipient.post('/verify', { code: codeFor(outbox, email) });
    assert.equal(expired.status, 400);
    assert.match(expired.html, /expired/);
    // The same address on other messages: 10 codes an hour in all.
    h.clock.now = new Date(h.clock.now.getTime() + 6 * MINUTE);
    let sent = 3;
    for (let m = 0; m < 4 && sent < 10; m++) {
      const other = (await delivered(email)).recipient;
      for (let i = 0; i < 3 && sent < 10; i++, sent++)
        assert.equal((await other.post('/code')).status, 303);
    }
    const next = (await delivered(email)).recipient;
    assert.equal(
      (await next.post('/code')).status,
      429,
      'the eleventh code to one address within an hour',
    );
  });

  it('ends a session after 15 idle minutes and binds it to one recipient', async () => {
    const first = await delivered('idle@example.org');
    await first.recipient.verify(outbox, 'idle@example.org');
    h.clock.now = new Date(h.clock.now.getTime() + 14 * MINUTE);
    assert.equal((await first.recipient.get('/message')).status, 200, 'activity within 15 minutes');
    const other = await delivered('someone.else@example.org');
    const intruder = new Recipient(other.recipient.link);
    intruder.cookie = first.recipient.cookie;
    assert.equal(
      (await intruder.get('/message')).status,
      303,
      "a session opens only its own recipient's link",
    );
    h.clock.now = new Date(h.clock.now.getTime() + 15 * MINUTE + 1);
    const timedOut = await first.recipient.get('/message');
    assert.equal(timedOut.status, 303);
    assert.match(timedOut.location ?? '', /\?ended=idle$/);
    assert.match((await first.recipient.get('?ended=idle')).html, /15 minutes without activity/);
  });

  it('refuses form posts from another site', async () => {
    const { recipient } = await delivered('csrf@example.org');
    assert.equal(
      (await recipient.post('/code', {}, { origin: 'https://evil.example' })).status,
      403,
    );
    assert.equal(
      (await recipient.post('/code', {}, { 'sec-fetch-site': 'cross-site' })).status,
      403,
    );
    assert.equal(codesMailedTo(outbox, 'csrf@example.org'), 0);
  });

  it('stores a reply encrypted, shows it in the API with its attachment, and in the event feed', async () => {
    const email = 'replier@example.org';
    const { id, recipient } = await delivered(email);
    await recipient.verify(outbox, email);
    const form = new FormData();
    form.append('text', 'Thanks. My new address is 12 Elm St.');
    form.append(
      'files',
      new Blob([Buffer.from('scan bytes')], { type: 'image/png' }),
      'insurance-card.png',
    );
    const posted = await recipient.request('POST', '/reply', form, {
      origin: new URL(recipient.link).origin,
    });
    assert.equal(posted.status, 303);
    assert.match(
      (await recipient.get('/message?replied=1')).html,
      /Thanks\. My new address is 12 Elm St\./,
    );
    const content = await call(h, 'GET', `/v1/messages/${id}/content`, {
      headers: { 'securesend-acting-user': USER },
    });
    const [reply] = content.json['replies'] as {
      id: string;
      from: string;
      body: string;
      attachments: { fileName: string; contentBase64: string }[];
    }[];
    assert.equal(reply?.from, email);
    assert.equal(reply?.body, 'Thanks. My new address is 12 Elm St.');
    assert.equal(reply?.attachments[0]?.fileName, 'insurance-card.png');
    assert.equal(
      Buffer.from(reply.attachments[0].contentBase64, 'base64').toString(),
      'scan bytes',
    );
    const events = (await call(h, 'GET', '/v1/events?limit=500')).json['events'] as {
      messageId: string;
      type: string;
      replyId?: string;
      status: string;
    }[];
    const received = events.find((e) => e.messageId === id && e.type === 'reply_received');
    assert.equal(received?.replyId, reply?.id);
    assert.equal(received?.status, 'replied');
    const db = h.store.db.prepare('SELECT content FROM replies WHERE id = ?').get(reply.id) as {
      content: Buffer;
    };
    assert.ok(!db.content.toString('latin1').includes('Elm St'), 'the stored reply is ciphertext');
  });

  it('shows the expiry page for an expired message and the withdrawn page for a revoked one', async () => {
    const expiring = await delivered('expires@example.org', { options: { expiryDays: 1 } });
    const revoked = await delivered('revoked@example.org');
    await call(h, 'POST', `/v1/messages/${revoked.id}/revoke`, { body: { revokedBy: USER } });
    const gone = await revoked.recipient.get();
    assert.equal(gone.status, 410);
    assert.match(gone.html, /withdrawn/);
    h.clock.now = new Date(h.clock.now.getTime() + 25 * 60 * MINUTE);
    const expired = await expiring.recipient.get();
    assert.equal(expired.status, 410);
    assert.match(expired.html, /has expired/);
    assert.ok(!expired.html.includes('Your claim update'));
  });

  it('escapes what the sender wrote, and opens messages sent without verification with one click', async () => {
    const email = 'noverify@example.org';
    const { recipient } = await delivered(email, {
      subject: '<script>alert(1)</script> results',
      options: { requireRecipientVerification: false },
    });
    const confirm = await recipient.get();
    assert.match(confirm.html, /Open the message/);
    const opened = await recipient.post('/open');
    assert.equal(opened.status, 303);
    const page = await recipient.get('/message');
    assert.ok(page.html.includes('&#60;script&#62;alert(1)&#60;/script&#62; results'));
    assert.ok(!page.html.includes('<script>'));
    assert.equal(codesMailedTo(outbox, email), 0);
  });

  it('answers an unknown or malformed link with the not-valid page, then rate limits the guesser', async () => {
    const base = new URL(linkFor(outbox, 'scanned@example.org')).origin;
    const unknown = await fetch(`${base}/p/${'A'.repeat(43)}`);
    assert.equal(unknown.status, 404);
    assert.match(await unknown.text(), /not valid/);
    assert.equal((await fetch(`${base}/p/short`)).status, 404);
    let status = 0;
    for (let i = 0; i < 40 && status !== 429; i++)
      status = (await fetch(`${base}/p/${'B'.repeat(43)}`)).status;
    assert.equal(status, 429);
  });

  it('keeps only the last segment of an uploaded file name, without control characters', () => {
    assert.equal(safeFileName('C:\\Users\\pat\\card.png'), 'card.png');
    assert.equal(safeFileName('../../etc/passwd'), 'passwd');
    assert.equal(safeFileName('bad\u0000\u001bname.pdf'), 'badname.pdf');
    assert.equal(safeFileName('///'), 'attachment');
    assert.equal(safeContentType('IMAGE/PNG'), 'image/png');
    assert.equal(safeContentType('text/html; charset=utf-8'), 'application/octet-stream');
  });
});
