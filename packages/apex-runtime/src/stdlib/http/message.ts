/**
 * What HttpRequest and HttpResponse share: headers and a body that is text or bytes.
 * Header names match case-insensitively, as in HTTP; the last setHeader for a name wins and the
 * spelling of that call is kept for getHeaderKeys.
 */
import type { NativeContext } from '../../natives.ts';
import { ApexBlob, NativeObject, UnsupportedError, type ApexValue } from '../../values.ts';
import { blobText, utf8Blob } from '../blob/index.ts';

export abstract class HttpMessage extends NativeObject {
  private readonly headers = new Map<string, { name: string; value: string }>();
  /** Unset: null (both classes' getBody() then return null). */
  private body: string | ApexBlob | null = null;

  setHeader(name: string, value: string): void {
    this.headers.set(name.toLowerCase(), { name, value });
  }

  getHeader(name: string): string | null {
    return this.headers.get(name.toLowerCase())?.value ?? null;
  }

  headerNames(): string[] {
    return [...this.headers.values()].map((header) => header.name);
  }

  setBody(body: string | ApexBlob | null): void {
    this.body = body;
  }

  getBody(ctx: NativeContext): string | null {
    if (this.body instanceof ApexBlob) return blobText(ctx, this.body);
    return this.body;
  }

  getBodyAsBlob(): ApexBlob | null {
    if (typeof this.body === 'string') return utf8Blob(this.body);
    return this.body;
  }
}

/** The receiver of an HttpRequest/HttpResponse method, checked. */
export function messageOf<T extends HttpMessage>(
  value: ApexValue,
  kind: abstract new (...args: never[]) => T,
): T {
  if (!(value instanceof kind)) throw new TypeError(`expected a ${kind.name}`);
  return value;
}

/** A String argument of a header or body setter; null is not specified by the docs. */
export function textArg(value: ApexValue | undefined, what: string): string {
  if (value === null || value === undefined) throw new UnsupportedError(`${what}(null)`);
  if (typeof value !== 'string') throw new TypeError(`${what}: expected a String`);
  return value;
}

export function blobArg(value: ApexValue | undefined, what: string): ApexBlob {
  if (value === null || value === undefined) throw new UnsupportedError(`${what}(null)`);
  if (!(value instanceof ApexBlob)) throw new TypeError(`${what}: expected a Blob`);
  return value;
}
