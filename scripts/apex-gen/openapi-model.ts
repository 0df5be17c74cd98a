/**
 * The OpenAPI document the gateway's Apex classes are generated from: parsed from YAML, with
 * local `$ref`s (`#/components/...`) resolved. Only the parts the generator reads are typed.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { ToolingError } from '../lib/diagnostics.ts';

export interface SchemaObject {
  $ref?: string;
  type?: string | string[];
  format?: string;
  description?: string;
  enum?: unknown[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  required?: string[];
  properties?: Record<string, SchemaObject>;
  additionalProperties?: boolean | SchemaObject;
  items?: SchemaObject;
  contentEncoding?: string;
  examples?: unknown[];
  example?: unknown;
}

export interface ParameterObject {
  $ref?: string;
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  description?: string;
  schema?: SchemaObject;
}

export interface OperationObject {
  operationId?: string;
  summary?: string;
  description?: string;
  parameters?: ParameterObject[];
}

export type PathItem = Partial<Record<string, OperationObject>> & {
  parameters?: ParameterObject[];
};

export interface OpenApiDocument {
  openapi: string;
  info?: { title?: string; version?: string };
  paths?: Record<string, PathItem>;
  components?: {
    schemas?: Record<string, SchemaObject>;
    parameters?: Record<string, ParameterObject>;
  };
}

/** The HTTP methods an OpenAPI path item may hold operations for, in a fixed order. */
export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Parses OpenAPI YAML (or JSON) text; `source` names it in errors. */
export function parseOpenApi(text: string, source: string): OpenApiDocument {
  let document: unknown;
  try {
    document = parse(text);
  } catch (error) {
    throw new ToolingError(`${source} is not valid YAML: ${(error as Error).message}`);
  }
  if (typeof document !== 'object' || document === null || !('openapi' in document)) {
    throw new ToolingError(`${source} is not an OpenAPI document (no \`openapi\` field)`);
  }
  return document as OpenApiDocument;
}

export function loadOpenApi(file: string): OpenApiDocument {
  return parseOpenApi(readFileSync(file, 'utf8'), file);
}

/** A `$ref` resolved: the component's name (last pointer token) and its value. */
export interface ResolvedRef<T> {
  name: string;
  value: T;
}

function unescapePointerToken(token: string): string {
  return decodeURIComponent(token).replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Resolves a local reference such as `#/components/schemas/MessageId`. */
export function resolveRef<T>(document: OpenApiDocument, ref: string): ResolvedRef<T> {
  if (!ref.startsWith('#/')) {
    throw new ToolingError(`only local $refs are supported, not ${ref}`);
  }
  const tokens = ref.slice(2).split('/').map(unescapePointerToken);
  let value: unknown = document;
  for (const token of tokens) {
    if (typeof value !== 'object' || value === null || !(token in value)) {
      throw new ToolingError(`$ref ${ref} does not resolve`);
    }
    value = (value as Record<string, unknown>)[token];
  }
  return { name: tokens[tokens.length - 1] ?? '', value: value as T };
}

/** Follows `$ref`s until a parameter object (parameters may be references). */
export function resolveParameter(
  document: OpenApiDocument,
  parameter: ParameterObject,
): ParameterObject {
  let current = parameter;
  for (let depth = 0; current.$ref !== undefined; depth++) {
    if (depth > 20) throw new ToolingError(`$ref cycle at ${current.$ref}`);
    current = resolveRef<ParameterObject>(document, current.$ref).value;
  }
  return current;
}

/** The single JSON type of a schema (`type: [string, 'null']` counts as `string`). */
export function schemaType(schema: SchemaObject): string | undefined {
  if (Array.isArray(schema.type)) {
    const types = schema.type.filter((type) => type !== 'null');
    if (types.length > 1) {
      throw new ToolingError(`union types are not supported: ${schema.type.join(', ')}`);
    }
    return types[0];
  }
  return schema.type;
}
