/**
 * The whole Send Securely flow in real Chromium, against the local org `npm start` runs: the
 * package's components on the Case page, its real Apex in apex-runtime, the real gateway in a
 * child process, the recipients' inbox and the gateway's portal. Each step leaves a screenshot
 * in test-output/e2e/ (git-ignored) for a reviewer. Needs `npm run build` first (the page uses
 * the components' compiled .js, as a deploy does) and Chromium (`npm run setup`).
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Locator, Page } from 'playwright-core';
import {
  axeViolations,
  collectConsole,
  launchChromium,
  newAuditContext,
  newStrictContext,
} from '../../gateway/test/support/browser.ts';
import { startLocalOrg, type RunningLocalOrg } from '../src/local-org.ts';

const REPO_ROOT = resolve(import.meta.dirname, '../../..');
const SCREENSHOTS = resolve(import.meta.dirname, '../test-output/e2e');
const SSN = '512-44-8736';
const MEMBER_ID = 'XKW884512307';
const MESSAGE = `Hi Avery, we reviewed claim CLM-20931. We have your SSN ${SSN} and member ID ${MEMBER_ID} on file.`;
const REPLY = 'Thank you. Please call me about the appeal.';
const STEP_TIMEOUT_MS = 20_000;

async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** The Send Securely modal of the record page. */
function actionModal(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Send Securely' });
}

/** The finding rows of the compose panel, by category label (e.g. 'SSN', 'Health plan ID'). */
function finding(page: Page, category: string): Locator {
  return actionModal(page)
    .locator('li.finding')
    .filter({ has: page.locator('.category', { hasText: new RegExp(`^${category}$`) }) });
}

async function openCompose(page: Page, message: string): Promise<void> {
  await page.getByRole('button', { name: 'Send Securely' }).click();
  const modal = actionModal(page);
  await modal.getByRole('textbox', { name: 'Message' }).fill(message);
}

describe('the local org in Chromium: send, pick up, reply, sync', () => {
  let org: RunningLocalOrg;
  let browser: Browser;
  let page: Page;
  let inbox: Page;
  let consoleLines: string[];
  let dataDir: string;
  let caseUrl: string;

  before(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'local-org-e2e-'));
    org = await startLocalOrg({
      repoRoot: REPO_ROOT,
      port: 0,
      gatewayPort: 0,
      dataDir,
      syncIntervalSeconds: 0,
    });
    browser = await launchChromium();
    const context = await newStrictContext(browser, { viewport: { width: 1400, height: 1000 } });
    context.setDefaultTimeout(STEP_TIMEOUT_MS);
    page = await context.newPage();
    consoleLines = collectConsole(page);
    inbox = await context.newPage();
    caseUrl = `${org.url}/?as=sender#/case/${org.seeded.cases['CaseClaimQuestion'] ?? ''}`;
  });

  after(async () => {
    await browser?.close();
    await org?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('opens the Case: highlights, details, the PHI banner and an empty history', async () => {
    await page.goto(caseUrl);
    await page.getByRole('heading', { name: /Question about a denied claim/ }).waitFor();
    await page.getByText('Protected health information found on this case').waitFor();
    await page.getByText('No secure messages have been sent from this case yet.').waitFor();
    await screenshot(page, '01-case');
  });

  it('highlights the SSN and the member id as the CSR types, and redacts the SSN', async () => {
    await openCompose(page, MESSAGE);
    const modal = actionModal(page);
    await modal.locator('mark', { hasText: SSN }).waitFor();
    await modal.locator('mark', { hasText: MEMBER_ID }).waitFor();
    await finding(page, 'SSN').waitFor();
    await finding(page, 'Health plan ID').waitFor();
    await screenshot(page, '02-highlights');

    await finding(page, 'SSN').getByRole('button', { name: 'Redact' }).click();
    const text = await modal.getByRole('textbox', { name: 'Message' }).inputValue();
    assert.ok(!text.includes(SSN), 'the SSN is gone from the message');
    assert.ok(text.includes(MEMBER_ID), 'the member id is still there');
    assert.equal(await finding(page, 'SSN').count(), 0);
    await screenshot(page, '03-redacted');
  });

  it('sends: a success toast, the modal closes and the history shows the message', async () => {
    const modal = actionModal(page);
    // The SLDS checkbox input is visually hidden; a user clicks its label.
    await modal
      .getByText('I confirm the recipient may receive the information listed under Review.')
      .click();
    assert.ok(
      await modal
        .getByRole('checkbox', { name: /I confirm the recipient may receive/ })
        .isChecked(),
    );
    await modal.getByRole('button', { name: 'Send', exact: true }).click();
    await page.locator('.toast', { hasText: 'Secure message sent' }).waitFor();
    await modal.waitFor({ state: 'detached' });
    await page.locator('c-secure-message-row').first().waitFor();
    await screenshot(page, '04-sent');
  });

  it('delivers: the recipient finds the email, verifies with the code, reads and replies', async () => {
    await inbox.goto(`${org.url}/#/inbox`);
    const notice = inbox.getByRole('button', { name: /You have a secure message/ }).first();
    await notice.waitFor({ timeout: 30_000 });
    await notice.click();
    await screenshot(inbox, '05-inbox');
    const link = inbox.locator('a.mail-link', { hasText: '/p/' }).first();
    const portalUrl = await link.getAttribute('href');
    assert.ok(
      portalUrl?.startsWith(org.gatewayUrl),
      `the link opens the gateway's portal: ${portalUrl}`,
    );

    const portal = await inbox.context().newPage();
    await portal.goto(portalUrl ?? '');
    await portal.getByRole('button', { name: 'Email me a code' }).click();
    await portal.waitForURL(/\/verify\?sent=1$/);

    await inbox.getByRole('button', { name: 'Refresh' }).click();
    const codeMail = inbox.getByRole('button', { name: /code/i }).first();
    await codeMail.waitFor({ timeout: 30_000 });
    await codeMail.click();
    const code = /\b(\d{6})\b/.exec(await inbox.locator('.mail-text').innerText())?.[1];
    assert.ok(code, 'the code email holds a 6-digit code');

    await portal.getByLabel(/code/i).fill(code);
    await portal.getByRole('button', { name: /verify|continue|read/i }).click();
    await portal.waitForURL(/\/message$/);
    const body = await portal.locator('.message-body').first().innerText();
    assert.ok(body.includes(MEMBER_ID) && !body.includes(SSN), 'the redacted message arrived');
    await screenshot(portal, '06-portal-message');
    await portal.getByLabel('Your reply').fill(REPLY);
    await portal.getByRole('button', { name: 'Send reply securely' }).click();
    await portal.waitForURL(/\/message\?replied=1$/);
    await screenshot(portal, '07-portal-replied');
  });

  it('syncs from the page: the Case history shows the message as replied', async () => {
    await page.bringToFront();
    await page.getByRole('button', { name: 'Run status sync' }).click();
    await page.locator('.toast', { hasText: 'Status sync ran' }).waitFor();
    await page.locator('c-secure-message-row .status', { hasText: /replied/i }).waitFor();
    await screenshot(page, '08-replied');
  });

  it('does not let a Sender override a blocked category: no override in the page, refused by the Apex', async () => {
    await page.reload();
    await openCompose(page, `Your SSN is ${SSN}.`);
    const modal = actionModal(page);
    await finding(page, 'SSN').waitFor();
    await modal.getByText('Redact these before sending.').waitFor();
    assert.equal(await modal.getByRole('textbox', { name: 'Override reason' }).count(), 0);
    assert.ok(await modal.getByRole('button', { name: 'Send', exact: true }).isDisabled());
    await screenshot(page, '09-sender-blocked');

    // The browser can be bypassed: the Apex itself must refuse the override.
    const refused = await page.evaluate(
      async ({ caseId, text }) => {
        const response = await fetch('/api/apex', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            classname: 'SecureSendController',
            method: 'send',
            persona: 'sender',
            params: {
              request: {
                caseId,
                subject: 'Override attempt',
                body: text,
                idempotencyKey: 'e2e-override-attempt-0001',
                expiryDays: 30,
                requireVerification: true,
                phiCategories: ['SSN'],
                overrideReason: 'The member asked for it in writing',
              },
            },
          }),
        });
        return { status: response.status, body: (await response.json()) as unknown };
      },
      { caseId: org.seeded.cases['CaseClaimQuestion'] ?? '', text: `Your SSN is ${SSN}.` },
    );
    assert.equal(refused.status, 500, JSON.stringify(refused.body));
    assert.deepEqual(refused.body, {
      body: {
        exceptionType: 'System.AuraHandledException',
        message:
          "This message contains information your organization's policy blocks: SSN. Remove it, or ask a supervisor to send it.",
      },
    });
  });

  it('lets a Supervisor, logged in from the persona switch, give an override reason instead', async () => {
    await page.keyboard.press('Escape');
    await Promise.all([
      page.waitForURL(/[?&]as=supervisor/),
      page.getByLabel('Logged in as').selectOption('supervisor'),
    ]);
    await openCompose(page, `Your SSN is ${SSN}.`);
    const modal = actionModal(page);
    await modal
      .getByText('Redact these, or give an override reason to send them anyway.')
      .waitFor();
    await modal.getByRole('textbox', { name: 'Override reason' }).waitFor();
    await screenshot(page, '10-supervisor-override');
  });

  it('has no WCAG 2.1 A/AA violations on the Case page, the compose panel and the inbox', async () => {
    // axe is injected as an inline script, which the page's policy forbids: audit in a
    // context that bypasses it (the flow above ran under the policy).
    const audit = await newAuditContext(browser, { viewport: { width: 1400, height: 1000 } });
    try {
      const auditPage = await audit.newPage();
      auditPage.setDefaultTimeout(STEP_TIMEOUT_MS);
      await auditPage.goto(caseUrl);
      await auditPage.getByText('Protected health information found on this case').waitFor();
      assert.deepEqual(await axeViolations(auditPage), [], 'the Case page');
      await openCompose(auditPage, MESSAGE);
      await finding(auditPage, 'SSN').waitFor();
      assert.deepEqual(await axeViolations(auditPage), [], 'the compose panel');
      await auditPage.goto(`${org.url}/?as=sender#/inbox`);
      await auditPage
        .getByRole('button', { name: /You have a secure message/ })
        .first()
        .click();
      assert.deepEqual(await axeViolations(auditPage), [], 'the inbox');
    } finally {
      await audit.close();
    }
  });

  it('kept PHI out of the browser console', () => {
    const leaks = consoleLines.filter((line) => line.includes(SSN) || line.includes(MEMBER_ID));
    assert.deepEqual(leaks, []);
  });
});
