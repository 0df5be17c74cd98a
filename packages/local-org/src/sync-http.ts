/**
 * A blocking HTTP request for Apex callouts: the interpreter is synchronous, so the request runs
 * in a short-lived Node child (fetch) and this process waits for its answer. Bodies travel as
 * base64; nothing is logged.
 */
import { spawnSync } from 'node:child_process';

export interface SyncRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  /** base64, or null for no body. */
  body: string | null;
  timeoutMs: number;
}

export type SyncResponse =
  | { status: number; statusText: string; headers: [string, string][]; body: string }
  | { error: 'timeout' | 'unreachable' };

// CommonJS (node -e): reads the request on stdin, prints one JSON answer on stdout.
const CHILD = `
const input = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
fetch(input.url, {
  method: input.method,
  headers: input.headers,
  body: input.body === null ? undefined : Buffer.from(input.body, 'base64'),
  signal: AbortSignal.timeout(input.timeoutMs),
  redirect: 'manual',
})
  .then(async (res) => ({
    status: res.status,
    statusText: res.statusText,
    headers: [...res.headers.entries()],
    body: Buffer.from(await res.arrayBuffer()).toString('base64'),
  }))
  .catch((error) => ({ error: error && error.name === 'TimeoutError' ? 'timeout' : 'unreachable' }))
  .then((answer) => process.stdout.write(JSON.stringify(answer)));
`;

/** Extra time the child may take beyond the callout timeout (start-up), before it is killed. */
const CHILD_GRACE_MS = 5000;

export function requestSync(request: SyncRequest): SyncResponse {
  const child = spawnSync(process.execPath, ['-e', CHILD], {
    input: JSON.stringify(request),
    encoding: 'utf8',
    timeout: request.timeoutMs + CHILD_GRACE_MS,
    maxBuffer: 64 * 1024 * 1024,
  });
  const failure: NodeJS.ErrnoException | undefined = child.error;
  if (failure?.code === 'ETIMEDOUT') return { error: 'timeout' };
  if (child.error || child.status !== 0) {
    throw new Error(
      `The callout process failed: ${child.error?.message ?? `exit ${String(child.status)}`}`,
    );
  }
  return JSON.parse(child.stdout) as SyncResponse;
}
