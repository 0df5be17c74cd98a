/**
 * `npm run gateway -- <command>`: administration against the local data folder.
 *   tenant create --id <org id> --name <name>     tenant list
 *   tenant policy show --tenant <id>              tenant policy set --tenant <id> --file <policy.json>
 *   credential issue --tenant <id> --scopes send,read-status[,read-content,admin] [--label x]
 *   credential list --tenant <id>                 credential revoke --tenant <id> --id <cred id>
 *   keys rotate          add a master key, make it active, re-wrap every live data key
 *   audit verify         check every tenant's hash chain; exit 1 on any problem
 *   expire               run the expiry sweeper once
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { verifyAudit } from './audit/verify.ts';
import { readConfig } from './config.ts';
import { addMasterKey, loadKeyRing } from './crypto/keyring-file.ts';
import { rewrapDataKeys } from './crypto/rewrap.ts';
import { expireDueMessages } from './messages/lifecycle.ts';
import { parsePolicy } from './policy/tenant-policy.ts';
import { SqliteStore } from './store/sqlite-store.ts';
import {
  addCredential,
  createTenant,
  parseScopes,
  revokeCredential,
  setTenantPolicy,
} from './tenants/tenant-admin.ts';

type Command = (store: SqliteStore, options: Record<string, string | undefined>) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  'tenant create': async (store, o) => {
    await createTenant(store, required(o, 'id'), required(o, 'name'), new Date());
    print(`created tenant ${o['id']}`);
    return 0;
  },
  'tenant list': async (store) => {
    for (const t of await store.listTenants()) print(`${t.id}  ${t.name}  since ${t.createdAt}`);
    return 0;
  },
  'tenant policy show': async (store, o) => {
    const tenant = await store.getTenant(required(o, 'tenant'));
    if (!tenant) throw new Error(`no tenant ${o['tenant']}`);
    print(JSON.stringify(tenant.policy, null, 2));
    return 0;
  },
  'tenant policy set': async (store, o) => {
    const file = required(o, 'file');
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new Error(`${file}: not a readable JSON file (${(error as Error).message})`);
    }
    // Fields left out keep the defaults; `tenant policy show` prints the result.
    await setTenantPolicy(store, required(o, 'tenant'), parsePolicy(json), new Date());
    print(`updated the policy of tenant ${o['tenant']}`);
    return 0;
  },
  'credential issue': async (store, o) => {
    const issued = await addCredential(
      store,
      required(o, 'tenant'),
      parseScopes(required(o, 'scopes')),
      o['label'] ?? 'cli',
      new Date(),
    );
    print(`issued ${issued.record.id} (${issued.record.scopes.join(', ')}); shown only now:`);
    print(issued.token);
    return 0;
  },
  'credential list': async (store, o) => {
    for (const c of await store.listCredentials(required(o, 'tenant'))) {
      print(
        `${c.id}  ${c.scopes.join(',')}  ${c.label}  ${c.revokedAt ? `revoked ${c.revokedAt}` : 'active'}`,
      );
    }
    return 0;
  },
  'credential revoke': async (store, o) => {
    await revokeCredential(store, required(o, 'tenant'), required(o, 'id'), new Date());
    print(`revoked ${o['id']}`);
    return 0;
  },
  'keys rotate': async (store) => {
    const config = readConfig();
    const kekId = addMasterKey(config.keyringFile);
    const count = await rewrapDataKeys(store, loadKeyRing(config.keyringFile), new Date());
    print(`active key is now ${kekId}; re-wrapped ${count} data keys`);
    return 0;
  },
  'audit verify': async (store) => {
    const report = await verifyAudit(store);
    for (const p of report.problems) print(`tenant ${p.tenantId} entry ${p.seq}: ${p.problem}`);
    print(
      `${report.entries} entries in ${report.tenants} tenants: ${report.problems.length === 0 ? 'chain intact' : `${report.problems.length} problems`}`,
    );
    return report.problems.length === 0 ? 0 : 1;
  },
  expire: async (store) => {
    print(`expired ${await expireDueMessages(store, new Date())} messages`);
    return 0;
  },
};

function required(options: Record<string, string | undefined>, name: string): string {
  const value = options[name];
  if (!value) throw new Error(`--${name} is required`);
  return value;
}

function print(line: string): void {
  process.stdout.write(`${line}\n`);
}

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      id: { type: 'string' },
      name: { type: 'string' },
      tenant: { type: 'string' },
      scopes: { type: 'string' },
      label: { type: 'string' },
      file: { type: 'string' },
    },
  });
  const name = positionals.join(' ');
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(
      `unknown command "${name}"; commands: ${Object.keys(COMMANDS).join(' | ')}\n`,
    );
    return 2;
  }
  const store = SqliteStore.open(readConfig().databaseFile);
  try {
    return await command(store, values);
  } finally {
    await store.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`gateway: ${(error as Error).message}\n`);
    process.exitCode = 1;
  },
);
