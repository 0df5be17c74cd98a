import type { ErrorObject } from 'ajv';

/** One thing wrong with a request or response: where (a JSON pointer) and what. */
export interface ValidationIssue {
  readonly pointer: string;
  readonly detail: string;
}

/**
 * Ajv errors as issues. Ajv's messages name the rule ("must match format \"email\"") and never
 * the submitted value, so they are safe to return and log: requests carry PHI.
 */
export function issuesFromAjv(
  errors: readonly ErrorObject[] | null | undefined,
): ValidationIssue[] {
  return (errors ?? []).map((error) => {
    const params = error.params as Record<string, unknown>;
    const child =
      typeof params['missingProperty'] === 'string'
        ? params['missingProperty']
        : typeof params['additionalProperty'] === 'string'
          ? params['additionalProperty']
          : undefined;
    const pointer =
      child === undefined ? error.instancePath : `${error.instancePath}/${escape(child)}`;
    const detail =
      error.keyword === 'additionalProperties'
        ? 'is not a known property'
        : error.keyword === 'required'
          ? 'is required'
          : (error.message ?? 'is invalid');
    return { pointer, detail };
  });
}

/** JSON pointer escaping (RFC 6901). */
function escape(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
