/**
 * A real SMTP server on an ephemeral 127.0.0.1 port that keeps every message it accepts, so tests
 * exercise the gateway's actual SMTP client (STARTTLS, certificate checks, retries on 4xx) instead
 * of a mocked transport.
 */
import type { Socket } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerError, type SMTPServerOptions } from 'smtp-server';
import { createTestPki, type TestPki } from './test-ca.ts';

/**
 * starttls: STARTTLS with a certificate signed by the test CA.
 * none: STARTTLS neither advertised nor accepted (a plaintext-only relay).
 * untrusted-starttls: STARTTLS with a self-signed certificate a verifying client must refuse.
 */
export type TlsMode = 'starttls' | 'none' | 'untrusted-starttls';

export interface CapturedMail {
  /** Envelope sender (MAIL FROM), not the From header. */
  from: string;
  /** Accepted envelope recipients (RCPT TO), not the To header. */
  to: string[];
  raw: string;
  /** Whether the session had been upgraded to TLS when DATA arrived. */
  secure: boolean;
  subject: string;
  text: string;
  attachments: { filename: string; content: Buffer }[];
}

export interface SmtpCaptureOptions {
  tls: TlsMode;
  /** Defaults to the per-process createTestPki(). */
  pki?: TestPki;
  /** Reply codes for RCPT TO, consumed one per RCPT in order; 250 or none left accepts. e.g. [451, 250, 550]. */
  rcptReplies?: number[];
}

// Connections left open at close() (an unclosed pooled transport, a stalled client) get this
// long before smtp-server sends 421 and we destroy them: tests must end by themselves.
const CLOSE_GRACE_MS = 500;

export class SmtpCapture {
  readonly mails: CapturedMail[] = [];
  /** sessions that sent EHLO then QUIT without MAIL FROM (probes) are counted too */
  connections = 0;

  readonly #server: SMTPServer;
  readonly #sockets = new Set<Socket>();
  readonly #rcptReplies: number[];
  readonly #waiters = new Set<() => void>();
  #port = 0;

  private constructor(options: SmtpCaptureOptions) {
    this.#rcptReplies = [...(options.rcptReplies ?? [])];
    this.#server = new SMTPServer({
      ...tlsOptions(options),
      authOptional: true,
      logger: false,
      // Reverse DNS of 127.0.0.1 adds latency (and flakiness without a resolver) for nothing.
      disableReverseLookup: true,
      closeTimeout: CLOSE_GRACE_MS,
      onConnect: (_session, callback) => {
        this.connections += 1;
        callback();
      },
      onRcptTo: (_address, _session, callback) => {
        const code = this.#rcptReplies.shift();
        // 250 (or nothing left) accepts: a script like [451, 451, 250, 550] is one per RCPT.
        if (code === undefined || code === 250) {
          callback();
          return;
        }
        const error: SMTPServerError = new Error(
          code >= 500 ? 'Mailbox unavailable' : 'Mailbox temporarily unavailable',
        );
        // smtp-server replies with err.responseCode (default 550 for RCPT).
        error.responseCode = code;
        callback(error);
      },
      onData: (stream, session, callback) => {
        // Read before the callback: once it runs the client sees 250, and a test awaiting
        // sendMail() must find the message in `mails` already.
        const secure = session.secure;
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks);
          simpleParser(raw).then(
            (parsed) => {
              this.mails.push({
                from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
                to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
                raw: raw.toString('utf8'),
                secure,
                subject: parsed.subject ?? '',
                text: parsed.text ?? '',
                attachments: parsed.attachments.map((a) => ({
                  filename: a.filename ?? '',
                  content: a.content,
                })),
              });
              for (const wake of [...this.#waiters]) wake();
              callback();
            },
            (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
          );
        });
      },
    });
    this.#server.server.on('connection', (socket: Socket) => {
      this.#sockets.add(socket);
      socket.once('close', () => this.#sockets.delete(socket));
    });
  }

  static async start(options: SmtpCaptureOptions): Promise<SmtpCapture> {
    const capture = new SmtpCapture(options);
    await capture.#listen();
    return capture;
  }

  get port(): number {
    return this.#port;
  }

  waitForMail(count: number, timeoutMs = 5000): Promise<CapturedMail[]> {
    return new Promise((resolve, reject) => {
      const check = (): void => {
        if (this.mails.length < count) return;
        clearTimeout(timer);
        this.#waiters.delete(check);
        resolve([...this.mails]);
      };
      const timer = setTimeout(() => {
        this.#waiters.delete(check);
        reject(
          new Error(
            `SmtpCapture: expected ${count} mail(s) within ${timeoutMs} ms, ` +
              `${this.mails.length} arrived (${this.connections} connection(s))`,
          ),
        );
      }, timeoutMs);
      this.#waiters.add(check);
      check();
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      // smtp-server calls back once every session has ended, or after closeTimeout.
      this.#server.close(() => {
        // A client that ignored the 421 would still hold the process open.
        for (const socket of this.#sockets) socket.destroy();
        resolve();
      });
    });
  }

  #listen(): Promise<void> {
    return new Promise((resolve, reject) => {
      const onStartError = (error: Error): void => reject(error);
      this.#server.once('error', onStartError);
      this.#server.listen(0, '127.0.0.1', () => {
        this.#server.off('error', onStartError);
        // Client-side aborts (e.g. a client refusing the untrusted certificate mid-handshake)
        // surface here; they are expected in tests and must not crash the process.
        this.#server.on('error', () => undefined);
        const address = this.#server.server.address();
        if (address === null || typeof address === 'string') {
          reject(new Error('SmtpCapture: server has no TCP address'));
          return;
        }
        this.#port = address.port;
        resolve();
      });
    });
  }
}

function tlsOptions(options: SmtpCaptureOptions): SMTPServerOptions {
  if (options.tls === 'none') {
    // Disabled commands are not advertised in EHLO either.
    return { disabledCommands: ['STARTTLS', 'AUTH'] };
  }
  const pki = options.pki ?? createTestPki();
  const trusted = options.tls === 'starttls';
  return {
    secure: false,
    hideSTARTTLS: false,
    disabledCommands: ['AUTH'],
    key: trusted ? pki.serverKeyPem : pki.untrustedKeyPem,
    cert: trusted ? pki.serverCertPem : pki.untrustedCertPem,
  };
}
