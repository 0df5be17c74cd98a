import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DecryptionError, open, seal } from '../src/crypto/aead.ts';
import { LocalKeyRing } from '../src/crypto/keyring.ts';
import { addMasterKey, loadKeyRing } from '../src/crypto/keyring-file.ts';
import { rewrapDataKeys } from '../src/crypto/rewrap.ts';
import { openContent } from '../src/messages/sealed-content.ts';
import { TENANT_A, messageRequest, startHarness, postMessage } from './harness.ts';

describe('AES-256-GCM blobs', () => {
  const key = Buffer.alloc(32, 7);
  it('round-trips and refuses altered ciphertext, another key or another context', () => {
    const blob = seal(key, Buffer.from('hello'), 'ctx');
    assert.equal(open(key, blob, 'ctx').toString(), 'hello');
    const flipped = Buffer.from(blob);
    flipped[flipped.length - 1] = (flipped[flipped.length - 1] ?? 0) ^ 1;
    assert.throws(() => open(key, flipped, 'ctx'), DecryptionError);
    assert.throws(() => open(Buffer.alloc(32, 8), blob, 'ctx'), DecryptionError);
    assert.throws(() => open(key, blob, 'other'), DecryptionError);
    assert.throws(() => open(key, blob.subarray(0, 10), 'ctx'), DecryptionError);
  });
  it('uses a fresh nonce every time', () => {
    assert.notDeepEqual(seal(key, Buffer.from('x'), 'c'), seal(key, Buffer.from('x'), 'c'));
  });
});

describe('keyring file', () => {
  it('is created with mode 0600, refuses a group-readable file, and rotation adds an active key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'keyring-'));
    try {
      const file = join(dir, 'keyring.json');
      const first = loadKeyRing(file, {});
      assert.equal(first.activeKekId, 'k1');
      assert.equal(statSync(file).mode & 0o777, 0o600);
      assert.equal(addMasterKey(file), 'k2');
      const second = loadKeyRing(file, {});
      assert.equal(second.activeKekId, 'k2');
      const wrapped = first.wrap(TENANT_A, Buffer.alloc(32, 1), 'm');
      assert.deepEqual(
        second.unwrap(TENANT_A, wrapped, 'm'),
        Buffer.alloc(32, 1),
        'old keys still unwrap',
      );
      chmodSync(file, 0o644);
      assert.throws(() => loadKeyRing(file, {}), /readable by other users/);
      assert.throws(
        () => loadKeyRing(file, { SECURESEND_KEYRING: '{"active":"k9","keys":{}}' }),
        /no master keys/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('derives a different KEK per tenant', () => {
    const ring = new LocalKeyRing([{ id: 'k1', key: Buffer.alloc(32, 3) }], 'k1');
    const wrapped = ring.wrap(TENANT_A, Buffer.alloc(32, 1), 'm');
    assert.throws(() => ring.unwrap('00D000000000BBBEAA', wrapped, 'm'), DecryptionError);
  });
});

describe('key rotation', () => {
  it('re-wraps every live data key with the new KEK without touching ciphertext', async () => {
    const h = await startHarness();
    try {
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) {
        const response = await postMessage(h, messageRequest({ body: `message ${i}` }));
        ids.push(String(response.json['id']));
      }
      const before = new Map(
        ids.map((id) => [
          id,
          h.store.db.prepare('SELECT content FROM messages WHERE id = ?').get(id),
        ]),
      );
      const k2 = { id: 'k2', key: Buffer.alloc(32, 9) };
      const rotated = new LocalKeyRing([h.masterKey, k2], 'k2');
      assert.equal(await rewrapDataKeys(h.store, rotated, h.clock.now), 3);
      assert.equal(await rewrapDataKeys(h.store, rotated, h.clock.now), 0, 'idempotent');
      const onlyK2 = new LocalKeyRing([k2], 'k2');
      for (const [index, id] of ids.entries()) {
        const message = await h.store.findMessage(TENANT_A, id);
        assert.equal(message?.kekId, 'k2');
        assert.deepEqual(
          h.store.db.prepare('SELECT content FROM messages WHERE id = ?').get(id),
          before.get(id),
        );
        const payload = openContent(
          onlyK2,
          TENANT_A,
          id,
          { kekId: 'k2', wrapped: message?.wrappedKey as Buffer },
          message?.content as Buffer,
        );
        assert.equal(payload.body, `message ${index}`);
      }
      const rotations = (await h.store.listAudit(TENANT_A, 0, 1000)).filter(
        (e) => e.action === 'key.rotate',
      );
      assert.equal(rotations.length, 1);
    } finally {
      await h.close();
    }
  });
});
