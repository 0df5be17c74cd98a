/**
 * The recipients' side of the local org: the mail the gateway put in its local outbox (one
 * .json summary beside each .eml, written by the gateway's OutboxSender), newest first.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface InboxMail {
  /** The .eml file's name: unique, and stable across reads. */
  id: string;
  to: string;
  subject: string;
  text: string;
  savedAt: string;
}

const MAX_MAIL = 200;

function asMail(value: unknown): InboxMail | null {
  if (typeof value !== 'object' || value === null) return null;
  const { file, to, subject, text, savedAt } = value as Record<string, unknown>;
  if (
    typeof file !== 'string' ||
    typeof to !== 'string' ||
    typeof subject !== 'string' ||
    typeof text !== 'string' ||
    typeof savedAt !== 'string'
  ) {
    return null;
  }
  return { id: file, to, subject, text, savedAt };
}

/** The outbox's mail, newest first; a summary that is not the gateway's shape is skipped. */
export function readOutbox(dir: string): InboxMail[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.json'));
  } catch {
    return [];
  }
  const mail: InboxMail[] = [];
  for (const name of names.sort().reverse().slice(0, MAX_MAIL)) {
    try {
      const entry = asMail(JSON.parse(readFileSync(join(dir, name), 'utf8')));
      if (entry) mail.push(entry);
    } catch {
      // Being written right now, or not JSON: the next read shows it.
    }
  }
  return mail;
}
