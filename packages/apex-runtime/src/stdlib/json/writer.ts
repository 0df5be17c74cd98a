/**
 * Writing JSON text the way Apex's Jackson generator does: compact output with no spaces, or
 * (serializePretty) Jackson's default pretty printer: object members on their own lines indented
 * by two spaces per nested object, `"name" : value`, arrays on one line as `[ a, b ]`, empty
 * containers as `{ }` and `[ ]`. Strings escape `"`, `\` and control characters (\b \t \n \f \r
 * or \u00XX); nothing else is escaped.
 */

/** A JSON value ready to print: a raw token (already JSON text), an object or an array. */
export type OutValue =
  | { kind: 'raw'; text: string }
  | { kind: 'object'; members: [string, OutValue][] }
  | { kind: 'array'; items: OutValue[] };

export function raw(text: string): OutValue {
  return { kind: 'raw', text };
}

const SHORT_ESCAPES: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\b': '\\b',
  '\t': '\\t',
  '\n': '\\n',
  '\f': '\\f',
  '\r': '\\r',
};

export function quote(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is escaped
  const escaped = text.replace(/["\\\u0000-\u001f]/g, (char) => {
    return (
      SHORT_ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`
    );
  });
  return `"${escaped}"`;
}

export function render(value: OutValue, pretty: boolean): string {
  return pretty ? renderPretty(value, 0) : renderCompact(value);
}

function renderCompact(value: OutValue): string {
  switch (value.kind) {
    case 'raw':
      return value.text;
    case 'object':
      return `{${value.members.map(([name, member]) => `${quote(name)}:${renderCompact(member)}`).join(',')}}`;
    case 'array':
      return `[${value.items.map(renderCompact).join(',')}]`;
  }
}

/** `depth` counts enclosing objects only: Jackson's array indenter is inline. */
function renderPretty(value: OutValue, depth: number): string {
  switch (value.kind) {
    case 'raw':
      return value.text;
    case 'object': {
      if (value.members.length === 0) return '{ }';
      const indent = '  '.repeat(depth + 1);
      const members = value.members.map(
        ([name, member]) => `\n${indent}${quote(name)} : ${renderPretty(member, depth + 1)}`,
      );
      return `{${members.join(',')}\n${'  '.repeat(depth)}}`;
    }
    case 'array':
      if (value.items.length === 0) return '[ ]';
      return `[ ${value.items.map((item) => renderPretty(item, depth)).join(', ')} ]`;
  }
}
