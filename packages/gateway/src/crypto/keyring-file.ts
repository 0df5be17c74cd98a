/**
 * Where the local keyring lives: the SECURESEND_KEYRING environment variable (JSON, for
 * containers and secrets managers) or a file created on first run with mode 0600.
 * Format: {"active": "k1", "keys": {"k1": "<32 bytes, base64>"}}.
 */
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { LocalKeyRing, type MasterKey, newMasterKey } from './keyring.ts';

interface KeyringJson {
  active: string;
  keys: Record<string, string>;
}

export const KEYRING_ENV = 'SECURESEND_KEYRING';

export function loadKeyRing(file: string, env: NodeJS.ProcessEnv = process.env): LocalKeyRing {
  const fromEnv = env[KEYRING_ENV];
  if (fromEnv !== undefined) return parseKeyRing(fromEnv, `$${KEYRING_ENV}`);
  if (!existsSync(file))
    writeKeyRingFile(file, { active: 'k1', keys: encode([newMasterKey('k1')]) });
  if ((statSync(file).mode & 0o077) !== 0) {
    throw new Error(`keyring: ${file} is readable by other users; run chmod 600 on it`);
  }
  return parseKeyRing(readFileSync(file, 'utf8'), file);
}

/** Adds a new master key and makes it active; older keys stay so existing data keys unwrap. */
export function addMasterKey(file: string): string {
  const json = JSON.parse(readFileSync(file, 'utf8')) as KeyringJson;
  let n = Object.keys(json.keys).length + 1;
  while (json.keys[`k${n}`] !== undefined) n++;
  const key = newMasterKey(`k${n}`);
  writeKeyRingFile(file, { active: key.id, keys: { ...json.keys, ...encode([key]) } });
  return key.id;
}

function parseKeyRing(text: string, source: string): LocalKeyRing {
  let json: Partial<KeyringJson>;
  try {
    json = JSON.parse(text) as Partial<KeyringJson>;
  } catch {
    throw new Error(`keyring: ${source} is not valid JSON`);
  }
  if (typeof json.active !== 'string' || typeof json.keys !== 'object' || json.keys === null) {
    throw new Error(`keyring: ${source} needs "active" (a key id) and "keys" (id -> base64 key)`);
  }
  const keys: MasterKey[] = Object.entries(json.keys).map(([id, base64]) => ({
    id,
    key: Buffer.from(String(base64), 'base64'),
  }));
  try {
    return new LocalKeyRing(keys, json.active);
  } catch (error) {
    throw new Error(`${(error as Error).message} (in ${source})`);
  }
}

function encode(keys: readonly MasterKey[]): Record<string, string> {
  return Object.fromEntries(keys.map(({ id, key }) => [id, key.toString('base64')]));
}

/** Written to a temporary file and renamed, so a crash never leaves half a keyring. */
function writeKeyRingFile(file: string, json: KeyringJson): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(json, null, 2)}\n`, { mode: 0o600 });
  chmodSync(temporary, 0o600);
  renameSync(temporary, file);
}
