/**
 * The local outbox: with no relay configured, every outgoing email is written to
 * <data dir>/outbox as an .eml file (openable in any mail client) beside a small JSON summary
 * the local /outbox page lists. For development only: what a relay would carry lands on disk.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTransport } from 'nodemailer';
import { type MailSender, type OutgoingMail, nodemailerMessage } from './mail-sender.ts';

export interface OutboxEntry {
  /** The .eml file's name inside the outbox folder. */
  readonly file: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly savedAt: string;
  readonly tlsRequired: boolean;
}

export class OutboxSender implements MailSender {
  readonly kind = 'outbox';
  private readonly composer = createTransport({ streamTransport: true, buffer: true });
  private sequence = 0;

  constructor(
    readonly dir: string,
    private readonly from: string,
    private readonly clock: () => Date = () => new Date(),
  ) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  }

  async send(mail: OutgoingMail, security: { requireTls: boolean }): Promise<void> {
    const info = await this.composer.sendMail(nodemailerMessage(mail, this.from));
    const savedAt = this.clock().toISOString();
    this.sequence += 1;
    const base = `${savedAt.replace(/[:.]/g, '-')}-${process.pid}-${String(this.sequence).padStart(6, '0')}`;
    writeFileSync(join(this.dir, `${base}.eml`), info.message as Buffer, { mode: 0o600 });
    const entry: OutboxEntry = {
      file: `${base}.eml`,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      savedAt,
      tlsRequired: security.requireTls,
    };
    writeFileSync(join(this.dir, `${base}.json`), JSON.stringify(entry), { mode: 0o600 });
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

/** The outbox's emails, newest first. */
export function listOutbox(dir: string, limit = 100): OutboxEntry[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.json'));
  } catch {
    return [];
  }
  return names
    .sort()
    .reverse()
    .slice(0, limit)
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as OutboxEntry);
}
