/**
 * The page's static side: its HTML shell (the SLDS stylesheet, the bundled script, a strict
 * Content-Security-Policy) and the SLDS assets from @salesforce-ux/design-system.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, sep } from 'node:path';

const SLDS_ASSETS = join(
  dirname(createRequire(import.meta.url).resolve('@salesforce-ux/design-system/package.json')),
  'assets',
);

const CONTENT_TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

/**
 * Scripts only from the page itself; inline styles are allowed because synthetic shadow
 * injects each component's stylesheet as a <style> element. Nothing may be framed or posted
 * elsewhere.
 */
const PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "form-action 'none'",
  "base-uri 'none'",
].join('; ');

const HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>SecureSend · local org</title>
    <link rel="stylesheet" href="/assets/styles/salesforce-lightning-design-system.min.css" />
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="/page.js"></script>
  </body>
</html>
`;

export function sendPage(response: ServerResponse): void {
  response.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': PAGE_POLICY,
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  });
  response.end(HTML);
}

export function sendScript(response: ServerResponse, script: string): void {
  response.writeHead(200, {
    'content-type': 'text/javascript; charset=utf-8',
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  });
  response.end(script);
}

/** `/assets/<path>` from the SLDS package; false when there is no such asset. */
export function sendSldsAsset(response: ServerResponse, assetPath: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(assetPath);
  } catch {
    return false;
  }
  const file = normalize(join(SLDS_ASSETS, decoded));
  const type = CONTENT_TYPES[extname(file)];
  if (!file.startsWith(SLDS_ASSETS + sep) || !type) return false;
  if (!existsSync(file) || !statSync(file).isFile()) return false;
  response.writeHead(200, {
    'content-type': type,
    'x-content-type-options': 'nosniff',
    'cache-control': 'max-age=3600',
  });
  response.end(readFileSync(file));
  return true;
}
