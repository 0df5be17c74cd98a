/**
 * Callouts from the real package Apex outside tests: `callout:SecureSend_Gateway` reaches a
 * gateway over HTTP with the Authorization header built from the external credential, and the
 * package's connection test reports what the gateway said.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createProjectRuntime, type ProjectRuntime } from '@securesend/apex-runtime';
import { callAura, connectGateway, seedLocalOrg, type SeededOrg } from '../src/index.ts';
import { resolveCredential } from '../src/credentials.ts';
import { startStubGateway, type StubGateway } from './stub-gateway.ts';

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const API_KEY = 'local-test-key';

let runtime: ProjectRuntime;
let seeded: SeededOrg;
let gateway: StubGateway;

function testConnection(): Record<string, unknown> {
  const result = callAura(runtime, {
    classname: 'SecureSendController',
    method: 'testConnection',
    params: {},
    userId: seeded.users.admin,
  });
  if (!result.ok) assert.fail(`${result.error.exceptionType}: ${result.error.message}`);
  return result.returnValue as Record<string, unknown>;
}

describe('callouts to the gateway', () => {
  before(async () => {
    gateway = await startStubGateway(API_KEY);
    runtime = createProjectRuntime(REPO_ROOT);
    seeded = seedLocalOrg(runtime, REPO_ROOT);
  });
  after(() => gateway.stop());

  it("builds the Authorization header from the external credential's AuthHeader parameter", () => {
    const credential = resolveCredential(
      `${REPO_ROOT}/force-app/main/default`,
      'SecureSend_Gateway',
      {
        url: 'http://127.0.0.1:1/',
        parameters: { ApiKey: 'k' },
      },
    );
    assert.deepEqual(credential, {
      url: 'http://127.0.0.1:1',
      headers: { Authorization: 'Bearer k' },
    });
  });

  it('reaches the gateway with the right key and reports the connection as working', () => {
    connectGateway(runtime, REPO_ROOT, { url: gateway.url, apiKey: API_KEY });
    const status = testConnection();
    assert.equal(status.ok, true, JSON.stringify(status));
  });

  it('reports a wrong key as the gateway refusing the credential', () => {
    connectGateway(runtime, REPO_ROOT, { url: gateway.url, apiKey: 'wrong-key' });
    const status = testConnection();
    assert.equal(status.ok, false);
    assert.match(String(status.message), /credential/i);
  });

  it('reports an unreachable gateway without a stack or the URL', () => {
    connectGateway(runtime, REPO_ROOT, { url: 'http://127.0.0.1:1', apiKey: API_KEY });
    const status = testConnection();
    assert.equal(status.ok, false);
    assert.doesNotMatch(String(status.message), /127\.0\.0\.1/);
  });
});
