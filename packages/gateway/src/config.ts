/**
 * Gateway configuration from the environment, each value checked with a precise message.
 *   SECURESEND_DATA_DIR   database and keyring folder (default ./.data)
 *   SECURESEND_HOST       listen address (default 127.0.0.1)
 *   SECURESEND_PORT       listen port (default 8787; 0 picks a free one)
 *   SECURESEND_LOG_LEVEL  fatal|error|warn|info|debug (default info)
 *   SECURESEND_KEYRING    keyring JSON instead of <data dir>/keyring.json (see keyring-file.ts)
 *   SECURESEND_SCAN_THREADS  worker threads for the PHI scan (default: one per core)
 */
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
    dataDir,
    databaseFile: join(dataDir, 'gateway.db'),
    keyringFile: join(dataDir, 'keyring.json'),
    host: env['SECURESEND_HOST'] ?? '127.0.0.1',
    port,
    logLevel,
    scanThreads,
  };
}
