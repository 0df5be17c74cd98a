/**
 * Sending one email: through an SMTP relay (smtp-relay.ts) or into the local outbox
 * (outbox.ts). A failed send becomes a SendFailure whose reason is a fixed code, never the
 * server's text, which can quote the recipient's address.
 */
export interface OutgoingMail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html?: string;
  readonly attachments?: readonly {
    readonly filename: string;
    readonly contentType: string;
    readonly content: Buffer;
  }[];
  /** Extra headers, e.g. Auto-Submitted on notifications. */
  readonly headers?: Readonly<Record<string, string>>;
}

export interface SendSecurity {
  /** The whole hop must be TLS with a valid certificate; without it nothing is sent. */
  readonly requireTls: boolean;
}

export interface MailSender {
  readonly kind: 'smtp-relay' | 'outbox';
  send(mail: OutgoingMail, security: SendSecurity): Promise<void>;
  close(): Promise<void>;
}

/** The message as nodemailer takes it; files and URLs are never read on a mail's say-so. */
export function nodemailerMessage(mail: OutgoingMail, from: string) {
  return {
    from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    ...(mail.html ? { html: mail.html } : {}),
    ...(mail.headers ? { headers: { ...mail.headers } } : {}),
    attachments: (mail.attachments ?? []).map((a) => ({ ...a })),
    disableFileAccess: true,
    disableUrlAccess: true,
  };
}

export type FailureKind = 'temporary' | 'permanent';

export class SendFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    /** smtp-451, smtp-550, tls-unavailable, tls-certificate, connection, ... */
    readonly reason: string,
  ) {
    super(`mail not sent (${kind}: ${reason})`);
    this.name = 'SendFailure';
  }

  /** TLS was required and could not be had: the domain's probe result is stale. */
  get tlsFailure(): boolean {
    return this.reason.startsWith('tls-');
  }
}

const CERTIFICATE_CODE = /CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)|ERR_TLS|HOSTNAME|ALTNAME/;

/** Maps a nodemailer error to a SendFailure (4xx and network trouble are temporary). */
export function classifySendError(error: unknown): SendFailure {
  if (error instanceof SendFailure) return error;
  const e = error as { code?: unknown; originalCode?: unknown; responseCode?: unknown };
  const code = typeof e.code === 'string' ? e.code : '';
  const originalCode = typeof e.originalCode === 'string' ? e.originalCode : '';
  if (code === 'ETLS') return new SendFailure('temporary', 'tls-unavailable');
  if (CERTIFICATE_CODE.test(originalCode) || CERTIFICATE_CODE.test(code)) {
    return new SendFailure('temporary', 'tls-certificate');
  }
  const responseCode = typeof e.responseCode === 'number' ? e.responseCode : 0;
  if (responseCode >= 500 && responseCode < 600) {
    return new SendFailure('permanent', `smtp-${responseCode}`);
  }
  if (responseCode >= 400 && responseCode < 500) {
    return new SendFailure('temporary', `smtp-${responseCode}`);
  }
  if (['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ECONNREFUSED'].includes(code)) {
    return new SendFailure('temporary', 'connection');
  }
  return new SendFailure('temporary', 'unknown');
}
