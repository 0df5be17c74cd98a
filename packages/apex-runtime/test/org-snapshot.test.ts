import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { binds, mustSucceed, newOrg, rowsOf, sobject, soql } from './org-helpers.ts';

describe('org snapshot/restore', () => {
  it('restores records (test setup data reused per test method) without reusing Ids', () => {
    const org = newOrg();
    const system = { userId: org.adminUserId };
    const [setupCase = ''] = mustSucceed(
      org.insert([sobject('Case', { Subject: 'setup' })], system),
    );
    const afterSetup = org.snapshot();

    const [firstTestCase = ''] = mustSucceed(
      org.insert([sobject('Case', { Subject: 'test 1' })], system),
    );
    mustSucceed(org.update([sobject('Case', { Id: setupCase, Subject: 'changed' })], system));
    org.restore(afterSetup);
    assert.equal(org.record(firstTestCase), null);
    assert.equal(org.record(setupCase)?.get('Subject'), 'setup');

    const [secondTestCase = ''] = mustSucceed(
      org.insert([sobject('Case', { Subject: 'test 2' })], system),
    );
    assert.notEqual(secondTestCase, firstTestCase, 'a rolled-back Id is never reused');
    mustSucceed(org.delete([setupCase], system));
    org.restore(afterSetup);
    assert.equal(org.record(setupCase)?.get('Subject'), 'setup', 'a restore undoes deletes too');
    // A snapshot can be restored again and again.
    org.restore(afterSetup);
    const count = org.query(soql('Case', [{ kind: 'countAll' }]), binds(), {
      mode: 'system',
      enforceSharing: false,
      userId: org.adminUserId,
    });
    assert.equal(count, 1);
  });

  it('nested savepoints: restoring an inner one keeps outer changes', () => {
    const org = newOrg();
    const system = { userId: org.adminUserId };
    const outer = org.snapshot();
    mustSucceed(org.insert([sobject('Case', { Subject: 'a' })], system));
    const inner = org.snapshot();
    mustSucceed(org.insert([sobject('Case', { Subject: 'b' })], system));
    org.restore(inner);
    const subjects = () =>
      rowsOf(
        org.query(soql('Case', ['Subject']), binds(), {
          mode: 'system',
          enforceSharing: false,
          userId: org.adminUserId,
        }),
      ).map((r) => r.get('Subject'));
    assert.deepEqual(subjects(), ['a']);
    org.restore(outer);
    assert.deepEqual(subjects(), []);
  });

  it('is cheap enough to run per test method', () => {
    const org = newOrg();
    const system = { userId: org.adminUserId };
    mustSucceed(
      org.insert(
        Array.from({ length: 30 }, (_, i) => sobject('Case', { Subject: `c${i}` })),
        system,
      ),
    );
    const base = org.snapshot();
    const start = performance.now();
    for (let i = 0; i < 200; i++) {
      mustSucceed(org.insert([sobject('Case', { Subject: 'per test' })], system));
      org.restore(base);
    }
    assert.ok(performance.now() - start < 2000, '200 insert/restore cycles well under 2 s');
  });
});
