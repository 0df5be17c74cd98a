/**
 * The local org's HTTP endpoint (127.0.0.1 only), what a local Lightning page's
 * `@salesforce/apex` imports call:
 *   GET  /api/personas            the seeded personas and their user Ids
 *   POST /api/apex                { classname, method, params, persona } -> one Aura call
 * An Apex exception answers 500 with Lightning's error shape ({ body: { message, exceptionType } });
 * a request the endpoint refuses (bad JSON, unknown persona or method) answers 400.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ProjectRuntime } from '@securesend/apex-runtime';
import { AuraRequestError, callAura } from './aura.ts';
import { PERSONAS, type SeededOrg } from './seed.ts';

const MAX_BODY_BYTES = 8 * 1024 * 1024;

export interface LocalOrgServer {
  url: string;
  close(): Promise<void>;
}

class BadRequest extends Error {}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new BadRequest(`Request body larger than ${MAX_BODY_BYTES} bytes`));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
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

async function handle(
  runtime: ProjectRuntime,
  seeded: SeededOrg,
  request: IncomingMessage,
  response: ServerResponse,
) {
  const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
  if (request.method === 'GET' && path === '/api/personas') {
    send(
      response,
      200,
      PERSONAS.map((p) => ({ key: p.key, label: p.label, userId: seeded.users[p.key] })),
    );
    return;
  }
  if (request.method !== 'POST' || path !== '/api/apex') {
    send(response, 404, { message: `No route ${request.method ?? ''} ${path}` });
    return;
  }
  const call = parseApexRequest(await readBody(request));
  const result = callAura(runtime, { ...call, userId: seeded.users[call.persona] });
  if (result.ok) send(response, 200, { returnValue: result.returnValue });
  else send(response, 500, { body: result.error });
}

export function startLocalOrgServer(
  runtime: ProjectRuntime,
  seeded: SeededOrg,
  port = 0,
): Promise<LocalOrgServer> {
  const server: Server = createServer((request, response) => {
    handle(runtime, seeded, request, response).catch((error: unknown) => {
      if (error instanceof BadRequest || error instanceof AuraRequestError) {
        send(response, 400, { message: error.message });
        return;
      }
      // A runtime bug or an unsupported construct: say which, never the request's data.
      send(response, 500, {
        body: {
          exceptionType: 'internal',
          message: error instanceof Error ? error.message : 'error',
        },
      });
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${bound}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
