/**
 * Compiles the contract's JSON Schemas (OpenAPI 3.1 is JSON Schema 2020-12) with Ajv.
 * Component schemas are registered once under absolute ids so every `$ref` resolves.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { type ValidationIssue, issuesFromAjv } from './issues.ts';

const SCHEMA_BASE = 'https://securesend.invalid/schemas/';

export interface SchemaCompiler {
  compileBody(schema: object): (value: unknown) => ValidationIssue[];
  compileParameters(schema: {
    params: object;
    query: object;
    headers: object;
  }): (parts: { params: unknown; query: unknown; headers: unknown }) => ValidationIssue[];
}

export function createSchemaCompiler(components: Record<string, object>): SchemaCompiler {
  // Bodies are JSON: types must be exact. Parameters arrive as strings: coerce ("limit=5").
  const bodies = newAjv(components, false);
  const parameters = newAjv(components, true);
  return {
    compileBody(schema) {
      const validate = bodies.compile(rewriteRefs(schema));
      return (value) => (validate(value) ? [] : issuesFromAjv(validate.errors));
    },
    compileParameters(schema) {
      const validate = parameters.compile(
        rewriteRefs({
          type: 'object',
          properties: schema,
          required: ['params', 'query', 'headers'],
        }),
      );
      return (parts) => (validate(parts) ? [] : issuesFromAjv(validate.errors));
    },
  };
}

function newAjv(components: Record<string, object>, coerceTypes: boolean): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true, useDefaults: true, coerceTypes });
  // ajv-formats is CommonJS: under NodeNext its default import is module.exports.
  addFormatsModule.default(ajv, ['email', 'date-time', 'uri']);
  for (const [name, schema] of Object.entries(components)) {
    ajv.addSchema(rewriteRefs(schema), SCHEMA_BASE + name);
  }
  return ajv;
}

/** `#/components/schemas/X` -> the absolute id X was registered under. */
function rewriteRefs<T>(schema: T): T {
  return JSON.parse(
    JSON.stringify(schema).replaceAll('"#/components/schemas/', `"${SCHEMA_BASE}`),
  ) as T;
}
