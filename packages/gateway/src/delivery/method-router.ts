/**
 * Chooses how a recipient gets a message: `tls` (the full message, TLS required) or `pickup`
 * (a notification with a link). In order: the sender's option (allowTlsDelivery false means
 * pickup), the tenant's per-domain override, then the domain probe, cached in the store.
 * With no way to probe (the local outbox), every recipient picks up.
 */
import type { KeyRing } from '../crypto/keyring.ts';
import type { TenantPolicy } from '../policy/tenant-policy.ts';
import type { RecipientStore } from '../store/recipient-store.ts';
import type { DeliveryMethod } from '../store/records.ts';
import { type ProbeOptions, type ProbeResult, probeDomain } from './domain-probe.ts';
import type { MailHostResolver } from './mx.ts';

export interface RouterConfig {
  /** Undefined: no probing, pickup for all (unless an override says tls). */
  readonly resolveHosts?: MailHostResolver;
  readonly probe?: ProbeOptions;
  /** How long a probe answer is trusted: a yes for a day, a no for an hour by default. */
  readonly tlsTtlMs?: number;
  readonly noTlsTtlMs?: number;
}

export type MethodSource =
  'sender-option' | 'tenant-override' | 'probe' | 'cached-probe' | 'no-probe';

export interface MethodChoice {
  readonly method: DeliveryMethod;
  readonly source: MethodSource;
  readonly probeOutcome?: string;
}

export class MethodRouter {
  /** Probes counted, so tests and operators can see the cache working. */
  probes = 0;

  constructor(
    private readonly store: RecipientStore,
    private readonly keyRing: KeyRing,
    private readonly clock: () => Date,
    private readonly config: RouterConfig,
  ) {}

  async choose(
    domain: string,
    policy: TenantPolicy,
    allowTlsDelivery: boolean,
  ): Promise<MethodChoice> {
    if (!allowTlsDelivery) return { method: 'pickup', source: 'sender-option' };
    const override = policy.deliveryOverrides[domain];
    if (override) return { method: override, source: 'tenant-override' };
    if (!this.config.resolveHosts) return { method: 'pickup', source: 'no-probe' };
    const mac = this.domainMac(domain);
    const now = this.clock();
    const cached = await this.store.findProbe(mac, now.toISOString());
    if (cached) {
      return {
        method: cached.tls ? 'tls' : 'pickup',
        source: 'cached-probe',
        probeOutcome: cached.outcome,
      };
    }
    const result = await this.probe(domain);
    const ttl = result.tls
      ? (this.config.tlsTtlMs ?? 86_400_000)
      : (this.config.noTlsTtlMs ?? 3_600_000);
    await this.store.recordProbe({
      domainMac: mac,
      tls: result.tls,
      outcome: result.outcome,
      probedAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + ttl).toISOString(),
    });
    return { method: result.tls ? 'tls' : 'pickup', source: 'probe', probeOutcome: result.outcome };
  }

  /** TLS failed where the probe promised it: ask again next time. */
  forget(domain: string): Promise<void> {
    return this.store.forgetProbe(this.domainMac(domain));
  }

  private async probe(domain: string): Promise<ProbeResult> {
    this.probes += 1;
    const hosts = await this.config.resolveHosts!(domain).catch(() => []);
    return probeDomain(hosts, this.config.probe);
  }

  private domainMac(domain: string): Buffer {
    return this.keyRing.lookupMac('domain', domain);
  }
}
