/**
 * `npm start`: the gateway on 127.0.0.1 with the embedded SQLite store in ./.data. On first run
 * it creates a local tenant and prints its credential once (only its hash is stored).
 */
import { buildGateway } from './app.ts';
import { readConfig } from './config.ts';
import { loadKeyRing } from './crypto/keyring-file.ts';
import { DEFAULT_RETRY_DELAYS_MS, Deliverer } from './delivery/deliverer.ts';
import { buildMailRuntime } from './delivery/mail-runtime.ts';
import { expireDueMessages } from './messages/lifecycle.ts';
import { SqliteStore } from './store/sqlite-store.ts';
import { SCOPES } from './store/records.ts';
import { addCredential, createTenant } from './tenants/tenant-admin.ts';

/** A Salesforce-shaped org id for the local tenant; real tenants use their org's id. */
export const LOCAL_TENANT_ID = '00D0000000LOCALEAA';
const SWEEP_INTERVAL_MS = 60_000;
const DELIVERY_POLL_MS = 5_000;

async function main(): Promise<void> {
  const config = readConfig();
  const keyRing = loadKeyRing(config.keyringFile);
  const store = SqliteStore.open(config.databaseFile);
  const firstRunToken = await ensureLocalTenant(store);
  const clock = () => new Date();
  const mail = buildMailRuntime(config.mail, store, keyRing, clock);
  // The delivery loop needs the listening URL; new messages nudge it once it exists.
  const late: { deliverer?: Deliverer } = {};
  const app = buildGateway({
    store,
    keyRing,
    logLevel: config.logLevel,
    scanThreads: config.scanThreads,
    portal: { sender: mail.sender, ...(mail.outboxDir ? { outboxDir: mail.outboxDir } : {}) },
    onMessageCreated: () => late.deliverer?.nudge(),
  });
  const url = await app.listen({ host: config.host, port: config.port });
  const publicUrl = config.publicUrl ?? url;
  const deliverer = new Deliverer(
    { store, keyRing, clock, sender: mail.sender, router: mail.router, log: app.log },
    { publicUrl, retryDelaysMs: DEFAULT_RETRY_DELAYS_MS, leaseMs: 120_000, batchSize: 20 },
  );
  late.deliverer = deliverer;
  deliverer.start(DELIVERY_POLL_MS);
  const sweep = setInterval(() => {
    expireDueMessages(store, new Date()).catch((error: unknown) =>
      app.log.error({ errorName: (error as Error).name }, 'expiry sweep failed'),
    );
  }, SWEEP_INTERVAL_MS);
  printWelcome(url, publicUrl, config.dataDir, mail.outboxDir, firstRunToken);
  const stop = () => {
    clearInterval(sweep);
    // Closing drains in-flight requests and commits queued writes before the database closes.
    deliverer
      .stop()
      .then(() => app.close())
      .then(() => mail.sender.close())
      .then(() => store.close())
      .catch((error: unknown) => {
        process.stderr.write(`gateway: shutdown failed (${(error as Error).name})\n`);
        process.exitCode = 1;
      });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

async function ensureLocalTenant(store: SqliteStore): Promise<string | undefined> {
  if ((await store.listTenants()).length > 0) return undefined;
  const now = new Date();
  await createTenant(store, LOCAL_TENANT_ID, 'Local development org', now);
  return (await addCredential(store, LOCAL_TENANT_ID, SCOPES, 'first run', now)).token;
}

function printWelcome(
  url: string,
  publicUrl: string,
  dataDir: string,
  outboxDir: string | undefined,
  token: string | undefined,
): void {
  const lines = [
    `SecureSend gateway listening on ${url}`,
    `  health:  ${url}/v1/health`,
    `  ping:    curl -H "Authorization: Bearer <credential>" ${url}/v1/ping`,
    `  portal:  ${publicUrl}/p/<link from the email>`,
    outboxDir
      ? `  mail:    no SMTP relay set; outgoing mail is at ${url}/outbox and in ${outboxDir}`
      : `  mail:    through the SMTP relay in SECURESEND_SMTP_URL`,
    `  data:    ${dataDir}`,
  ];
  if (token) {
    lines.push(
      '',
      `First run: created tenant ${LOCAL_TENANT_ID} with a credential (all scopes).`,
      `It is shown only now; store it in your External Credential:`,
      `  ${token}`,
      `More: npm run gateway -- credential issue --tenant ${LOCAL_TENANT_ID} --scopes send,read-status`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`gateway: ${(error as Error).message}\n`);
  process.exitCode = 1;
});
