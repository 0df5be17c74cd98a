/**
 * The local org's gateway: the real gateway (packages/gateway, `src/main.ts`, what its own
 * `npm start` runs) in a child process, with a data folder of its own that is emptied first:
 * the in-memory org starts from its seed on every start, so its gateway tenant does too. The
 * first run of an empty folder creates the local tenant and prints its credential once; that
 * credential becomes the External Credential's ApiKey. No SMTP relay: mail goes to the
 * gateway's local outbox (<data>/outbox), which the inbox page lists.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;
const LISTENING = /gateway listening on (http:\/\/127\.0\.0\.1:\d+)/;
const CREDENTIAL = /^\s+(ssk_\S+)\s*$/;
/** Variables that would send mail to a relay or change the portal's address: not for the local org. */
const UNSET = [
  'SECURESEND_SMTP_URL',
  'SECURESEND_SMTP_MX',
  'SECURESEND_SMTP_CA_FILE',
  'SECURESEND_PUBLIC_URL',
  'SECURESEND_KEYRING',
];

export interface GatewayProcess {
  url: string;
  /** The credential the first run printed (all scopes). */
  apiKey: string;
  /** Where the gateway keeps outgoing mail. */
  outboxDir: string;
  stop(): Promise<void>;
}

export interface GatewayProcessOptions {
  repoRoot: string;
  /** Emptied, then used as SECURESEND_DATA_DIR. */
  dataDir: string;
  /** 0 picks a free port. */
  port: number;
  /** Where the gateway's own log lines go (default: this process's stderr). */
  log?: (line: string) => void;
}

function gatewayEnvironment(options: GatewayProcessOptions): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of UNSET) delete env[name];
  return {
    ...env,
    SECURESEND_DATA_DIR: options.dataDir,
    SECURESEND_HOST: '127.0.0.1',
    SECURESEND_PORT: String(options.port),
    SECURESEND_LOG_LEVEL: env['SECURESEND_LOG_LEVEL'] ?? 'warn',
  };
}

export function startGatewayProcess(options: GatewayProcessOptions): Promise<GatewayProcess> {
  rmSync(options.dataDir, { recursive: true, force: true });
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const log = options.log ?? ((line: string) => process.stderr.write(`gateway: ${line}\n`));
  const child = spawn(
    join(options.repoRoot, 'node_modules', '.bin', 'tsx'),
    ['--conditions=source', 'src/main.ts'],
    {
      cwd: join(options.repoRoot, 'packages', 'gateway'),
      env: gatewayEnvironment(options),
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  createInterface({ input: child.stderr }).on('line', log);
  // Should this process end without stop() (a crash), the gateway must not outlive it.
  const killOnExit = () => child.kill('SIGTERM');
  process.once('exit', killOnExit);
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      process.removeListener('exit', killOnExit);
      resolve();
    }),
  );

  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  };

  return new Promise((resolve, reject) => {
    let url: string | undefined;
    let apiKey: string | undefined;
    const fail = (message: string) => {
      clearTimeout(timer);
      void stop().then(() => reject(new Error(message)));
    };
    const timer = setTimeout(
      () => fail(`The gateway did not start within ${START_TIMEOUT_MS / 1000} s`),
      START_TIMEOUT_MS,
    );
    child.once('exit', (code, signal) => {
      if (!apiKey) fail(`The gateway exited before it was ready (${signal ?? `exit ${code}`})`);
    });
    child.once('error', (error) => fail(`The gateway could not be started: ${error.message}`));
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (apiKey) {
        // After the welcome text, the gateway's stdout carries only its JSON log lines.
        if (line.startsWith('{')) log(line);
        return;
      }
      url ??= LISTENING.exec(line)?.[1];
      apiKey ??= CREDENTIAL.exec(line)?.[1];
      if (url && apiKey) {
        clearTimeout(timer);
        resolve({ url, apiKey, outboxDir: join(options.dataDir, 'outbox'), stop });
      }
    });
  });
}
