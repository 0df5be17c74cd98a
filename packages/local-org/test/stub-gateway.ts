/**
 * A stand-in gateway for the callout tests, in its own process (a callout blocks this one while
 * it waits): GET /v1/ping answers the contract's Ping when the Authorization header carries the
 * expected key, a 401 problem otherwise. Listens on 127.0.0.1 only and exits after 60 s at most.
 */
import { spawn, type ChildProcess } from 'node:child_process';

const SERVER = `
const http = require('node:http');
const expected = 'Bearer ' + process.argv[1];
const server = http.createServer((req, res) => {
  const ok = req.headers.authorization === expected;
  if (req.url !== '/v1/ping') { res.writeHead(404).end(); return; }
  if (!ok) {
    res.writeHead(401, { 'content-type': 'application/problem+json' });
    res.end(JSON.stringify({ type: 'https://securesend.dev/problems/unauthenticated', title: 'Unauthenticated', status: 401 }));
    return;
  }
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ tenantId: '00D000000000001AAA', credentialId: 'cred_local', scopes: ['send', 'read-status', 'read-content', 'admin'], serverTime: '2030-01-02T03:04:05.000Z' }));
});
server.listen(0, '127.0.0.1', () => process.stdout.write(String(server.address().port) + '\\n'));
setTimeout(() => process.exit(0), 60000).unref();
`;

export interface StubGateway {
  url: string;
  stop(): void;
}

export function startStubGateway(apiKey: string): Promise<StubGateway> {
  const child: ChildProcess = spawn(process.execPath, ['-e', SERVER, apiKey], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.stdout?.once('data', (chunk: Buffer) => {
      resolve({ url: `http://127.0.0.1:${chunk.toString().trim()}`, stop: () => child.kill() });
    });
  });
}
