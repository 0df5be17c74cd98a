/**
 * The contract, loaded from openapi.yaml: every operation with validators for its request
 * (path, query, headers, body) and for each response it declares. Routes are registered from
 * this list, so a handler can only exist for an operation the contract describes.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { type SchemaCompiler, createSchemaCompiler } from './schemas.ts';
import type { ValidationIssue } from './issues.ts';

export const OPENAPI_PATH = fileURLToPath(new URL('../../openapi.yaml', import.meta.url));

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
type Method = (typeof METHODS)[number];

export interface RequestParts {
  params: unknown;
  query: unknown;
  headers: unknown;
  body: unknown;
}

export interface Operation {
  readonly operationId: string;
  readonly method: Uppercase<Method>;
  /** As written in the contract: `/v1/messages/{id}`. */
  readonly path: string;
  /** As the router wants it: `/v1/messages/:id`. */
  readonly routePath: string;
  readonly requiresAuth: boolean;
  /** `x-scope`: the credential scope the operation needs (any valid credential when absent). */
  readonly scope: string | undefined;
  readonly hasBody: boolean;
  /** Validates and normalises (defaults, query coercion) in place; [] when valid. */
  validateRequest(parts: RequestParts): ValidationIssue[];
  /** [] when the contract declares this status and content type and the body fits its schema. */
  validateResponse(status: number, contentType: string, body: unknown): ValidationIssue[];
}

interface RawParameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema: object;
  $ref?: string;
}

interface RawOperation {
  operationId: string;
  'x-scope'?: string;
  security?: unknown[];
  parameters?: RawParameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema: object }> };
  responses: Record<string, { $ref?: string; content?: Record<string, { schema: object }> }>;
}

interface RawDocument {
  paths: Record<string, Partial<Record<Method, RawOperation>>>;
  components: {
    schemas: Record<string, object>;
    parameters?: Record<string, RawParameter>;
    responses?: Record<string, { content?: Record<string, { schema: object }> }>;
  };
}

export function loadContract(path: string = OPENAPI_PATH): Operation[] {
  const document = parse(readFileSync(path, 'utf8')) as RawDocument;
  const compiler = createSchemaCompiler(document.components.schemas);
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const raw = item[method];
      if (raw) operations.push(buildOperation(document, compiler, method, path, raw));
    }
  }
  return operations;
}

function buildOperation(
  document: RawDocument,
  compiler: SchemaCompiler,
  method: Method,
  path: string,
  raw: RawOperation,
): Operation {
  const parameters = (raw.parameters ?? []).map((p) => resolveParameter(document, p));
  const bodySchema = raw.requestBody?.content['application/json']?.schema;
  const validateParameters = compiler.compileParameters({
    params: parameterObject(parameters, 'path'),
    query: parameterObject(parameters, 'query'),
    headers: parameterObject(parameters, 'header'),
  });
  const validateBody = bodySchema ? compiler.compileBody(bodySchema) : undefined;
  const responseValidators = new Map<string, (body: unknown) => ValidationIssue[]>();
  for (const [status, response] of Object.entries(raw.responses)) {
    const content = response.$ref
      ? document.components.responses?.[refName(response.$ref)]?.content
      : response.content;
    for (const [type, media] of Object.entries(content ?? {})) {
      responseValidators.set(`${status} ${type}`, compiler.compileBody(media.schema));
    }
  }
  return {
    operationId: raw.operationId,
    method: method.toUpperCase() as Uppercase<Method>,
    path,
    routePath: path.replace(/\{([^}]+)\}/g, ':$1'),
    requiresAuth: !(Array.isArray(raw.security) && raw.security.length === 0),
    scope: raw['x-scope'],
    hasBody: bodySchema !== undefined,
    validateRequest(parts) {
      const issues = validateParameters(parts);
      if (validateBody) {
        if (parts.body === undefined || parts.body === null) {
          issues.push({ pointer: '/body', detail: 'a JSON request body is required' });
        } else issues.push(...validateBody(parts.body).map(prefixPointer('/body')));
      }
      return issues;
    },
    validateResponse(status, contentType, body) {
      const validate = responseValidators.get(`${status} ${contentType}`);
      if (!validate) {
        return [{ pointer: '', detail: `${raw.operationId} declares no ${status} ${contentType}` }];
      }
      return validate(body);
    },
  };
}

/** A JSON Schema object for the parameters in one location (header names are lowercase). */
function parameterObject(parameters: readonly RawParameter[], location: RawParameter['in']) {
  const here = parameters.filter((p) => p.in === location);
  const key = (name: string) => (location === 'header' ? name.toLowerCase() : name);
  return {
    type: 'object',
    properties: Object.fromEntries(here.map((p) => [key(p.name), p.schema])),
    required: here.filter((p) => p.required || p.in === 'path').map((p) => key(p.name)),
    // Unknown headers are normal; unknown query parameters are a client mistake worth naming.
    additionalProperties: location !== 'query',
  };
}

function resolveParameter(document: RawDocument, parameter: RawParameter): RawParameter {
  if (!parameter.$ref) return parameter;
  const resolved = document.components.parameters?.[refName(parameter.$ref)];
  if (!resolved) throw new Error(`openapi.yaml: unresolved parameter ${parameter.$ref}`);
  return resolved;
}

function refName(ref: string): string {
  return ref.slice(ref.lastIndexOf('/') + 1);
}

function prefixPointer(prefix: string) {
  return (issue: ValidationIssue): ValidationIssue => ({
    pointer: prefix + issue.pointer,
    detail: issue.detail,
  });
}
