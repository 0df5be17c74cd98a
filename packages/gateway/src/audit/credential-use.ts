/**
 * The "credential use" audit: one entry per credential per hour in which it was used. An
 * entry per request would put a durable write on every status poll for no extra insight;
 * an hourly trail shows which credential was live when, which is what rotation audits ask.
 */
import type { GatewayStore } from '../store/gateway-store.ts';
import type { CredentialRecord } from '../store/records.ts';

export class CredentialUseAuditor {
  private readonly lastHour = new Map<string, string>();

  constructor(
    private readonly store: GatewayStore,
    private readonly clock: () => Date,
  ) {}

  async record(credential: CredentialRecord): Promise<void> {
    const at = this.clock().toISOString();
    const hour = at.slice(0, 13);
    if (this.lastHour.get(credential.id) === hour) return;
    this.lastHour.set(credential.id, hour);
    await this.store.appendAudit([
      {
        tenantId: credential.tenantId,
        at,
        action: 'credential.use',
        actorType: 'credential',
        actorId: credential.id,
        details: { hour: `${hour}:00Z` },
      },
    ]);
  }
}
