/**
 * The portal's browser-facing protections: headers on every response, the session cookie, and
 * refusing form posts from other sites (SameSite=Strict already keeps the session cookie off
 * them; this also covers the code request, which needs no session).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';

/** __Host-: only from this origin over a secure context, Path=/, no Domain. */
export const SESSION_COOKIE = '__Host-securesend_session';

const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "style-src 'self'",
  "img-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

export function applyPortalHeaders(reply: FastifyReply): void {
  reply.headers({
    'content-security-policy': CONTENT_SECURITY_POLICY,
    // PHI pages must not stay in any cache, the browser's back-forward cache included.
    'cache-control': 'no-store',
    pragma: 'no-cache',
    // The link token is in the path: never send it on to another site.
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=()',
  });
}

/**
 * Always Secure: browsers and curl treat http://127.0.0.1 and localhost as secure contexts, so the
 * local run works too. No Max-Age: the cookie ends with the browser session; the server ends it after 15 idle minutes. */
export function sessionCookie(value: string): string {
  return `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Strict; Secure`;
}

export function clearSessionCookie(): string {
  return `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0; Secure`;
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) {
      const value = rest.join('=');
      return /^[A-Za-z0-9_-]{43}$/.test(value) ? value : undefined;
    }
  }
  return undefined;
}

/**
 * A POST another site made the browser send. Fetch Metadata decides when the browser sends it
 * (Origin alone cannot: with no-referrer, Chromium sends "Origin: null" even for our own forms);
 * otherwise an Origin naming another host does. Clients without either (curl) pass.
 */
export function isForeignPost(request: FastifyRequest): boolean {
  const site = request.headers['sec-fetch-site'];
  if (typeof site === 'string') return site !== 'same-origin' && site !== 'none';
  const origin = request.headers.origin;
  if (!origin) return false;
  try {
    return new URL(origin).host !== request.headers.host;
  } catch {
    return true;
  }
}
