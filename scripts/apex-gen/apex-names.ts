/**
 * Apex names for OpenAPI names: fields named like their JSON property unless Apex reserves the
 * word (then with a `Value` suffix), UPPER_SNAKE constants, Pascal-case inner class names.
 */
import { ToolingError } from '../lib/diagnostics.ts';

/**
 * Apex reserved keywords (Apex Developer Guide, "Reserved Keywords", including the ones reserved
 * for future use), plus names the compiler rejects or resolves as something else in an
 * expression: `type`, SOQL date literals, and the names of the generated members themselves.
 * Compared lower case: Apex identifiers are case-insensitive.
 */
export const APEX_RESERVED_WORDS: ReadonlySet<string> = new Set([
  'abstract',
  'activate',
  'and',
  'any',
  'array',
  'as',
  'asc',
  'autonomous',
  'begin',
  'bigdecimal',
  'blob',
  'boolean',
  'break',
  'bulk',
  'by',
  'byte',
  'case',
  'cast',
  'catch',
  'char',
  'class',
  'collect',
  'commit',
  'const',
  'continue',
  'currency',
  'date',
  'datetime',
  'decimal',
  'default',
  'delete',
  'desc',
  'do',
  'double',
  'else',
  'end',
  'enum',
  'exception',
  'exit',
  'export',
  'extends',
  'false',
  'final',
  'finally',
  'float',
  'for',
  'from',
  'global',
  'goto',
  'group',
  'having',
  'hint',
  'if',
  'implements',
  'import',
  'in',
  'inner',
  'insert',
  'instanceof',
  'int',
  'integer',
  'interface',
  'into',
  'join',
  'like',
  'limit',
  'list',
  'long',
  'loop',
  'map',
  'merge',
  'native',
  'new',
  'not',
  'null',
  'nulls',
  'number',
  'object',
  'of',
  'on',
  'or',
  'outer',
  'override',
  'package',
  'parallel',
  'pragma',
  'private',
  'protected',
  'public',
  'retrieve',
  'return',
  'returning',
  'rollback',
  'savepoint',
  'search',
  'select',
  'set',
  'short',
  'sobject',
  'sort',
  'static',
  'string',
  'super',
  'switch',
  'synchronized',
  'system',
  'testmethod',
  'then',
  'this',
  'throw',
  'time',
  'transaction',
  'transient',
  'trigger',
  'true',
  'try',
  'type',
  'undelete',
  'update',
  'upsert',
  'using',
  'virtual',
  'void',
  'webservice',
  'when',
  'where',
  'while',
  // SOQL date literals, listed with the reserved keywords in older guides.
  'today',
  'tomorrow',
  'yesterday',
  'this_week',
  'this_month',
  'last_week',
  'last_month',
  'next_week',
  'next_month',
  'last_90_days',
  'next_90_days',
  'last_n_days',
  'next_n_days',
  // The generated members of every inner class.
  'fromjson',
  'frommap',
  'tomap',
  'tojson',
  'validate',
  'validateat',
]);

/** Suffix of a field whose JSON name is reserved in Apex: `from` -> `fromValue`. */
export const RESERVED_SUFFIX = 'Value';

/** Splits `deliveredTls`, `delivered_tls`, `read-status`, `message.create` into words. */
function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word.length > 0);
}

/** `MessageState` -> `MESSAGE_STATE`, `read-status` -> `READ_STATUS`. */
export function upperSnake(name: string): string {
  const result = words(name)
    .map((word) => word.toUpperCase())
    .join('_');
  if (result === '') throw new ToolingError(`cannot make an Apex name of "${name}"`);
  return result;
}

/** `categories` -> `Categories`, `actor_type` -> `ActorType`. */
export function pascalCase(name: string): string {
  return words(name)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

/** English singular of a plural property name, for the class of its array items. */
export function singular(name: string): string {
  if (/ies$/.test(name)) return name.slice(0, -3) + 'y';
  if (/(ss|sh|ch|x|z)es$/.test(name)) return name.slice(0, -2);
  if (/[^s]s$/.test(name)) return name.slice(0, -1);
  return name;
}

function isApexIdentifier(name: string): boolean {
  return /^[A-Za-z](?:[A-Za-z0-9]|_(?!_))*$/.test(name) && !name.endsWith('_');
}

/**
 * The Apex field for a JSON property: the same name when Apex allows it, `<name>Value` for a
 * reserved word, camel case for a name with other characters (`content-type` -> `contentType`).
 */
export function apexFieldName(jsonName: string): string {
  let name = jsonName;
  if (!isApexIdentifier(name)) {
    const parts = words(name);
    name = parts
      .map((word, index) =>
        index === 0 ? word.charAt(0).toLowerCase() + word.slice(1) : pascalCase(word),
      )
      .join('');
    if (/^[0-9]/.test(name)) name = `n${name}`;
    if (!isApexIdentifier(name)) {
      throw new ToolingError(`cannot make an Apex field name of JSON property "${jsonName}"`);
    }
  }
  return APEX_RESERVED_WORDS.has(name.toLowerCase()) ? `${name}${RESERVED_SUFFIX}` : name;
}

/** An Apex class name for a schema name; the schema name itself when Apex allows it. */
export function apexClassName(schemaName: string): string {
  const name = isApexIdentifier(schemaName) ? schemaName : pascalCase(schemaName);
  if (!isApexIdentifier(name) || APEX_RESERVED_WORDS.has(name.toLowerCase())) {
    throw new ToolingError(`schema name "${schemaName}" cannot be an Apex class name`);
  }
  return name;
}

/** An Apex single-quoted string literal. */
export function apexString(value: string): string {
  const escaped = value.replace(/[\\'\n\r\t\f\b]/g, (char) => {
    switch (char) {
      case '\n':
        return '\\n';
      case '\r':
        return '\\r';
      case '\t':
        return '\\t';
      case '\f':
        return '\\f';
      case '\b':
        return '\\b';
      default:
        return `\\${char}`;
    }
  });
  return `'${escaped}'`;
}

/** A JSON pointer token: `~` -> `~0`, `/` -> `~1` (RFC 6901). */
export function pointerToken(name: string): string {
  return name.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * Fails on two names that Apex, being case-insensitive, would take for the same identifier
 * (`Id` and `id`, or `from` renamed into an existing `fromValue`).
 */
export function assertUniqueNames(names: string[], where: string): void {
  const seen = new Map<string, string>();
  for (const name of names) {
    const other = seen.get(name.toLowerCase());
    if (other !== undefined) {
      throw new ToolingError(`${where}: "${other}" and "${name}" are the same Apex identifier`);
    }
    seen.set(name.toLowerCase(), name);
  }
}
