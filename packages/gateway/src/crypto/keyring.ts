/**
 * Key-encryption keys (KEKs). A `KeyRing` wraps and unwraps per-message data keys with a
 * tenant's KEK; the local implementation derives each tenant's KEK from versioned master keys
 * kept in a file or an environment variable. A KMS-backed ring implements the same interface.
 */
import { createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { KEY_BYTES, open, seal } from './aead.ts';

export interface WrappedKey {
  /** Which KEK version wrapped it; needed to unwrap and to find keys to re-wrap on rotation. */
  readonly kekId: string;
  readonly wrapped: Buffer;
}

export interface KeyRing {
  /** The KEK version new data keys are wrapped with. */
  readonly activeKekId: string;
  wrap(tenantId: string, dataKey: Buffer, context: string): WrappedKey;
  unwrap(tenantId: string, key: WrappedKey, context: string): Buffer;
  /**
   * A keyed MAC for looking things up without storing them: recipient addresses (rate limits),
   * domains (probe cache), codes. Keyed by the active master, so a rotation starts them afresh.
   */
  lookupMac(purpose: string, value: string): Buffer;
}

export interface MasterKey {
  readonly id: string;
  readonly key: Buffer;
}

/** Tenant KEKs kept derived; past this many the cache starts over (a bound, not an LRU). */
const MAX_CACHED_KEKS = 10_000;

export class LocalKeyRing implements KeyRing {
  readonly activeKekId: string;
  private readonly masters: ReadonlyMap<string, Buffer>;
  /**
   * HKDF per message was a measurable share of a send. A derived KEK is no more exposed in
   * memory than the master key it comes from, which this process holds anyway.
   */
  private readonly keks = new Map<string, Buffer>();
  private lookupKey: Buffer | undefined;

  constructor(keys: readonly MasterKey[], activeId: string) {
    if (keys.length === 0) throw new Error('keyring: no master keys');
    for (const { id, key } of keys) {
      if (!/^[A-Za-z0-9_-]{1,64}$/.test(id))
        throw new Error(`keyring: bad key id ${JSON.stringify(id)}`);
      if (key.length !== KEY_BYTES)
        throw new Error(`keyring: key ${id} must be ${KEY_BYTES} bytes`);
    }
    this.masters = new Map(keys.map(({ id, key }) => [id, key]));
    if (!this.masters.has(activeId)) throw new Error(`keyring: active key ${activeId} is missing`);
    this.activeKekId = activeId;
  }

  wrap(tenantId: string, dataKey: Buffer, context: string): WrappedKey {
    const kek = this.tenantKek(tenantId, this.activeKekId);
    return { kekId: this.activeKekId, wrapped: seal(kek, dataKey, wrapContext(tenantId, context)) };
  }

  unwrap(tenantId: string, key: WrappedKey, context: string): Buffer {
    return open(this.tenantKek(tenantId, key.kekId), key.wrapped, wrapContext(tenantId, context));
  }

  lookupMac(purpose: string, value: string): Buffer {
    this.lookupKey ??= Buffer.from(
      hkdfSync(
        'sha256',
        this.masters.get(this.activeKekId)!,
        '',
        'securesend lookup v1',
        KEY_BYTES,
      ),
    );
    return createHmac('sha256', this.lookupKey).update(`${purpose}|${value}`).digest();
  }

  /** One KEK per tenant and master version: a leaked tenant KEK exposes no other tenant. */
  private tenantKek(tenantId: string, kekId: string): Buffer {
    const cacheKey = `${kekId}\u0000${tenantId}`;
    const cached = this.keks.get(cacheKey);
    if (cached) return cached;
    const master = this.masters.get(kekId);
    if (!master) throw new Error(`keyring: key version ${kekId} is not in the keyring`);
    const kek = Buffer.from(
      hkdfSync('sha256', master, tenantId, 'securesend tenant kek v1', KEY_BYTES),
    );
    if (this.keks.size >= MAX_CACHED_KEKS) this.keks.clear();
    this.keks.set(cacheKey, kek);
    return kek;
  }
}

/**
 * Unwraps a data key, lends it to `use`, and zeroes it afterwards whatever happens, so a
 * plaintext key never outlives the operation that needed it.
 */
export function withDataKey<T>(
  keyRing: KeyRing,
  tenantId: string,
  key: WrappedKey,
  context: string,
  use: (dataKey: Buffer) => T,
): T {
  const dataKey = keyRing.unwrap(tenantId, key, context);
  try {
    return use(dataKey);
  } finally {
    dataKey.fill(0);
  }
}

function wrapContext(tenantId: string, context: string): string {
  return `dek|${tenantId}|${context}`;
}

export function newMasterKey(id: string): MasterKey {
  return { id, key: randomBytes(KEY_BYTES) };
}
