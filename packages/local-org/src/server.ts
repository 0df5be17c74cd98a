/**
 * The local org's HTTP server (127.0.0.1 only):
 *   GET  /                    the Case record page (page-assets.ts), GET /page.js its script,
 *                             GET /assets/... the SLDS stylesheet and icons
 *   GET  /api/page            what the page shows: personas, the quick action's label, the sync timer
 *   GET  /api/personas        the seeded personas and their user Ids
 *   POST /api/apex            { classname, method, params, persona } -> one Aura call
 *   GET  /api/inbox           the mail in the gateway's outbox, newest first
 *   POST /api/scheduler/run   fires the next scheduled Apex job now (the status sync)
 * An Apex exception answers 500 with Lightning's error shape ({ body: { message, exceptionType } });
 * a request the server refuses (bad JSON, unknown persona or method) answers 400; another Host
 * than 127.0.0.1/localhost 403, a POST that is not JSON 415. Nothing here logs a request:
 * bodies carry PHI.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ProjectRuntime } from '@securesend/apex-runtime';
import { AuraRequestError, callAura } from './aura.ts';
import { BadRequest, readBody, sendJson } from './http-util.ts';
import { readOutbox } from './outbox.ts';
import { sendPage, sendScript, sendSldsAsset } from './page-assets.ts';
import type { LocalScheduler } from './scheduler.ts';
import { PERSONAS, type SeededOrg } from './seed.ts';

export interface LocalOrgServer {
  url: string;
  close(): Promise<void>;
}

export interface LocalOrgPage {
  /** The bundled page script (page-build/bundle-page.ts). */
  script: string;
  /** The Send Securely quick action's label, from its metadata. */
  quickActionLabel: string;
  /** How often the scheduler fires on its own (0: only on demand). */
  syncIntervalSeconds: number;
}

export interface LocalOrgServerOptions {
  runtime: ProjectRuntime;
  seeded: SeededOrg;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Absent: the API only (GET / answers 404). */
  page?: LocalOrgPage;
  /** The gateway's outbox folder; absent: /api/inbox answers 404. */
  outboxDir?: string;
  /** Absent: /api/scheduler/run answers 404. */
  scheduler?: LocalScheduler;
}

interface ApexRequest {
  classname: string;
  method: string;
  params: Record<string, unknown>;
  persona: keyof SeededOrg['users'];
}

function parseApexRequest(text: string): ApexRequest {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new BadRequest('The body is not JSON');
  }
  if (typeof parsed !== 'object' || parsed === null)
    throw new BadRequest('The body must be a JSON object');
  const { classname, method, params = {}, persona } = parsed as Record<string, unknown>;
  if (typeof classname !== 'string' || classname === '')
    throw new BadRequest('classname must be a non-empty string');
  if (typeof method !== 'string' || method === '')
    throw new BadRequest('method must be a non-empty string');
  if (typeof params !== 'object' || params === null || Array.isArray(params)) {
    throw new BadRequest('params must be a JSON object');
  }
  if (!PERSONAS.some((p) => p.key === persona)) {
    throw new BadRequest(`persona must be one of ${PERSONAS.map((p) => p.key).join(', ')}`);
  }
  return {
    classname,
    method,
    params: params as Record<string, unknown>,
    persona: persona as ApexRequest['persona'],
  };
}

type Route = (request: IncomingMessage, response: ServerResponse) => Promise<void> | void;

function routes(options: LocalOrgServerOptions): Map<string, Route> {
  const { runtime, seeded, page, outboxDir, scheduler } = options;
  const table = new Map<string, Route>([
    [
      'GET /api/personas',
      (_request, response) =>
        sendJson(
          response,
          200,
          PERSONAS.map((p) => ({ key: p.key, label: p.label, userId: seeded.users[p.key] })),
        ),
    ],
    [
      'POST /api/apex',
      async (request, response) => {
        const call = parseApexRequest(await readBody(request));
        const result = callAura(runtime, { ...call, userId: seeded.users[call.persona] });
        if (result.ok) sendJson(response, 200, { returnValue: result.returnValue });
        else sendJson(response, 500, { body: result.error });
      },
    ],
  ]);
  if (page) {
    table.set('GET /', (_request, response) => sendPage(response));
    table.set('GET /page.js', (_request, response) => sendScript(response, page.script));
    table.set('GET /api/page', (_request, response) =>
      sendJson(response, 200, {
        personas: PERSONAS.map((p) => ({ key: p.key, label: p.label })),
        quickActionLabel: page.quickActionLabel,
        syncIntervalSeconds: page.syncIntervalSeconds,
      }),
    );
  }
  if (outboxDir !== undefined) {
    table.set('GET /api/inbox', (_request, response) =>
      sendJson(response, 200, readOutbox(outboxDir)),
    );
  }
  if (scheduler) {
    table.set('POST /api/scheduler/run', (_request, response) =>
      sendJson(response, 200, scheduler.tick()),
    );
  }
  return table;
}

/**
 * Only this machine's browser may drive the local org. A page elsewhere that the user has open
 * could otherwise reach 127.0.0.1: a DNS-rebound name fails the Host check, and a cross-site
 * POST cannot carry `content-type: application/json` without a CORS preflight, which this
 * server never answers.
 */
function refusal(
  request: IncomingMessage,
  port: number,
): { status: number; message: string } | null {
  const host = request.headers.host ?? '';
  if (host !== `127.0.0.1:${String(port)}` && host !== `localhost:${String(port)}`) {
    return { status: 403, message: 'The local org answers only 127.0.0.1 and localhost' };
  }
  const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (request.method === 'POST' && type !== 'application/json') {
    return { status: 415, message: 'A POST must be application/json' };
  }
  return null;
}

async function handle(
  table: Map<string, Route>,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const refused = refusal(request, (request.socket.address() as AddressInfo).port);
  if (refused) {
    sendJson(response, refused.status, { message: refused.message });
    return;
  }
  let path: string;
  try {
    path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
  } catch {
    throw new BadRequest('The request target is not a URL path');
  }
  const route = table.get(`${request.method ?? ''} ${path}`);
  if (route) {
    await route(request, response);
    return;
  }
  const servesPage = table.has('GET /');
  if (servesPage && request.method === 'GET' && path.startsWith('/assets/')) {
    if (sendSldsAsset(response, path.slice('/assets/'.length))) return;
  }
  sendJson(response, 404, { message: `No route ${request.method ?? ''} ${path}` });
}

export function startLocalOrgServer(options: LocalOrgServerOptions): Promise<LocalOrgServer> {
  const table = routes(options);
  const server: Server = createServer((request, response) => {
    handle(table, request, response).catch((error: unknown) => {
      if (error instanceof BadRequest || error instanceof AuraRequestError) {
        sendJson(response, 400, { message: error.message });
        return;
      }
      // A runtime bug or an unsupported construct: say which, never the request's data.
      sendJson(response, 500, {
        body: {
          exceptionType: 'internal',
          message: error instanceof Error ? error.message : 'error',
        },
      });
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const { port: bound } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${bound}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
