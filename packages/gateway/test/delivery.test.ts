/**
 * Delivery through a real SMTP server on 127.0.0.1 (smtp-server), with STARTTLS under a test CA
 * and without: the TLS path carries the message, the pickup path carries no PHI, TLS is never
 * downgraded, 4xx retries, 5xx fails, and the queue survives a restart.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Deliverer } from '../src/delivery/deliverer.ts';
import { MethodRouter } from '../src/delivery/method-router.ts';
import { OutboxSender, listOutbox } from '../src/delivery/outbox.ts';
import { SqliteStore } from '../src/store/sqlite-store.ts';
import { SmtpRelaySender } from '../src/delivery/smtp-relay.ts';
import { staticMailHosts } from '../src/delivery/mx.ts';
import { setTenantPolicy } from '../src/tenants/tenant-admin.ts';
import { DEFAULT_POLICY } from '../src/policy/tenant-policy.ts';
import {
  type Harness,
  TENANT_A,
  USER,
  call,
  messageRequest,
  postMessage,
  startHarness,
} from './harness.ts';
import { SmtpCapture } from './support/smtp-capture.ts';
import { createTestPki } from './support/test-ca.ts';

const FROM = 'SecureSend <securesend@gateway.test>';
/** What the sender wrote: none of it may appear in a notification. */
const PHI = {
  senderName: 'Casey Quintero-Rep',
  subject: 'Biopsy results for Jordan Whitfield',
  body: 'Jordan, your biopsy from 03/14/2026 shows benign tissue. Member ID XJH-448-1190.',
  fileName: 'whitfield-pathology-report.pdf',
  recipientName: 'Jordan Whitfield',
  caseNumber: '00731904',
};

function phiRequest(email: string, overrides: Record<string, unknown> = {}) {
  return messageRequest({
    sender: { userId: USER, name: PHI.senderName, email: 'casey.rep@insurer.example' },
    recipients: [{ email, name: PHI.recipientName }],
    subject: PHI.subject,
    body: PHI.body,
    attachments: [
      {
        fileName: PHI.fileName,
        contentType: 'application/pdf',
        contentBase64: Buffer.from('%PDF-1.4 pathology').toString('base64'),
      },
    ],
    reference: { caseId: '500000000000001AAA', caseNumber: PHI.caseNumber },
    ...overrides,
  });
}

async function send(h: Harness, email: string, overrides: Record<string, unknown> = {}) {
  const created = await postMessage(h, phiRequest(email, overrides));
  assert.equal(created.status, 201, JSON.stringify(created.json));
  return created.json['id'] as string;
}

async function statusOf(h: Harness, id: string) {
  return (await call(h, 'GET', `/v1/messages/${id}`)).json as {
    status: string;
    recipients: { delivery: string; method?: string; attempts: number; lastError?: string }[];
  };
}

async function eventsOf(h: Harness, id: string) {
  const page = await call(h, 'GET', '/v1/events?limit=500');
  return (
    page.json['events'] as {
      messageId: string;
      type: string;
      status: string;
      deliveryMethod?: string;
      reason?: string;
    }[]
  ).filter((e) => e.messageId === id);
}

function assertNoPhi(raw: string): void {
  for (const [what, value] of Object.entries(PHI)) {
    assert.ok(!raw.includes(value), `the notification must not contain the ${what}`);
  }
  for (const word of ['biopsy', 'Whitfield', 'benign', 'Tenant A', 'insurer']) {
    assert.ok(
      !raw.toLowerCase().includes(word.toLowerCase()),
      `the notification must not contain "${word}"`,
    );
  }
}

describe('delivery to a recipient whose server offers STARTTLS with a valid certificate', () => {
  const pki = createTestPki();
  let smtp: SmtpCapture;
  let h: Harness;
  before(async () => {
    smtp = await SmtpCapture.start({ tls: 'starttls', pki });
    h = await startHarness({
      delivery: {
        sender: new SmtpRelaySender({
          url: `smtp://127.0.0.1:${smtp.port}`,
          from: FROM,
          ca: pki.caPem,
        }),
        resolveHosts: staticMailHosts(`*=127.0.0.1:${smtp.port}`),
        probeCa: pki.caPem,
      },
    });
  });
  after(async () => {
    await h.close();
    await smtp.close();
  });

  it('sends the full message, attachment included, over TLS, and records delivered_tls', async () => {
    const id = await send(h, 'member@tls.example');
    assert.equal(await h.deliverer!.runDue(), 1);
    const [mail] = await smtp.waitForMail(1);
    assert.equal(mail!.secure, true, 'the message travelled over STARTTLS');
    assert.deepEqual(mail!.to, ['member@tls.example']);
    assert.equal(mail!.subject, PHI.subject);
    assert.ok(mail!.text.includes(PHI.body));
    assert.equal(mail!.attachments[0]?.filename, PHI.fileName);
    assert.equal(mail!.attachments[0]?.content.toString(), '%PDF-1.4 pathology');
    assert.match(mail!.text, /\/p\/[A-Za-z0-9_-]{43}\b/, 'a link to reply securely');
    const status = await statusOf(h, id);
    assert.equal(status.status, 'delivered_tls');
    assert.deepEqual(
      { delivery: status.recipients[0]?.delivery, method: status.recipients[0]?.method },
      { delivery: 'sent', method: 'tls' },
    );
    const events = await eventsOf(h, id);
    assert.deepEqual(
      events.map((e) => [e.type, e.status, e.deliveryMethod]),
      [
        ['status_changed', 'queued', undefined],
        ['status_changed', 'delivered_tls', undefined],
        ['delivered', 'delivered_tls', 'tls'],
      ],
    );
  });

  it('probes a domain once and then trusts the cached answer', async () => {
    const probesBefore = h.router!.probes;
    const connectionsBefore = smtp.connections;
    await send(h, 'other.member@tls.example');
    await send(h, 'third.member@tls.example');
    await h.deliverer!.runDue();
    await smtp.waitForMail(3);
    assert.equal(h.router!.probes, probesBefore, 'tls.example was probed by the first test');
    assert.equal(smtp.connections - connectionsBefore, 2, 'one connection per email, no probe');
  });

  it("follows the tenant's per-domain override and the sender's allowTlsDelivery=false", async () => {
    await setTenantPolicy(
      h.store,
      TENANT_A,
      { ...DEFAULT_POLICY, deliveryOverrides: { 'override.example': 'pickup' } },
      h.clock.now,
    );
    const overridden = await send(h, 'member@override.example');
    const optedOut = await send(h, 'member@tls.example', { options: { allowTlsDelivery: false } });
    await h.deliverer!.runDue();
    const mails = await smtp.waitForMail(5);
    for (const mail of mails.slice(3)) {
      assert.equal(mail.subject, 'You have a secure message');
      assertNoPhi(mail.raw);
    }
    assert.equal((await statusOf(h, overridden)).status, 'awaiting_pickup');
    assert.equal((await statusOf(h, optedOut)).status, 'awaiting_pickup');
  });
});

describe('delivery when TLS cannot be had', () => {
  const pki = createTestPki();
  let plain: SmtpCapture;
  let untrusted: SmtpCapture;
  let tlsMx: SmtpCapture;
  let h: Harness;
  before(async () => {
    plain = await SmtpCapture.start({ tls: 'none' });
    untrusted = await SmtpCapture.start({ tls: 'untrusted-starttls', pki });
    tlsMx = await SmtpCapture.start({ tls: 'starttls', pki });
    h = await startHarness({
      delivery: {
        // The relay speaks no TLS; the recipients' servers differ per domain.
        sender: new SmtpRelaySender({
          url: `smtp://127.0.0.1:${plain.port}`,
          from: FROM,
          ca: pki.caPem,
        }),
        resolveHosts: staticMailHosts(
          `plain.example=127.0.0.1:${plain.port},selfsigned.example=127.0.0.1:${untrusted.port},tls.example=127.0.0.1:${tlsMx.port}`,
        ),
        probeCa: pki.caPem,
        retryDelaysMs: [1_000],
      },
    });
  });
  after(async () => {
    await h.close();
    await Promise.all([plain.close(), untrusted.close(), tlsMx.close()]);
  });

  it('sends a notification without PHI and a pickup link when the domain offers no STARTTLS', async () => {
    const id = await send(h, 'member@plain.example');
    await h.deliverer!.runDue();
    const [mail] = await plain.waitForMail(1);
    assert.equal(mail!.secure, false);
    assert.equal(mail!.subject, 'You have a secure message');
    assert.equal(mail!.attachments.length, 0);
    assert.match(mail!.text, /http:\/\/127\.0\.0\.1:\d+\/p\/[A-Za-z0-9_-]{43}\n/);
    assertNoPhi(mail!.raw);
    const events = await eventsOf(h, id);
    assert.deepEqual(events.at(-1), {
      ...events.at(-1),
      type: 'delivered',
      deliveryMethod: 'pickup',
      status: 'awaiting_pickup',
    });
  });

  it('treats a certificate the trusted CAs did not sign as no TLS', async () => {
    await send(h, 'member@selfsigned.example');
    await h.deliverer!.runDue();
    const mails = await plain.waitForMail(2);
    assert.equal(mails[1]!.subject, 'You have a secure message');
    assertNoPhi(mails[1]!.raw);
    assert.equal(untrusted.mails.length, 0, 'the probe only looked');
  });

  it('never downgrades: a TLS-capable domain behind a plaintext relay gets nothing, retries, then fails', async () => {
    const id = await send(h, 'member@tls.example');
    await h.deliverer!.runDue();
    let status = await statusOf(h, id);
    assert.equal(status.status, 'queued');
    assert.deepEqual(
      {
        delivery: status.recipients[0]?.delivery,
        attempts: status.recipients[0]?.attempts,
        lastError: status.recipients[0]?.lastError,
      },
      { delivery: 'pending', attempts: 1, lastError: 'tls-unavailable' },
    );
    h.clock.now = new Date(h.clock.now.getTime() + 1_000);
    await h.deliverer!.runDue();
    status = await statusOf(h, id);
    assert.equal(status.status, 'failed');
    assert.equal(status.recipients[0]?.lastError, 'retries-exhausted:tls-unavailable');
    const mails = plain.mails.filter(
      (m) => m.raw.includes(PHI.body) || m.to.includes('member@tls.example'),
    );
    assert.deepEqual(mails, [], 'not one byte of the message went over plaintext');
    const failed = (await eventsOf(h, id)).filter((e) => e.type === 'delivery_failed');
    assert.deepEqual(
      failed.map((e) => e.reason),
      ['retries-exhausted:tls-unavailable'],
    );
  });
});

describe('retries and failures', () => {
  let smtp: SmtpCapture;
  let h: Harness;
  before(async () => {
    smtp = await SmtpCapture.start({
      tls: 'none',
      rcptReplies: [451, 451, 250, 550, 451, 451, 451, 451],
    });
    h = await startHarness({
      delivery: {
        sender: new SmtpRelaySender({ url: `smtp://127.0.0.1:${smtp.port}`, from: FROM }),
        retryDelaysMs: [60_000, 300_000],
      },
    });
  });
  after(async () => {
    await h.close();
    await smtp.close();
  });

  it('retries a 4xx with backoff and delivers on the third attempt', async () => {
    const id = await send(h, 'member@retry.example');
    await h.deliverer!.runDue(); // 451
    assert.equal((await statusOf(h, id)).recipients[0]?.lastError, 'smtp-451');
    h.clock.now = new Date(h.clock.now.getTime() + 59_000);
    assert.equal(await h.deliverer!.runDue(), 0, 'not due before its backoff');
    h.clock.now = new Date(h.clock.now.getTime() + 1_000);
    await h.deliverer!.runDue(); // 451
    h.clock.now = new Date(h.clock.now.getTime() + 300_000);
    await h.deliverer!.runDue(); // accepted
    const status = await statusOf(h, id);
    assert.equal(status.status, 'awaiting_pickup');
    assert.equal(status.recipients[0]?.attempts, 3);
    assert.equal(smtp.mails.length, 1);
  });

  it('fails at once on a 5xx, with a reason code and a failed message', async () => {
    const id = await send(h, 'member@rejects.example'); // the next RCPT gets 550
    await h.deliverer!.runDue();
    const status = await statusOf(h, id);
    assert.equal(status.status, 'failed');
    assert.deepEqual(status.recipients[0], {
      ...status.recipients[0],
      delivery: 'failed',
      attempts: 1,
      lastError: 'smtp-550',
    });
    const events = await eventsOf(h, id);
    assert.deepEqual(
      events.slice(-2).map((e) => [e.type, e.status, e.reason]),
      [
        ['status_changed', 'failed', undefined],
        ['delivery_failed', 'failed', 'smtp-550'],
      ],
    );
  });

  it('fails after the last retry when the 4xx never ends', async () => {
    const id = await send(h, 'member@busy.example'); // 451, 451, 451
    for (const wait of [0, 60_000, 300_000]) {
      h.clock.now = new Date(h.clock.now.getTime() + wait);
      await h.deliverer!.runDue();
    }
    const status = await statusOf(h, id);
    assert.equal(status.status, 'failed');
    assert.deepEqual(status.recipients[0], {
      ...status.recipients[0],
      attempts: 3,
      lastError: 'retries-exhausted:smtp-451',
    });
  });

  it('sends nothing for a message revoked before its turn', async () => {
    const before = smtp.mails.length;
    const id = await send(h, 'member@late.example');
    const revoked = await call(h, 'POST', `/v1/messages/${id}/revoke`, {
      body: { revokedBy: USER },
    });
    assert.equal(revoked.status, 200);
    assert.equal(await h.deliverer!.runDue(), 0);
    assert.equal(smtp.mails.length, before);
    assert.equal((await statusOf(h, id)).recipients[0]?.delivery, 'cancelled');
  });

  it('sends nothing for a message that expired while it waited for a retry', async () => {
    const before = smtp.mails.length;
    const id = await send(h, 'member@slow.example', { options: { expiryDays: 1 } }); // 451
    await h.deliverer!.runDue();
    h.clock.now = new Date(h.clock.now.getTime() + 86_400_000);
    assert.equal(await h.deliverer!.runDue(), 1, 'the retry is attempted');
    assert.equal(smtp.mails.length, before, 'but nothing is sent after expiry');
    assert.equal((await statusOf(h, id)).recipients[0]?.delivery, 'cancelled');
  });
});

describe('the queue survives a restart', () => {
  it('delivers after the gateway stopped before sending, and after a sender died holding a lease', async () => {
    const smtp = await SmtpCapture.start({ tls: 'none' });
    const sender = () => new SmtpRelaySender({ url: `smtp://127.0.0.1:${smtp.port}`, from: FROM });
    const first = await startHarness({ delivery: { sender: sender() } });
    try {
      const id = await send(first, 'member@restart.example');
      const leased = await send(first, 'member@lease.example');
      // A sender that claims both and dies before settling: its lease must lapse, not lose them.
      const claimed = await first.store.claimDeliveries(
        first.clock.now.toISOString(),
        new Date(first.clock.now.getTime() + 120_000).toISOString(),
        1,
      );
      assert.equal(claimed.length, 1);
      await first.app.close();
      await first.store.close();

      const store = SqliteStore.open(first.dbFile);
      const clock = { now: first.clock.now };
      const restarted = new Deliverer(
        {
          store,
          keyRing: first.keyRing,
          clock: () => clock.now,
          sender: sender(),
          router: new MethodRouter(store, first.keyRing, () => clock.now, {}),
        },
        { publicUrl: first.url, retryDelaysMs: [60_000], leaseMs: 120_000, batchSize: 20 },
      );
      assert.equal(await restarted.runDue(), 1, 'the unleased one goes at once');
      clock.now = new Date(clock.now.getTime() + 120_001);
      assert.equal(await restarted.runDue(), 1, 'the leased one goes once its lease lapsed');
      const mails = await smtp.waitForMail(2);
      assert.deepEqual(mails.map((m) => m.to[0]).sort(), [
        'member@lease.example',
        'member@restart.example',
      ]);
      for (const messageId of [id, leased]) {
        const [delivery] = await store.listDeliveries(TENANT_A, messageId);
        assert.equal(delivery?.state, 'sent');
      }
      await restarted.stop();
      await store.close();
    } finally {
      await smtp.close();
    }
  });
});

describe('the local outbox', () => {
  it('keeps each email as an .eml file and lists it at /outbox', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'outbox-test-'));
    const h = await startHarness({
      delivery: { sender: new OutboxSender(dir, FROM), outboxDir: dir },
    });
    try {
      await send(h, 'member@local.example');
      await h.deliverer!.runDue();
      const [entry] = listOutbox(dir);
      assert.equal(entry?.to, 'member@local.example');
      assertNoPhi(readFileSync(join(dir, entry.file), 'utf8'));
      const page = await fetch(`${h.url}/outbox`);
      assert.equal(page.status, 200);
      const html = await page.text();
      assert.match(html, /You have a secure message/);
      assert.match(html, /<a href="http:\/\/127\.0\.0\.1:\d+\/p\/[A-Za-z0-9_-]{43}">/);
      const eml = await fetch(`${h.url}/outbox/${entry.file}`);
      assert.equal(eml.headers.get('content-type'), 'message/rfc822');
      assert.match(await eml.text(), /^Subject: You have a secure message$/m);
      assert.equal((await fetch(`${h.url}/outbox/..%2Fgateway.db`)).status, 404);
    } finally {
      await h.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
