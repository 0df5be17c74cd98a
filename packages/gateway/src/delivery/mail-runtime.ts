/**
 * Builds the mail side from configuration: the relay (or the local outbox when none is set),
 * and the method router (probing recipient domains only when mail really leaves the machine,
 * or when a static MX map says where to probe).
 */
import type { MailConfig } from '../config.ts';
import type { KeyRing } from '../crypto/keyring.ts';
import type { RecipientStore } from '../store/recipient-store.ts';
import type { MailSender } from './mail-sender.ts';
import { MethodRouter } from './method-router.ts';
import { dnsMailHosts, staticMailHosts } from './mx.ts';
import { OutboxSender } from './outbox.ts';
import { SmtpRelaySender } from './smtp-relay.ts';

export interface MailRuntime {
  readonly sender: MailSender;
  readonly router: MethodRouter;
  /** Set when mail goes to the local outbox. */
  readonly outboxDir?: string;
}

export function buildMailRuntime(
  config: MailConfig,
  store: RecipientStore,
  keyRing: KeyRing,
  clock: () => Date,
): MailRuntime {
  const sender = config.relayUrl
    ? new SmtpRelaySender({
        url: config.relayUrl,
        from: config.from,
        ...(config.ca ? { ca: config.ca } : {}),
      })
    : new OutboxSender(config.outboxDir, config.from, clock);
  const resolveHosts = config.mxSpec
    ? staticMailHosts(config.mxSpec)
    : config.relayUrl
      ? dnsMailHosts(config.probePort)
      : undefined;
  const router = new MethodRouter(store, keyRing, clock, {
    ...(resolveHosts ? { resolveHosts } : {}),
    ...(config.ca ? { probe: { ca: config.ca } } : {}),
  });
  return { sender, router, ...(config.relayUrl ? {} : { outboxDir: config.outboxDir }) };
}
