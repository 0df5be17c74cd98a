/**
 * A recipient as the tests play one: reads links and codes from the local outbox, and talks to
 * the portal like a browser without script (form posts, a cookie jar, redirects not followed
 * so each hop can be checked).
 */
import { listOutbox } from '../../src/delivery/outbox.ts';

/** The newest pickup link mailed to `to`. */
export function linkFor(outboxDir: string, to: string): string {
  for (const entry of listOutbox(outboxDir, 10_000)) {
    const link = /https?:\/\/\S+\/p\/[A-Za-z0-9_-]{43}/.exec(entry.text)?.[0];
    if (entry.to === to && link) return link;
  }
  throw new Error(`no link in the outbox for ${to}`);
}

/** The newest one-time code mailed to `to`. */
export function codeFor(outboxDir: string, to: string): string {
  for (const entry of listOutbox(outboxDir, 10_000)) {
    const code = /verification code is (\d{6})/.exec(entry.text)?.[1];
    if (entry.to === to && code) return code;
  }
  throw new Error(`no code in the outbox for ${to}`);
}

export function codesMailedTo(outboxDir: string, to: string): number {
  return listOutbox(outboxDir, 10_000).filter(
    (e) => e.to === to && /verification code is/.test(e.text),
  ).length;
}

export interface PortalResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly html: string;
  readonly location: string | null;
}

export class Recipient {
  cookie: string | undefined;

  constructor(readonly link: string) {}

  get(path = ''): Promise<PortalResponse> {
    return this.request('GET', path);
  }

  post(path: string, form: Record<string, string> = {}, headers: Record<string, string> = {}) {
    return this.request('POST', path, new URLSearchParams(form).toString(), {
      'content-type': 'application/x-www-form-urlencoded',
      origin: new URL(this.link).origin,
      ...headers,
    });
  }

  /** Asks for a code, reads it from the outbox and verifies: a live session afterwards. */
  async verify(outboxDir: string, to: string): Promise<void> {
    const asked = await this.post('/code');
    if (asked.status !== 303) throw new Error(`asking for a code answered ${asked.status}`);
    const verified = await this.post('/verify', { code: codeFor(outboxDir, to) });
    if (verified.status !== 303 || !verified.location?.endsWith('/message')) {
      throw new Error(`verifying answered ${verified.status}`);
    }
  }

  async request(
    method: string,
    path: string,
    body?: string | FormData,
    headers: Record<string, string> = {},
  ): Promise<PortalResponse> {
    const response = await fetch(this.link + path, {
      method,
      redirect: 'manual',
      headers: { ...(this.cookie ? { cookie: this.cookie } : {}), ...headers },
      ...(body !== undefined ? { body } : {}),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      const pair = setCookie.split(';')[0]!;
      this.cookie = pair.endsWith('=') ? undefined : pair;
    }
    return {
      status: response.status,
      headers: response.headers,
      html: await response.text(),
      location: response.headers.get('location'),
    };
  }
}
