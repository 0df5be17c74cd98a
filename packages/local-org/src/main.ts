/**
 * `npm start` (after `npm run build`): the local org on 127.0.0.1.
 *   LOCAL_ORG_PORT            the page's port (default 8686)
 *   LOCAL_ORG_GATEWAY_PORT    the gateway's port (default 8787)
 *   LOCAL_ORG_SYNC_SECONDS    seconds between scheduler ticks (default 30; 0: only on demand)
 *   LOCAL_ORG_DATA_DIR        the gateway's data, emptied on start (default ./.data/local-org)
 */
import { resolve } from 'node:path';
import { startLocalOrg } from './local-org.ts';

function integerSetting(name: string, fallback: number, max: number): number {
  const text = process.env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new Error(`${name} must be a whole number from 0 to ${max}, not "${text}"`);
  }
  return value;
}

async function main(): Promise<void> {
  const repoRoot = resolve(import.meta.dirname, '../../..');
  const started = Date.now();
  const org = await startLocalOrg({
    repoRoot,
    port: integerSetting('LOCAL_ORG_PORT', 8686, 65535),
    gatewayPort: integerSetting('LOCAL_ORG_GATEWAY_PORT', 8787, 65535),
    syncIntervalSeconds: integerSetting('LOCAL_ORG_SYNC_SECONDS', 30, 86400),
    dataDir: resolve(repoRoot, process.env['LOCAL_ORG_DATA_DIR'] ?? '.data/local-org'),
    progress: (line) => process.stdout.write(`local org: ${line}\n`),
    onTickFailure: (tick) =>
      process.stderr.write(
        `local org: scheduled job ${tick.fired ?? ''} failed: ${tick.outcomes.find((o) => !o.ok)?.error ?? ''}\n`,
      ),
  });
  process.stdout.write(
    [
      '',
      `SecureSend local org ready in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      `  Case page:  ${org.url}/          (switch persona in the header)`,
      `  Inbox:      ${org.url}/#/inbox   (the recipients' mail, with portal links)`,
      `  Setup:      ${org.url}/?as=admin#/setup`,
      `  Gateway:    ${org.gatewayUrl}`,
      'Everything starts from the seeded data on each start. Ctrl+C stops it.',
      '',
    ].join('\n'),
  );
  const stop = () => {
    org.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`local org: stop failed: ${(error as Error).message}\n`);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`local org: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
