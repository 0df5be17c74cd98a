/**
 * Sends through the configured relay with nodemailer. With requireTls the connection must
 * upgrade with STARTTLS (or be implicit TLS on 465) and present a valid certificate, or the
 * message is not sent at all: never silently downgraded. Without it, TLS is used when offered.
 */
import { rootCertificates } from 'node:tls';
import { createTransport } from 'nodemailer';
import {
  type MailSender,
  type OutgoingMail,
  type SendSecurity,
  classifySendError,
  nodemailerMessage,
} from './mail-sender.ts';

export interface RelayOptions {
  /** smtp://[user:pass@]host:port or smtps://... */
  readonly url: string;
  readonly from: string;
  /** Extra trusted CA (PEM) added to the system's. */
  readonly ca?: string;
  readonly heloName?: string;
  readonly timeoutMs?: number;
}

export class SmtpRelaySender implements MailSender {
  readonly kind = 'smtp-relay';
  private readonly required: ReturnType<typeof createTransport>;
  private readonly opportunistic: ReturnType<typeof createTransport>;

  constructor(private readonly options: RelayOptions) {
    const url = new URL(options.url);
    if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
      throw new Error('the SMTP relay URL must start with smtp:// or smtps://');
    }
    const implicitTls = url.protocol === 'smtps:';
    const base = {
      host: url.hostname.replace(/^\[|\]$/g, ''),
      port: Number(url.port || (implicitTls ? 465 : 587)),
      secure: implicitTls,
      name: options.heloName ?? 'securesend.invalid',
      connectionTimeout: options.timeoutMs ?? 30_000,
      greetingTimeout: options.timeoutMs ?? 30_000,
      socketTimeout: options.timeoutMs ?? 60_000,
      ...(url.username
        ? {
            auth: {
              user: decodeURIComponent(url.username),
              pass: decodeURIComponent(url.password),
            },
          }
        : {}),
      logger: false,
    };
    const ca = options.ca ? [...rootCertificates, options.ca] : undefined;
    this.required = createTransport({
      ...base,
      requireTLS: true,
      tls: { ...(ca ? { ca } : {}), rejectUnauthorized: true, minVersion: 'TLSv1.2' },
    });
    // Nothing in these mails needs secrecy beyond what a code protects; still, prefer TLS.
    this.opportunistic = createTransport({
      ...base,
      tls: { ...(ca ? { ca } : {}), rejectUnauthorized: false },
    });
  }

  async send(mail: OutgoingMail, security: SendSecurity): Promise<void> {
    const transport = security.requireTls ? this.required : this.opportunistic;
    try {
      await transport.sendMail(nodemailerMessage(mail, this.options.from));
    } catch (error) {
      throw classifySendError(error);
    }
  }

  close(): Promise<void> {
    this.required.close();
    this.opportunistic.close();
    return Promise.resolve();
  }
}
