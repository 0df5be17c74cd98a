/**
 * The portal in a real browser (Debian's Chromium through playwright-core): a link scanner's
 * GETs burn nothing; a recipient confirms, reads the code from the captured email, verifies
 * with the keyboard, reads, downloads the attachment and replies; five wrong codes lock; an
 * expired link shows the expiry page. Every page is checked with axe (WCAG 2.1 AA), on a phone
 * too, and saved as a screenshot in test-output/portal/ for a reviewer.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { OutboxSender } from '../src/delivery/outbox.ts';
import { type Harness, USER, call, messageRequest, postMessage, startHarness } from './harness.ts';
import {
  axeViolations,
  collectConsole,
  launchChromium,
  newAuditContext,
  newStrictContext,
  saveScreenshot,
} from './support/browser.ts';
import { codeFor, codesMailedTo, linkFor } from './support/portal-client.ts';

const SUBJECT = 'Your prior authorization for Dana Okafor';
const BODY = 'Dana, the MRI on 04/02/2026 is approved.\nBring your member card (ID QHP-2291-774).';
const PDF = Buffer.from('%PDF-1.4\n% approval letter\n');
const PHONE = { width: 375, height: 740 };

/** The page's h1 as a reader sees it. */
async function heading(page: Page): Promise<string> {
  return (await page.getByRole('heading', { level: 1 }).innerText()).trim();
}

function focusedId(page: Page): Promise<unknown> {
  return page.evaluate('document.activeElement && document.activeElement.id');
}

describe('the portal in Chromium', () => {
  let h: Harness;
  let outbox: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let consoleLines: string[];

  before(async () => {
    outbox = mkdtempSync(join(tmpdir(), 'portal-browser-'));
    h = await startHarness({
      delivery: { sender: new OutboxSender(outbox, 'SecureSend <securesend@gateway.test>') },
    });
    browser = await launchChromium();
    context = await newStrictContext(browser);
    page = await context.newPage();
    consoleLines = collectConsole(page);
  });
  after(async () => {
    await browser?.close();
    await h?.close();
    rmSync(outbox, { recursive: true, force: true });
  });

  async function deliver(email: string, overrides: Record<string, unknown> = {}) {
    const created = await postMessage(
      h,
      messageRequest({
        recipients: [{ email, name: 'Dana Okafor' }],
        subject: SUBJECT,
        body: BODY,
        attachments: [
          {
            fileName: 'approval-letter.pdf',
            contentType: 'application/pdf',
            contentBase64: PDF.toString('base64'),
          },
        ],
        ...overrides,
      }),
    );
    assert.equal(created.status, 201, JSON.stringify(created.json));
    await h.deliverer!.runDue();
    return { id: created.json['id'] as string, link: linkFor(outbox, email) };
  }

  /** No WCAG 2.1 A/AA violations on `url`, in a context that may inject axe (CSP bypassed). */
  async function assertAccessible(
    url: string,
    options: { cookies?: boolean; viewport?: typeof PHONE } = {},
  ) {
    const audit = await newAuditContext(
      browser,
      options.viewport ? { viewport: options.viewport } : {},
    );
    try {
      if (options.cookies) await audit.addCookies(await context.cookies());
      const auditPage = await audit.newPage();
      await auditPage.goto(url);
      assert.deepEqual(
        await axeViolations(auditPage),
        [],
        `accessibility of ${new URL(url).pathname}`,
      );
    } finally {
      await audit.close();
    }
  }

  it('lets a link scanner fetch the link without burning or revealing anything', async () => {
    const { id, link } = await deliver('dana@example.org');
    for (const method of ['GET', 'HEAD', 'GET']) {
      const scanned = await fetch(link, {
        method,
        headers: { 'user-agent': 'SafeLinks-Scanner/1.0' },
      });
      assert.equal(scanned.status, 200);
      if (method === 'GET') assert.ok(!(await scanned.text()).includes(SUBJECT));
    }
    assert.equal(codesMailedTo(outbox, 'dana@example.org'), 0);
    assert.equal((await call(h, 'GET', `/v1/messages/${id}`)).json['status'], 'awaiting_pickup');
  });

  it('confirms, verifies with the emailed code, reads, downloads the attachment and replies', async () => {
    const { id, link } = await deliver('dana.flow@example.org');
    await page.goto(link);
    assert.equal(await heading(page), 'You have a secure message');
    await saveScreenshot(page, '01-confirm');
    await assertAccessible(link);

    await page.getByRole('button', { name: 'Email me a code' }).click();
    await page.waitForURL(/\/verify\?sent=1$/);
    await saveScreenshot(page, '02-enter-code');
    await assertAccessible(page.url());

    // Keyboard only: Tab to the code field, type, Enter.
    for (let i = 0; i < 10; i++) {
      if ((await focusedId(page)) === 'code') break;
      await page.keyboard.press('Tab');
    }
    assert.equal(await focusedId(page), 'code', 'the code field is reachable by keyboard');
    await page.keyboard.type(codeFor(outbox, 'dana.flow@example.org'));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/message$/);
    assert.equal(await heading(page), SUBJECT);
    assert.equal(await page.locator('.message-body').first().textContent(), BODY);
    await saveScreenshot(page, '03-message');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'approval-letter.pdf' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'approval-letter.pdf');
    assert.deepEqual(readFileSync(await download.path()), PDF);

    await page.getByLabel('Your reply').fill('Thank you. Can I move the MRI to Friday?');
    await page.getByLabel(/Attach files/).setInputFiles({
      name: 'referral.png',
      mimeType: 'image/png',
      buffer: Buffer.from('png bytes'),
    });
    await page.getByRole('button', { name: 'Send reply securely' }).click();
    await page.waitForURL(/\/message\?replied=1$/);
    assert.equal(
      await page.getByRole('status').textContent(),
      'Your reply was encrypted and sent.',
    );
    await saveScreenshot(page, '04-reply-sent');
    await assertAccessible(page.url(), { cookies: true });

    const content = await call(h, 'GET', `/v1/messages/${id}/content`, {
      headers: { 'securesend-acting-user': USER },
    });
    const [reply] = content.json['replies'] as {
      body: string;
      attachments: { fileName: string }[];
    }[];
    assert.equal(reply?.body, 'Thank you. Can I move the MRI to Friday?');
    assert.equal(reply?.attachments[0]?.fileName, 'referral.png');
    const events = (await call(h, 'GET', '/v1/events?limit=500')).json['events'] as {
      messageId: string;
      type: string;
    }[];
    assert.deepEqual(
      events.filter((e) => e.messageId === id && e.type !== 'status_changed').map((e) => e.type),
      ['delivered', 'opened', 'reply_received'],
    );
    assert.equal((await call(h, 'GET', `/v1/messages/${id}`)).json['status'], 'replied');
  });

  it('fits a phone screen without sideways scrolling', async () => {
    const phone = await newStrictContext(browser, {
      viewport: PHONE,
      isMobile: true,
      hasTouch: true,
    });
    try {
      await phone.addCookies(await context.cookies());
      const mobile = await phone.newPage();
      await mobile.goto(page.url().replace(/\?replied=1$/, ''));
      assert.equal(await heading(mobile), SUBJECT);
      // A string expression: the test's TypeScript has no DOM types.
      const overflow = await mobile.evaluate<number>(
        'document.documentElement.scrollWidth - window.innerWidth',
      );
      assert.ok(overflow <= 0, `the page is ${overflow}px wider than the phone`);
      await saveScreenshot(mobile, '05-message-phone');
      await assertAccessible(mobile.url(), { cookies: true, viewport: PHONE });
    } finally {
      await phone.close();
    }
  });

  it('locks the link after five wrong codes', async () => {
    const { link } = await deliver('dana.lock@example.org');
    await page.goto(link);
    await page.getByRole('button', { name: 'Email me a code' }).click();
    await page.waitForURL(/\/verify/);
    const wrong = codeFor(outbox, 'dana.lock@example.org') === '000000' ? '999999' : '000000';
    for (let attempt = 1; attempt <= 5; attempt++) {
      await page.getByLabel('6-digit code').fill(wrong);
      await page.getByRole('button', { name: 'Verify' }).click();
      await page.waitForLoadState();
      if (attempt === 1) {
        assert.match((await page.getByRole('alert').textContent()) ?? '', /4 tries left/);
        await saveScreenshot(page, '06-wrong-code');
        await assertAccessible(page.url());
      }
    }
    assert.equal(await heading(page), 'This link is locked');
    await saveScreenshot(page, '07-locked');
    await page.goto(link);
    assert.equal(await heading(page), 'This link is locked');
    await assertAccessible(link);
  });

  it('shows the expiry page for an expired link, and the not-valid page for a mangled one', async () => {
    const { link } = await deliver('dana.expired@example.org', { options: { expiryDays: 1 } });
    h.clock.now = new Date(h.clock.now.getTime() + 25 * 3_600_000);
    await page.goto(link);
    assert.equal(await heading(page), 'This message has expired');
    assert.ok(!(await page.content()).includes(SUBJECT));
    await saveScreenshot(page, '08-expired');
    await assertAccessible(link);
    await page.goto(link.slice(0, -4) + 'AAAA');
    assert.equal(await heading(page), 'This link is not valid');
    await saveScreenshot(page, '09-invalid-link');
  });

  it('logged nothing to the console: no CSP violation, no message content', () => {
    const joined = consoleLines.join('\n');
    assert.ok(!/Content Security Policy/i.test(joined), joined);
    for (const secret of ['Okafor', 'MRI', 'QHP-2291-774'])
      assert.ok(!joined.includes(secret), joined);
  });
});
