import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_POLICY, type TenantPolicy, parsePolicy } from '../src/policy/tenant-policy.ts';
import { setTenantPolicy } from '../src/tenants/tenant-admin.ts';
import {
  type Harness,
  TENANT_A,
  TENANT_B,
  call,
  messageRequest,
  postMessage,
  startHarness,
} from './harness.ts';

const NAMED = 'Maria Delgado called about her claim for the visit last week.';

describe('tenant policy', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(() => h.close());

  it('names every problem in a policy and keeps the default actions when none are given', () => {
    assert.throws(
      () =>
        parsePolicy({
          actions: { SSN: 'deny', NOT_A_CATEGORY: 'block' },
          maxExpiryDays: 400,
          minconfidence: 0.2,
        }),
      (error: Error) =>
        /actions\.SSN: must be one of block, warn, allow/.test(error.message) &&
        /actions: unknown category NOT_A_CATEGORY/.test(error.message) &&
        /maxExpiryDays: must be an integer from 1 to 365/.test(error.message) &&
        /unknown field minconfidence/.test(error.message),
    );
    assert.throws(() => parsePolicy([]), /policy must be a JSON object/);
    assert.throws(
      () => parsePolicy({ deliveryOverrides: { 'Partner Clinic': 'tls', 'ok.example': 'fax' } }),
      (error: Error) =>
        error.message.includes(
          'deliveryOverrides: Partner Clinic is not a lower-case domain name',
        ) && error.message.includes('deliveryOverrides.ok.example: must be tls or pickup'),
    );
    assert.deepEqual(
      parsePolicy({ deliveryOverrides: { 'partner.example': 'tls' } }).deliveryOverrides,
      { 'partner.example': 'tls' },
    );
    assert.throws(() => parsePolicy({ actions: ['SSN'] }), /actions: must be an object/);
    const shorter = parsePolicy({ maxExpiryDays: 30 });
    assert.deepEqual(shorter.actions, DEFAULT_POLICY.actions, 'SSN and cards stay blocked');
    assert.equal(shorter.maxExpiryDays, 30);
  });

  it("applies to its own tenant's sends only, and the change is audited", async () => {
    await setTenantPolicy(
      h.store,
      TENANT_A,
      parsePolicy({ actions: { ...DEFAULT_POLICY.actions, PERSON_NAME: 'block' } }),
      h.clock.now,
    );
    const blocked = await postMessage(h, messageRequest({ body: NAMED }));
    assert.equal(blocked.status, 422);
    assert.deepEqual(blocked.json['blockedCategories'], ['PERSON_NAME']);
    const otherTenant = await postMessage(h, messageRequest({ body: NAMED }), { token: h.tokenB });
    assert.equal(otherTenant.status, 201);

    const audit = await call(h, 'GET', '/v1/audit?limit=100');
    assert.equal(audit.status, 200);
    const entries = audit.json['entries'] as {
      action: string;
      details: { policy: TenantPolicy; previous: TenantPolicy };
    }[];
    const update = entries.find((e) => e.action === 'tenant.policy_update');
    assert.ok(update, 'the policy change is in the audit trail');
    assert.equal(update.details.policy.actions.PERSON_NAME, 'block');
    assert.equal(update.details.previous.actions.PERSON_NAME, undefined);
    const auditB = await call(h, 'GET', '/v1/audit?limit=100', { token: h.tokenB });
    const entriesB = auditB.json['entries'] as { action: string }[];
    assert.ok(!entriesB.some((e) => e.action === 'tenant.policy_update'));
    await setTenantPolicy(h.store, TENANT_A, DEFAULT_POLICY, h.clock.now);
  });

  it('is set and shown from the CLI, which refuses an invalid file with the reason', async () => {
    const run = promisify(execFile);
    const cli = (...args: string[]) =>
      run(process.execPath, ['--conditions=source', '--import', 'tsx', 'src/cli.ts', ...args], {
        cwd: join(import.meta.dirname, '..'),
        env: { ...process.env, SECURESEND_DATA_DIR: h.dir },
      });
    const file = join(h.dir, 'policy.json');
    writeFileSync(file, JSON.stringify({ defaultExpiryDays: 7, maxExpiryDays: 30 }));
    const set = await cli('tenant', 'policy', 'set', '--tenant', TENANT_B, '--file', file);
    assert.match(set.stdout, /updated the policy of tenant 00D000000000BBBEAA/);
    const shown = await cli('tenant', 'policy', 'show', '--tenant', TENANT_B);
    const policy = JSON.parse(shown.stdout) as typeof DEFAULT_POLICY;
    assert.equal(policy.maxExpiryDays, 30);
    assert.deepEqual(policy.actions, DEFAULT_POLICY.actions);
    const tooLong = await postMessage(h, messageRequest({ options: { expiryDays: 45 } }), {
      token: h.tokenB,
    });
    assert.equal(tooLong.status, 422);

    writeFileSync(file, JSON.stringify({ defaultAction: 'maybe' }));
    await assert.rejects(
      cli('tenant', 'policy', 'set', '--tenant', TENANT_B, '--file', file),
      (error: { stderr: string; code: number }) =>
        error.code === 1 && /defaultAction: must be one of block, warn, allow/.test(error.stderr),
    );
  });
});
