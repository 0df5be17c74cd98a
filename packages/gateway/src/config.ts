/**
 * Gateway configuration from the environment, each value checked with a precise message.
 *   SECURESEND_DATA_DIR   database and keyring folder (default ./.data)
 *   SECURESEND_HOST       listen address (default 127.0.0.1)
 *   SECURESEND_PORT       listen port (default 8787; 0 picks a free one)
 *   SECURESEND_LOG_LEVEL  fatal|error|warn|info|debug (default info)
 *   SECURESEND_KEYRING    keyring JSON instead of <data dir>/keyring.json (see keyring-file.ts)
 *   SECURESEND_SCAN_THREADS  worker threads for the PHI scan (default: one per core)
 *   SECURESEND_PUBLIC_URL  the portal's address as recipients see it (default http://host:port)
 *   SECURESEND_SMTP_URL    the relay, smtp://[user:pass@]host:port or smtps://...; unset: the
 *                          local outbox (<data dir>/outbox and /outbox) receives all mail
 *   SECURESEND_SMTP_CA_FILE  an extra CA (PEM) trusted for the relay and the domain probes
 *   SECURESEND_SMTP_MX     domain=host:port,... instead of DNS MX lookups (local testing)
 *   SECURESEND_SMTP_PROBE_PORT  port of recipients' mail servers for the TLS probe (default 25)
 *   SECURESEND_MAIL_FROM   the From of every email (default SecureSend <securesend@localhost>)
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defaultScanThreads } from './policy/scan-pool.ts';

export interface GatewayConfig {
  readonly dataDir: string;
  readonly databaseFile: string;
  readonly keyringFile: string;
  readonly host: string;
  readonly port: number;
  readonly logLevel: string;
  readonly scanThreads: number;
  readonly publicUrl?: string;
  readonly mail: MailConfig;
}

export interface MailConfig {
  readonly relayUrl?: string;
  readonly ca?: string;
  readonly mxSpec?: string;
  readonly probePort: number;
  readonly from: string;
  readonly outboxDir: string;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug'];

export function readConfig(
  env: NodeJS.ProcessEnv = process.env,
  cwd = process.cwd(),
): GatewayConfig {
  const dataDir = resolve(cwd, env['SECURESEND_DATA_DIR'] ?? '.data');
  const port = Number(env['SECURESEND_PORT'] ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error('SECURESEND_PORT must be an integer from 0 to 65535');
  }
  const logLevel = env['SECURESEND_LOG_LEVEL'] ?? 'info';
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new Error(`SECURESEND_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  }
  const scanThreads = Number(env['SECURESEND_SCAN_THREADS'] ?? defaultScanThreads());
  if (!Number.isInteger(scanThreads) || scanThreads < 1 || scanThreads > 64) {
    throw new Error('SECURESEND_SCAN_THREADS must be an integer from 1 to 64');
  }
  return {
    ...(env['SECURESEND_PUBLIC_URL'] ? { publicUrl: publicUrl(env['SECURESEND_PUBLIC_URL']) } : {}),
    mail: mailConfig(env, dataDir),
    dataDir,
    databaseFile: join(dataDir, 'gateway.db'),
    keyringFile: join(dataDir, 'keyring.json'),
    host: env['SECURESEND_HOST'] ?? '127.0.0.1',
    port,
    logLevel,
    scanThreads,
  };
}

function publicUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(
      'SECURESEND_PUBLIC_URL must be an absolute URL such as https://secure.example.org',
    );
  }
  if (url.protocol !== 'https:' && url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') {
    throw new Error(
      'SECURESEND_PUBLIC_URL must use https (plain http only for 127.0.0.1 or localhost)',
    );
  }
  if (url.search || url.hash)
    throw new Error('SECURESEND_PUBLIC_URL must not have a query or fragment');
  return url.href.replace(/\/+$/, '');
}

function mailConfig(env: NodeJS.ProcessEnv, dataDir: string): MailConfig {
  const relayUrl = env['SECURESEND_SMTP_URL'];
  if (relayUrl !== undefined && !/^smtps?:\/\/[^\s/]+(:\d{1,5})?\/?$/.test(relayUrl)) {
    throw new Error(
      'SECURESEND_SMTP_URL must look like smtp://host:port or smtps://user:pass@host:465',
    );
  }
  const caFile = env['SECURESEND_SMTP_CA_FILE'];
  let ca: string | undefined;
  if (caFile) {
    try {
      ca = readFileSync(caFile, 'utf8');
    } catch {
      throw new Error('SECURESEND_SMTP_CA_FILE cannot be read');
    }
    if (!ca.includes('-----BEGIN CERTIFICATE-----')) {
      throw new Error('SECURESEND_SMTP_CA_FILE must hold a PEM certificate');
    }
  }
  const probePort = Number(env['SECURESEND_SMTP_PROBE_PORT'] ?? 25);
  if (!Number.isInteger(probePort) || probePort < 1 || probePort > 65535) {
    throw new Error('SECURESEND_SMTP_PROBE_PORT must be an integer from 1 to 65535');
  }
  return {
    ...(relayUrl ? { relayUrl } : {}),
    ...(ca ? { ca } : {}),
    ...(env['SECURESEND_SMTP_MX'] ? { mxSpec: env['SECURESEND_SMTP_MX'] } : {}),
    probePort,
    from: env['SECURESEND_MAIL_FROM'] ?? 'SecureSend <securesend@localhost>',
    outboxDir: join(dataDir, 'outbox'),
  };
}
