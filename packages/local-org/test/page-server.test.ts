/**
 * The local org server's page routes: the page shell and its script, the SLDS assets (and
 * nothing else from disk), what the page shows, the gateway's outbox as an inbox, and the
 * scheduler's "run now". Without a page or an outbox, their routes do not exist.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createProjectRuntime } from '@securesend/apex-runtime';
import {
  LocalScheduler,
  PERSONAS,
  seedLocalOrg,
  startLocalOrgServer,
  type LocalOrgServer,
} from '../src/index.ts';

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const SLDS_DIR = dirname(
  createRequire(import.meta.url).resolve('@salesforce-ux/design-system/package.json'),
);
const STYLESHEET = '/assets/styles/salesforce-lightning-design-system.min.css';
const PAGE = {
  script: 'document.title = "fake page script";\n',
  quickActionLabel: 'Send Securely (test)',
  syncIntervalSeconds: 42,
};

/** Two summaries as the gateway's OutboxSender writes them, the newer one second. */
const OLDER = {
  file: '2026-11-23T02-05-42-123Z-1234-000001.eml',
  to: 'pat.member@example.com',
  subject: 'A secure message from Example Health',
  text: 'Open your secure message: https://portal.example/m/1',
  savedAt: '2026-11-23T02:05:42.123Z',
  tlsRequired: true,
};
const NEWER = {
  file: '2026-11-23T02-07-00-000Z-1234-000002.eml',
  to: 'kim.provider@example.com',
  subject: 'Your access code',
  text: 'Your access code is 481516',
  savedAt: '2026-11-23T02:07:00.000Z',
  tlsRequired: false,
};

let pageServer: LocalOrgServer;
let apiServer: LocalOrgServer;
let noOutboxServer: LocalOrgServer;
let workDir: string;

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A request whose path goes out exactly as written (fetch would normalise `..`). */
function raw(
  server: LocalOrgServer,
  method: string,
  path: string,
  headers: Record<string, string> = method === 'POST' ? { 'content-type': 'application/json' } : {},
): Promise<RawAnswer> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: hostname, port, method, path, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks),
        }),
      );
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

async function json(
  server: LocalOrgServer,
  method: string,
  path: string,
): Promise<{ status: number; body: unknown }> {
  const answer = await raw(server, method, path);
  assert.equal(answer.headers['content-type'], 'application/json');
  return { status: answer.status, body: JSON.parse(answer.body.toString('utf8')) as unknown };
}

function notFound(method: string, pathname: string) {
  return { status: 404, body: { message: `No route ${method} ${pathname}` } };
}

function writeSummary(dir: string, base: string, content: string): void {
  writeFileSync(join(dir, `${base}.json`), content);
  writeFileSync(join(dir, `${base}.eml`), 'From: gateway\r\n\r\nbody');
}

describe('local org page routes', () => {
  before(async () => {
    workDir = mkdtempSync(join(tmpdir(), 'local-org-page-server-'));
    const outboxDir = join(workDir, 'outbox');
    mkdirSync(outboxDir);
    writeSummary(outboxDir, OLDER.file.replace(/\.eml$/, ''), JSON.stringify(OLDER));
    writeSummary(outboxDir, NEWER.file.replace(/\.eml$/, ''), JSON.stringify(NEWER));
    // Sorted between the two: a summary cut short (being written) and one of another shape.
    writeSummary(outboxDir, '2026-11-23T02-06-00-000Z-1234-000003', '{"file": "2026-11-23T02');
    const noSubject = {
      file: 'no-subject.eml',
      to: OLDER.to,
      text: OLDER.text,
      savedAt: OLDER.savedAt,
    };
    writeSummary(outboxDir, '2026-11-23T02-06-30-000Z-1234-000004', JSON.stringify(noSubject));
    writeFileSync(join(outboxDir, 'README.txt'), 'not mail');

    const runtime = createProjectRuntime(REPO_ROOT);
    const seeded = seedLocalOrg(runtime, REPO_ROOT);
    pageServer = await startLocalOrgServer({
      runtime,
      seeded,
      page: PAGE,
      outboxDir,
      scheduler: new LocalScheduler(runtime),
    });
    apiServer = await startLocalOrgServer({ runtime, seeded });
    noOutboxServer = await startLocalOrgServer({
      runtime,
      seeded,
      page: PAGE,
      outboxDir: join(workDir, 'no-such-outbox'),
    });
  });
  after(async () => {
    await Promise.all([pageServer.close(), apiServer.close(), noOutboxServer.close()]);
    rmSync(workDir, { recursive: true, force: true });
  });

  it('serves the page shell under a policy allowing only its own scripts', async () => {
    const answer = await raw(pageServer, 'GET', '/');
    assert.equal(answer.status, 200);
    assert.equal(answer.headers['content-type'], 'text/html; charset=utf-8');
    const policy = String(answer.headers['content-security-policy']).split('; ');
    assert.equal(
      policy.find((directive) => directive.startsWith('script-src ')),
      "script-src 'self'",
    );
    assert.ok(policy.includes("frame-ancestors 'none'"), policy.join('; '));
    const html = answer.body.toString('utf8');
    assert.ok(html.includes('<script type="module" src="/page.js"></script>'), html);
    assert.ok(html.includes(`<link rel="stylesheet" href="${STYLESHEET}" />`), html);
  });

  it('serves the page script it was given, as is', async () => {
    const answer = await raw(pageServer, 'GET', '/page.js');
    assert.equal(answer.status, 200);
    assert.equal(answer.headers['content-type'], 'text/javascript; charset=utf-8');
    assert.equal(answer.body.toString('utf8'), PAGE.script);
  });

  it('serves the SLDS stylesheet and icons from the design system package', async () => {
    const css = await raw(pageServer, 'GET', STYLESHEET);
    assert.equal(css.status, 200);
    assert.equal(css.headers['content-type'], 'text/css; charset=utf-8');
    assert.ok(css.body.equals(readFileSync(join(SLDS_DIR, STYLESHEET))));
    const icon = await raw(pageServer, 'GET', '/assets/icons/utility/account.svg');
    assert.equal(icon.status, 200);
    assert.equal(icon.headers['content-type'], 'image/svg+xml');
  });

  it('serves nothing outside the SLDS assets, nor files of other types', async () => {
    const cases: [string, string][] = [
      ['/assets/..%2F..%2Fpackage.json', '/assets/..%2F..%2Fpackage.json'],
      // A stylesheet of the same package outside assets/: only the containment check refuses it.
      [
        '/assets/..%2Fcss%2Fdata-tables%2Fresponsive%2Findex.css',
        '/assets/..%2Fcss%2Fdata-tables%2Fresponsive%2Findex.css',
      ],
      // The URL parser resolves a raw `..` before any route sees the path.
      ['/assets/../package.json', '/package.json'],
      ['/assets/../css/data-tables/responsive/index.css', '/css/data-tables/responsive/index.css'],
      // Exists under assets/, but is no stylesheet, image or font.
      ['/assets/icons/README-dist.md', '/assets/icons/README-dist.md'],
      ['/assets/styles', '/assets/styles'],
      ['/assets/%E0%A4%A', '/assets/%E0%A4%A'],
    ];
    for (const [path, pathname] of cases) {
      assert.deepEqual(await json(pageServer, 'GET', path), notFound('GET', pathname), path);
    }
  });

  it('answers only requests for 127.0.0.1 or localhost, and only JSON POSTs', async () => {
    const port = new URL(pageServer.url).port;
    // A DNS-rebound name reaches 127.0.0.1 with another Host.
    const rebound = await raw(pageServer, 'GET', '/api/page', { host: `rebound.example:${port}` });
    assert.deepEqual(
      [rebound.status, JSON.parse(rebound.body.toString('utf8'))],
      [403, { message: 'The local org answers only 127.0.0.1 and localhost' }],
    );
    const viaLocalhost = await raw(pageServer, 'GET', '/api/page', { host: `localhost:${port}` });
    assert.equal(viaLocalhost.status, 200);
    // What a cross-site form or a no-preflight fetch can send.
    for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
      const post = await raw(pageServer, 'POST', '/api/scheduler/run', { 'content-type': type });
      assert.deepEqual(
        [post.status, JSON.parse(post.body.toString('utf8'))],
        [415, { message: 'A POST must be application/json' }],
      );
    }
  });

  it('refuses a request target that is not a URL path with 400', async () => {
    // `//[` parses as a protocol-relative URL with an invalid host.
    assert.deepEqual(await json(pageServer, 'GET', '//['), {
      status: 400,
      body: { message: 'The request target is not a URL path' },
    });
  });

  it('tells the page its personas, the quick action label and the sync interval', async () => {
    assert.deepEqual(await json(pageServer, 'GET', '/api/page'), {
      status: 200,
      body: {
        personas: [
          { key: 'sender', label: PERSONAS[0]?.label },
          { key: 'supervisor', label: PERSONAS[1]?.label },
          { key: 'auditor', label: PERSONAS[2]?.label },
          { key: 'admin', label: PERSONAS[3]?.label },
        ],
        quickActionLabel: 'Send Securely (test)',
        syncIntervalSeconds: 42,
      },
    });
  });

  it("lists the outbox's mail newest first, skipping summaries it cannot read", async () => {
    const inbox = (mail: typeof OLDER) => ({
      id: mail.file,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      savedAt: mail.savedAt,
    });
    assert.deepEqual(await json(pageServer, 'GET', '/api/inbox'), {
      status: 200,
      body: [inbox(NEWER), inbox(OLDER)],
    });
  });

  it('lists no mail while the outbox folder does not exist', async () => {
    assert.deepEqual(await json(noOutboxServer, 'GET', '/api/inbox'), { status: 200, body: [] });
  });

  it('runs the scheduler on demand, firing nothing while nothing is scheduled', async () => {
    assert.deepEqual(await json(pageServer, 'POST', '/api/scheduler/run'), {
      status: 200,
      body: { fired: null, outcomes: [] },
    });
    assert.deepEqual(
      await json(pageServer, 'GET', '/api/scheduler/run'),
      notFound('GET', '/api/scheduler/run'),
    );
  });

  it('has no page, assets, inbox or scheduler routes without a page, an outbox or a scheduler', async () => {
    for (const [method, path] of [
      ['GET', '/'],
      ['GET', '/page.js'],
      ['GET', '/api/page'],
      ['GET', STYLESHEET],
      ['GET', '/api/inbox'],
      ['POST', '/api/scheduler/run'],
    ] as const) {
      assert.deepEqual(await json(apiServer, method, path), notFound(method, path), path);
    }
    // The API itself is still there.
    assert.equal((await json(apiServer, 'GET', '/api/personas')).status, 200);
  });
});
