/** The local org's HTTP endpoint: personas, Aura calls, Lightning-shaped errors, refusals. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createProjectRuntime } from '@securesend/apex-runtime';
import {
  seedLocalOrg,
  startLocalOrgServer,
  type LocalOrgServer,
  type SeededOrg,
} from '../src/index.ts';

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

let server: LocalOrgServer;
let seeded: SeededOrg;

async function post(body: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${server.url}/api/apex`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe('local org endpoint', () => {
  before(async () => {
    const runtime = createProjectRuntime(REPO_ROOT);
    seeded = seedLocalOrg(runtime, REPO_ROOT);
    server = await startLocalOrgServer({ runtime, seeded });
  });
  after(() => server.close());

  it('lists the personas with their user Ids', async () => {
    const response = await fetch(`${server.url}/api/personas`);
    const personas = (await response.json()) as { key: string; userId: string }[];
    assert.deepEqual(
      personas.map((p) => [p.key, p.userId]),
      Object.entries(seeded.users),
    );
  });

  it('answers an Aura call with its return value', async () => {
    const { status, json } = await post({
      classname: 'SecureSendController',
      method: 'getMessages',
      params: { caseId: seeded.cases.CaseClaimQuestion },
      persona: 'sender',
    });
    assert.equal(status, 200);
    assert.deepEqual(json, { returnValue: [] });
  });

  it("answers an Apex exception with Lightning's error shape", async () => {
    const { status, json } = await post({
      classname: 'SecureSendController',
      method: 'getComposeContext',
      params: { caseId: seeded.cases.CaseClaimQuestion },
      persona: 'auditor',
    });
    assert.equal(status, 500);
    const body = json.body as { exceptionType: string; message: string };
    assert.equal(body.exceptionType, 'System.AuraHandledException');
    assert.match(body.message, /permission to send secure messages/);
  });

  it('refuses bad requests with a precise message', async () => {
    assert.deepEqual(await post('{'), { status: 400, json: { message: 'The body is not JSON' } });
    assert.deepEqual(
      await post({ classname: 'SecureSendController', method: 'getMessages', persona: 'nobody' }),
      {
        status: 400,
        json: { message: 'persona must be one of sender, supervisor, auditor, admin' },
      },
    );
    assert.deepEqual(
      await post({
        classname: 'SecureSendController',
        method: 'notThere',
        params: {},
        persona: 'sender',
      }),
      {
        status: 400,
        json: { message: 'No @AuraEnabled static method SecureSendController.notThere' },
      },
    );
  });
});
