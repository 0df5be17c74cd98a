/**
 * Probes a recipient domain's mail server: connect, EHLO, is STARTTLS advertised, does the
 * TLS handshake present a certificate valid for the host, then QUIT. Only that answer is kept
 * (tls yes/no and an outcome code): nothing the server says is logged or stored.
 */
import { type Socket, connect } from 'node:net';
import { rootCertificates, connect as tlsConnect } from 'node:tls';
import type { MailHost } from './mx.ts';

export type ProbeOutcome = 'starttls' | 'no-starttls' | 'bad-certificate' | 'unreachable';

export interface ProbeResult {
  readonly tls: boolean;
  readonly outcome: ProbeOutcome;
}

export interface ProbeOptions {
  /** Extra trusted CAs (PEM), e.g. a test CA; the system's CAs are trusted too. */
  readonly ca?: string;
  readonly timeoutMs?: number;
  /** The name this host announces in EHLO. */
  readonly heloName?: string;
}

/** Tries each mail host in preference order; the first that answers decides. */
export async function probeDomain(
  hosts: readonly MailHost[],
  options: ProbeOptions = {},
): Promise<ProbeResult> {
  for (const host of hosts) {
    const result = await probeHost(host, options).catch(() => undefined);
    if (result) return result;
  }
  return { tls: false, outcome: 'unreachable' };
}

async function probeHost(host: MailHost, options: ProbeOptions): Promise<ProbeResult> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const helo = options.heloName ?? 'securesend.invalid';
  const socket = connect({ host: host.address, port: host.port });
  const conversation = new SmtpConversation(socket, timeoutMs);
  try {
    await conversation.opened();
    expectCode(await conversation.reply(), 220);
    const ehlo = await conversation.command(`EHLO ${helo}`);
    expectCode(ehlo, 250);
    if (!/^250[ -]STARTTLS\b/im.test(ehlo.text)) {
      await conversation.quit();
      return { tls: false, outcome: 'no-starttls' };
    }
    expectCode(await conversation.command('STARTTLS'), 220);
    conversation.release();
    const verified = await verifyCertificate(socket, host.name, options.ca, timeoutMs);
    return verified
      ? { tls: true, outcome: 'starttls' }
      : { tls: false, outcome: 'bad-certificate' };
  } finally {
    socket.destroy();
  }
}

/** True when the server's certificate chains to a trusted CA and names `serverName`. */
function verifyCertificate(
  socket: Socket,
  serverName: string,
  ca: string | undefined,
  timeoutMs: number,
): Promise<boolean> {
  return new Promise((resolve) => {
    const secure = tlsConnect({
      socket,
      servername: isIp(serverName) ? undefined : serverName,
      host: serverName,
      // The system CAs plus the configured one: a test CA must not replace the real roots.
      ...(ca ? { ca: [...rootCertificates, ca] } : {}),
      rejectUnauthorized: false,
      minVersion: 'TLSv1.2',
    });
    const timer = setTimeout(() => finish(false), timeoutMs);
    const finish = (ok: boolean) => {
      clearTimeout(timer);
      secure.destroy();
      resolve(ok);
    };
    secure.once('secureConnect', () => finish(secure.authorized));
    secure.once('error', () => finish(false));
  });
}

function isIp(name: string): boolean {
  return /^[0-9.]+$/.test(name) || name.includes(':');
}

interface Reply {
  readonly code: number;
  readonly text: string;
}

function expectCode(reply: Reply, code: number): void {
  if (reply.code !== code) throw new Error(`unexpected SMTP reply ${reply.code}`);
}

/** Reads multi-line SMTP replies off a socket, each within the time limit. */
class SmtpConversation {
  private buffer = '';
  private waiting: ((reply: Reply | Error) => void) | undefined;
  private failure: Error | undefined;

  constructor(
    private readonly socket: Socket,
    private readonly timeoutMs: number,
  ) {
    socket.on('data', (chunk: Buffer) => {
      // A reply ends with a line whose fourth character is a space ("250 ok").
      this.buffer += chunk.toString('latin1');
      if (this.buffer.length > 64 * 1024) this.fail(new Error('SMTP reply too long'));
      this.deliver();
    });
    socket.on('error', (error) => this.fail(error));
    socket.on('close', () => this.fail(new Error('connection closed')));
  }

  opened(): Promise<void> {
    return this.withTimeout(
      new Promise((resolve, reject) => {
        this.socket.once('connect', () => resolve());
        this.socket.once('error', reject);
      }),
    );
  }

  reply(): Promise<Reply> {
    return this.withTimeout(
      new Promise<Reply>((resolve, reject) => {
        if (this.failure) return reject(this.failure);
        this.waiting = (reply) => (reply instanceof Error ? reject(reply) : resolve(reply));
        this.deliver();
      }),
    );
  }

  async command(line: string): Promise<Reply> {
    this.socket.write(`${line}\r\n`);
    return this.reply();
  }

  async quit(): Promise<void> {
    await this.command('QUIT').catch(() => undefined);
  }

  /** Hands the socket over (to TLS): this reader stops listening. */
  release(): void {
    this.socket.removeAllListeners('data');
    this.socket.removeAllListeners('close');
  }

  private deliver(): void {
    if (!this.waiting) return;
    const match = /^(?:\d{3}-[^\n]*\n)*(\d{3})(?: [^\n]*)?\r?\n/.exec(this.buffer);
    if (!match) return;
    const waiting = this.waiting;
    this.waiting = undefined;
    const text = match[0];
    this.buffer = this.buffer.slice(text.length);
    waiting({ code: Number(match[1]), text });
  }

  private fail(error: Error): void {
    this.failure ??= error;
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting?.(error);
  }

  private withTimeout<T>(promise: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('SMTP probe timed out')), this.timeoutMs);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
  }
}
