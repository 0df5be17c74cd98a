/**
 * The delivery loop. The queue is the deliveries table: a row is leased, sent, and settled in
 * one write (sent, retry later, or failed), so a restart mid-send loses nothing: an unsettled
 * lease lapses and the row is sent again (at-least-once: a crash between the relay's 250 and
 * the settle can send one email twice, never zero times).
 */
import type { KeyRing } from '../crypto/keyring.ts';
import { openMessage, sealedOf } from '../messages/sealed-content.ts';
import type { ClaimedDelivery, DeliverySettlement } from '../store/delivery-records.ts';
import type { GatewayStore } from '../store/gateway-store.ts';
import type { AuditDraft, DeliveryMethod, MessageRecord } from '../store/records.ts';
import { fullMessageMail, pickupNotificationMail, recipientDomain } from './compose.ts';
import { type MailSender, SendFailure, classifySendError } from './mail-sender.ts';
import type { MethodRouter } from './method-router.ts';
import { pickupUrl } from './pickup-link.ts';

export interface DelivererConfig {
  /** Where recipients reach the portal, e.g. https://secure.example.org (no trailing slash). */
  readonly publicUrl: string;
  /** Waits before each retry; a delivery gets length + 1 attempts in all. */
  readonly retryDelaysMs: readonly number[];
  /** How long one attempt may hold its row before another sender may take it. */
  readonly leaseMs: number;
  readonly batchSize: number;
}

/** 1 min, 5 min, 15 min, 1 h, 4 h: about five and a half hours of retries, six attempts. */
export const DEFAULT_RETRY_DELAYS_MS = [60_000, 300_000, 900_000, 3_600_000, 14_400_000];

export interface DeliveryLog {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
}

export interface DelivererDeps {
  readonly store: GatewayStore;
  readonly keyRing: KeyRing;
  readonly clock: () => Date;
  readonly sender: MailSender;
  readonly router: MethodRouter;
  readonly log?: DeliveryLog;
}

export class Deliverer {
  private running: Promise<number> | undefined;
  private again = false;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly deps: DelivererDeps,
    readonly config: DelivererConfig,
  ) {}

  /** Sends everything due now; resolves with how many attempts were made. */
  runDue(): Promise<number> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.drain().finally(() => {
      this.running = undefined;
      if (this.again && !this.stopped) {
        this.again = false;
        void this.runDue();
      }
    });
    return this.running;
  }

  /** Polls every `pollMs` and whenever nudged (a new message). */
  start(pollMs: number): void {
    const tick = () => {
      if (this.stopped) return;
      this.runDue()
        .catch((error: unknown) =>
          this.deps.log?.warn({ errorName: (error as Error).name }, 'delivery run failed'),
        )
        .finally(() => {
          if (!this.stopped) this.timer = setTimeout(tick, pollMs);
        });
    };
    this.timer = setTimeout(tick, 0);
  }

  nudge(): void {
    if (!this.stopped) void this.runDue().catch(() => undefined);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }

  private async drain(): Promise<number> {
    let attempts = 0;
    for (;;) {
      const now = this.deps.clock();
      const claimed = await this.deps.store.claimDeliveries(
        now.toISOString(),
        new Date(now.getTime() + this.config.leaseMs).toISOString(),
        this.config.batchSize,
      );
      if (claimed.length === 0 || this.stopped) return attempts;
      await Promise.all(claimed.map((delivery) => this.attempt(delivery)));
      attempts += claimed.length;
    }
  }

  private async attempt(delivery: ClaimedDelivery): Promise<void> {
    const message = await this.deps.store.findMessage(delivery.tenantId, delivery.messageId);
    const at = () => this.deps.clock().toISOString();
    const sealed = message && sealedOf(message);
    // Revoked or expired (the sweep runs each minute; the clock decides in between): never sent.
    if (!message || !sealed || message.expiresAt <= at()) {
      await this.settle(delivery, message, { kind: 'cancelled' }, at(), undefined);
      return;
    }
    let method: DeliveryMethod | undefined;
    let domain = '';
    try {
      const payload = openMessage(this.deps.keyRing, sealed);
      const recipient = payload.recipients[delivery.recipientIndex];
      if (!recipient) throw new SendFailure('permanent', 'no-such-recipient');
      domain = recipientDomain(recipient.email);
      const tenant = await this.deps.store.getTenant(message.tenantId);
      if (!tenant) throw new SendFailure('permanent', 'no-such-tenant');
      const choice = await this.deps.router.choose(
        domain,
        tenant.policy,
        message.options.allowTlsDelivery,
      );
      method = choice.method;
      const url = pickupUrl(
        this.config.publicUrl,
        this.deps.keyRing,
        sealed,
        delivery.recipientIndex,
      );
      const mail =
        method === 'tls'
          ? fullMessageMail(payload, recipient.email, url, message.expiresAt)
          : pickupNotificationMail(recipient.email, url, message.expiresAt);
      await this.deps.sender.send(mail, { requireTls: method === 'tls' });
      await this.settle(delivery, message, { kind: 'sent', method }, at(), method);
    } catch (error) {
      const failure = classifySendError(error);
      if (failure.tlsFailure && domain) await this.deps.router.forget(domain);
      await this.settle(delivery, message, this.afterFailure(delivery, failure), at(), method);
    }
  }

  private afterFailure(delivery: ClaimedDelivery, failure: SendFailure): DeliverySettlement {
    const delay = this.config.retryDelaysMs[delivery.attempts];
    if (failure.kind === 'permanent') return { kind: 'failed', error: failure.reason };
    if (delay === undefined)
      return { kind: 'failed', error: `retries-exhausted:${failure.reason}` };
    const next = new Date(this.deps.clock().getTime() + delay).toISOString();
    return { kind: 'retry', nextAttemptAt: next, error: failure.reason };
  }

  private async settle(
    delivery: ClaimedDelivery,
    message: MessageRecord | undefined,
    settlement: DeliverySettlement,
    at: string,
    method: DeliveryMethod | undefined,
  ): Promise<void> {
    const facts = {
      recipientIndex: delivery.recipientIndex,
      attempt: delivery.attempts + 1,
      outcome: settlement.kind,
      ...(method ? { method } : {}),
      ...('error' in settlement ? { reason: settlement.error } : {}),
    };
    const audit: AuditDraft[] =
      settlement.kind === 'cancelled'
        ? []
        : [
            {
              tenantId: delivery.tenantId,
              at,
              action: 'message.deliver',
              actorType: 'system',
              actorId: 'delivery',
              messageId: delivery.messageId,
              details: facts,
            },
          ];
    await this.deps.store.settleDelivery(
      delivery,
      settlement,
      at,
      message?.reference.caseId ?? '',
      audit,
    );
    this.deps.log?.info({ messageId: delivery.messageId, ...facts }, 'delivery attempt');
  }
}
