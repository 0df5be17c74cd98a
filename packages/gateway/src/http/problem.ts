/**
 * RFC 9457 problem details. Every error the gateway returns is one of these, with a detail
 * precise enough to act on and never a submitted value (requests carry PHI).
 */
import type { ValidationIssue } from '../contract/issues.ts';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
const TYPE_BASE = 'https://securesend.dev/problems/';

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: ValidationIssue[];
  blockedCategories?: string[];
}

export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly slug: string,
    readonly title: string,
    readonly detail: string,
    readonly extra: Pick<ProblemBody, 'errors' | 'blockedCategories'> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(`${status} ${slug}: ${detail}`);
  }

  body(instance: string): ProblemBody {
    return {
      type: TYPE_BASE + this.slug,
      title: this.title,
      status: this.status,
      detail: this.detail,
      instance,
      ...this.extra,
    };
  }
}

export const problems = {
  invalidRequest: (issues: ValidationIssue[]) =>
    new Problem(
      400,
      'invalid-request',
      'The request does not match the API contract',
      issues.map((i) => `${i.pointer || '/'} ${i.detail}`).join('; '),
      { errors: issues },
    ),
  badRequest: (slug: string, detail: string) => new Problem(400, slug, 'Bad request', detail),
  unauthenticated: (detail: string) =>
    new Problem(
      401,
      'unauthenticated',
      'Authentication required',
      detail,
      {},
      {
        'WWW-Authenticate': 'Bearer realm="securesend"',
      },
    ),
  forbidden: (detail: string) => new Problem(403, 'forbidden', 'Not allowed', detail),
  notFound: (what: string) => new Problem(404, 'not-found', 'Not found', `${what} was not found`),
  conflict: (slug: string, detail: string) => new Problem(409, slug, 'Conflict', detail),
  gone: (detail: string) => new Problem(410, 'gone', 'Gone', detail),
  tooLarge: (detail: string) => new Problem(413, 'too-large', 'Request too large', detail),
  unsupportedMediaType: (detail: string) =>
    new Problem(415, 'unsupported-media-type', 'Unsupported media type', detail),
  unprocessable: (
    slug: string,
    detail: string,
    extra: ProblemBody['blockedCategories'] = undefined,
  ) =>
    new Problem(
      422,
      slug,
      'Unprocessable request',
      detail,
      extra ? { blockedCategories: extra } : {},
    ),
  tooManyRequests: (retryAfterSeconds: number) =>
    new Problem(
      429,
      'rate-limited',
      'Too many requests',
      `Retry after ${retryAfterSeconds} s`,
      {},
      {
        'Retry-After': String(retryAfterSeconds),
      },
    ),
  internal: () =>
    new Problem(
      500,
      'internal',
      'Internal error',
      'The gateway failed; the error is logged without content',
    ),
  unavailable: (detail: string) => new Problem(503, 'unavailable', 'Service unavailable', detail),
};
