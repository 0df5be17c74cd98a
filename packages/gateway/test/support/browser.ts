/**
 * A real Chromium for the gateway's browser tests, driven by playwright-core.
 *
 * playwright-core downloads no browser: the tests use Debian's chromium (`npm run setup` installs
 * it at /usr/bin/chromium) or the Chromium that SECURESEND_CHROMIUM points at. A missing browser
 * is an error, never a silently skipped test.
 */
import { accessSync, constants, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** The accessibility rules the portal must pass: WCAG 2.0 and 2.1, levels A and AA. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** One axe-core rule that failed, with how many elements failed it. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
}

/**
 * Launches headless Chromium: SECURESEND_CHROMIUM when set, else /usr/bin/chromium.
 * @throws Error when that file is missing or not executable (run `npm run setup`).
 */
export async function launchChromium(): Promise<Browser> {
  const fromEnv = process.env['SECURESEND_CHROMIUM'];
  const executablePath = fromEnv ?? DEFAULT_CHROMIUM;
  try {
    accessSync(executablePath, constants.X_OK);
  } catch {
    const where = fromEnv === undefined ? 'the default path' : 'SECURESEND_CHROMIUM';
    throw new Error(
      `No executable Chromium at ${executablePath} (${where}). The gateway's browser tests drive ` +
        `a real Chromium and playwright-core downloads none: run \`npm run setup\` (it installs ` +
        `Debian's chromium package at ${DEFAULT_CHROMIUM}), or set SECURESEND_CHROMIUM to the ` +
        `path of a Chromium executable.`,
    );
  }
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/**
 * A context for the real flow: the page's Content-Security-Policy is enforced (bypassCSP false,
 * Playwright's default) and downloads are accepted. Options (viewport, ...) pass through.
 */
export async function newStrictContext(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  return browser.newContext({ ...options, bypassCSP: false, acceptDownloads: true });
}

/**
 * A context for {@link axeViolations}: bypassCSP is true, because the portal's
 * Content-Security-Policy forbids inline scripts and axe-core is injected as one. Use it only to
 * audit: the whole policy is off, so anything the CSP would block (inline styles too) applies
 * here, and CSP violations and the real flow belong in {@link newStrictContext}.
 * Options (viewport, ...) pass through.
 */
export async function newAuditContext(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  return browser.newContext({ ...options, bypassCSP: true });
}

/** packages/gateway/test-output/portal, absolute, created when missing (git ignores it). */
export function screenshotDir(): string {
  const dir = fileURLToPath(new URL('../../test-output/portal/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Saves a full-page screenshot as `<screenshotDir()>/<name>.png` and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  const path = join(screenshotDir(), `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

let axeSource: string | undefined;

/** axe-core's browser bundle, read once from the gateway's own axe-core dependency. */
function loadAxeSource(): string {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

/** The part of axe.run's result that this module reads. */
interface AxeRunResult {
  violations: { id: string; impact?: string | null; help: string; nodes: unknown[] }[];
}

/**
 * Runs axe-core's WCAG 2.0/2.1 A and AA rules on the page's document and returns the violations.
 *
 * axe-core is injected as an inline script (`page.addScriptTag({ content })`), which a
 * Content-Security-Policy without 'unsafe-inline' (the portal's) blocks: the page must belong to
 * a context created with `bypassCSP: true`, i.e. {@link newAuditContext}. Under an enforced
 * policy `page.addScriptTag` rejects with Chromium's CSP message.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: loadAxeSource() });
  return page.evaluate(async (values: string[]): Promise<AxeViolation[]> => {
    // Runs in the page, where the script tag above defined `axe`.
    const win = globalThis as unknown as {
      axe?: { run(context: unknown, options: unknown): Promise<AxeRunResult> };
      document: unknown;
    };
    if (win.axe === undefined) {
      throw new Error(
        'axe-core did not load: was the page opened in a bypassCSP context (newAuditContext)?',
      );
    }
    const { violations } = await win.axe.run(win.document, { runOnly: { type: 'tag', values } });
    return violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact: impact ?? null,
      help,
      nodes: nodes.length,
    }));
  }, WCAG_TAGS);
}

/**
 * Records, in order, the text of every console message the page logs and the message of every
 * uncaught page error. Chromium reports a CSP violation as a console error that names the
 * directive ("... violates the following Content Security Policy directive ...").
 * Attach it before navigating; the returned array keeps filling as the page runs.
 */
export function collectConsole(page: Page): string[] {
  const lines: string[] = [];
  page.on('console', (message) => {
    lines.push(message.text());
  });
  page.on('pageerror', (error) => {
    lines.push(error.message);
  });
  return lines;
}
