import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { parse, stringify } from 'yaml';
import { buildGateway } from '../src/app.ts';
import { OPENAPI_PATH, loadContract } from '../src/contract/openapi.ts';
import { LocalKeyRing, newMasterKey } from '../src/crypto/keyring.ts';
import { SqliteStore } from '../src/store/sqlite-store.ts';
import { SCOPES } from '../src/store/records.ts';
import { addCredential, createTenant } from '../src/tenants/tenant-admin.ts';
import { TENANT_A } from './harness.ts';

/** The parts of openapi.yaml these tests edit. */
interface ContractDocument {
  paths: Record<string, unknown>;
  components: { schemas: Record<string, { properties: Record<string, unknown> }> };
}

/** openapi.yaml with one change, written to a temporary file. */
function editedContract(edit: (document: ContractDocument) => void): {
  path: string;
  dbFile: string;
  cleanup: () => void;
} {
  const dir = mkdtempSync(join(tmpdir(), 'contract-'));
  const document = parse(readFileSync(OPENAPI_PATH, 'utf8')) as ContractDocument;
  edit(document);
  const path = join(dir, 'openapi.yaml');
  writeFileSync(path, stringify(document));
  return {
    path,
    dbFile: join(dir, 'gateway.db'),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

describe('the OpenAPI contract drives the server', () => {
  it('is OpenAPI 3.1 and every operation has an id, and each one a route', () => {
    const document = parse(readFileSync(OPENAPI_PATH, 'utf8')) as { openapi: string };
    assert.equal(document.openapi, '3.1.0');
    const ids = loadContract().map((o) => o.operationId);
    assert.deepEqual(ids, [
      'getHealth',
      'ping',
      'createMessage',
      'getMessage',
      'revokeMessage',
      'getMessageContent',
      'listEvents',
      'listAudit',
    ]);
  });

  it('refuses to start when the contract has an operation with no handler', async () => {
    const edited = editedContract((d) => {
      d.paths['/v1/extra'] = {
        get: { operationId: 'extra', responses: { '200': { description: 'x' } } },
      };
    });
    const store = SqliteStore.open(edited.dbFile);
    try {
      assert.throws(
        () =>
          buildGateway({
            store,
            keyRing: new LocalKeyRing([newMasterKey('k1')], 'k1'),
            contract: loadContract(edited.path),
            logStream: new Writable({ write: (_c, _e, done) => done() }),
          }),
        /operation extra has no handler/,
      );
    } finally {
      await store.close();
      edited.cleanup();
    }
  });

  it('a response that drifts from the contract becomes a 500 and is logged, never sent', async () => {
    // The contract no longer knows `contentAvailable`, which the server still sends.
    const edited = editedContract((d) => {
      const status = d.components.schemas['MessageStatus'];
      assert.ok(status, 'the contract has a MessageStatus schema');
      delete status.properties['contentAvailable'];
    });
    const logs: string[] = [];
    const store = SqliteStore.open(edited.dbFile);
    const app = buildGateway({
      store,
      keyRing: new LocalKeyRing([newMasterKey('k1')], 'k1'),
      contract: loadContract(edited.path),
      logStream: new Writable({
        write: (chunk: Buffer, _e, done) => {
          logs.push(chunk.toString());
          done();
        },
      }),
    });
    try {
      const url = await app.listen({ host: '127.0.0.1', port: 0 });
      await createTenant(store, TENANT_A, 'A', new Date());
      const { token } = await addCredential(store, TENANT_A, SCOPES, 't', new Date());
      const response = await fetch(`${url}/v1/messages`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'idempotency-key': 'drift-test-1',
        },
        body: JSON.stringify({
          sender: { userId: '005000000000001AAA', name: 'A', email: 'a@example.org' },
          recipients: [{ email: 'b@example.org' }],
          subject: 's',
          body: 'b',
          reference: { caseId: '500000000000001AAA' },
        }),
      });
      assert.equal(response.status, 500);
      assert.match(logs.join(''), /response violates openapi.yaml/);
      assert.match(logs.join(''), /contentAvailable/);
    } finally {
      await app.close();
      await store.close();
      edited.cleanup();
    }
  });
});
