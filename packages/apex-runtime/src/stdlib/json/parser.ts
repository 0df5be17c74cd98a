/**
 * A strict JSON parser (RFC 8259) that keeps what Apex's deserializers need: number text (so a
 * Decimal keeps its scale and large integers their digits), member order, and token positions
 * for error messages. Syntax errors use the wording of the Jackson parser behind Apex's
 * System.JSONException, e.g. "Unexpected character ('<' (code 60)): expected a valid value
 * (number, String, array, object, 'true', 'false' or 'null') at input location [1,2]".
 */
import { UnsupportedError } from '../../values.ts';

interface Position {
  /** Offset of the token's first character. */
  readonly offset: number;
}

export type JsonNode = Position &
  (
    | { kind: 'object'; members: [string, JsonNode][] }
    | { kind: 'array'; items: JsonNode[] }
    | { kind: 'string'; value: string }
    | { kind: 'number'; text: string; isInteger: boolean }
    | { kind: 'boolean'; value: boolean }
    | { kind: 'null' }
  );

/** A syntax or mapping error; the JSON natives turn it into System.JSONException. */
export class JsonError extends Error {}

/** 1-based line and column of an offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

export function parseJson(text: string): JsonNode {
  const parser = new Parser(text);
  parser.skipWhitespace();
  if (parser.atEnd()) throw new JsonError('No content to map to Object due to end of input');
  const root = parser.value();
  parser.skipWhitespace();
  if (!parser.atEnd()) throw new UnsupportedError('JSON text with content after the root value');
  return root;
}

class Parser {
  private pos = 0;

  constructor(private readonly text: string) {}

  atEnd(): boolean {
    return this.pos >= this.text.length;
  }

  skipWhitespace(): void {
    while (/[ \t\n\r]/.test(this.text.charAt(this.pos))) this.pos++;
  }

  value(): JsonNode {
    const offset = this.pos;
    const char = this.text.charAt(this.pos);
    if (char === '{') return this.object();
    if (char === '[') return this.array();
    if (char === '"') return { kind: 'string', value: this.string(), offset };
    if (char === '-' || /[0-9]/.test(char)) return this.number();
    if (/[a-zA-Z]/.test(char)) return this.keyword();
    if (char === '') this.fail('Unexpected end-of-input: expected a valid value');
    return this.unexpected(
      "expected a valid value (number, String, array, object, 'true', 'false' or 'null')",
    );
  }

  private object(): JsonNode {
    const offset = this.pos++;
    const members: [string, JsonNode][] = [];
    this.skipWhitespace();
    if (this.text.charAt(this.pos) === '}') {
      this.pos++;
      return { kind: 'object', members, offset };
    }
    for (;;) {
      this.skipWhitespace();
      if (this.text.charAt(this.pos) !== '"') {
        if (this.atEnd()) this.fail('Unexpected end-of-input: expected close marker for OBJECT');
        this.unexpected('was expecting double-quote to start field name');
      }
      const name = this.string();
      this.skipWhitespace();
      if (this.text.charAt(this.pos) !== ':') {
        this.unexpected('was expecting a colon to separate field name and value');
      }
      this.pos++;
      this.skipWhitespace();
      members.push([name, this.value()]);
      this.skipWhitespace();
      const next = this.text.charAt(this.pos);
      this.pos++;
      if (next === '}') return { kind: 'object', members, offset };
      if (next === ',') continue;
      this.pos--;
      if (next === '') this.fail('Unexpected end-of-input: expected close marker for OBJECT');
      this.unexpected('was expecting comma to separate OBJECT entries');
    }
  }

  private array(): JsonNode {
    const offset = this.pos++;
    const items: JsonNode[] = [];
    this.skipWhitespace();
    if (this.text.charAt(this.pos) === ']') {
      this.pos++;
      return { kind: 'array', items, offset };
    }
    for (;;) {
      this.skipWhitespace();
      items.push(this.value());
      this.skipWhitespace();
      const next = this.text.charAt(this.pos);
      this.pos++;
      if (next === ']') return { kind: 'array', items, offset };
      if (next === ',') continue;
      this.pos--;
      if (next === '') this.fail('Unexpected end-of-input: expected close marker for ARRAY');
      this.unexpected('was expecting comma to separate ARRAY entries');
    }
  }

  private string(): string {
    this.pos++;
    let value = '';
    for (;;) {
      const char = this.text.charAt(this.pos);
      if (char === '')
        this.fail('Unexpected end-of-input: was expecting closing quote for a string value');
      this.pos++;
      if (char === '"') return value;
      if (char === '\\') value += this.escape();
      else if (char < ' ') {
        this.fail(
          `Illegal unquoted character ((CTRL-CHAR, code ${char.charCodeAt(0)})): has to be escaped using backslash to be included in string value`,
        );
      } else value += char;
    }
  }

  private escape(): string {
    const char = this.text.charAt(this.pos++);
    const simple: Record<string, string> = {
      '"': '"',
      '\\': '\\',
      '/': '/',
      b: '\b',
      f: '\f',
      n: '\n',
      r: '\r',
      t: '\t',
    };
    const mapped = simple[char];
    if (mapped !== undefined) return mapped;
    if (char === 'u') {
      const hex = this.text.slice(this.pos, this.pos + 4);
      if (!/^[0-9a-fA-F]{4}$/.test(hex))
        this.fail('Unexpected character in a \\u escape: expected a hex-digit');
      this.pos += 4;
      return String.fromCharCode(parseInt(hex, 16));
    }
    if (char === '') this.fail('Unexpected end-of-input in character escape sequence');
    return this.fail(`Unrecognized character escape '${char}' (code ${char.charCodeAt(0)})`);
  }

  private number(): JsonNode {
    const offset = this.pos;
    const match = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(this.text.slice(this.pos));
    const text = match?.[0] ?? '';
    if (/^-?0[0-9]/.test(this.text.slice(this.pos)))
      this.fail('Invalid numeric value: Leading zeroes not allowed');
    if (!match || text === '-') {
      this.pos++;
      return this.unexpected(
        'in numeric value: expected digit (0-9) to follow minus sign, for valid numeric value',
      );
    }
    this.pos += text.length;
    const following = this.text.charAt(this.pos);
    if (following === '.' || following === 'e' || following === 'E') {
      this.pos++;
      this.unexpected('in numeric value: expected a digit');
    }
    return {
      kind: 'number',
      text,
      isInteger: match[2] === undefined && match[3] === undefined,
      offset,
    };
  }

  private keyword(): JsonNode {
    const offset = this.pos;
    const word = /^[a-zA-Z0-9_]+/.exec(this.text.slice(this.pos))?.[0] ?? '';
    this.pos += word.length;
    if (word === 'true' || word === 'false')
      return { kind: 'boolean', value: word === 'true', offset };
    if (word === 'null') return { kind: 'null', offset };
    this.pos = offset + 1;
    return this.fail(`Unrecognized token '${word}': was expecting 'null', 'true' or 'false'`);
  }

  /** "Unexpected character" for the character at the current position. */
  private unexpected(expectation: string): never {
    const char = this.text.charAt(this.pos);
    this.pos++;
    return this.fail(
      `Unexpected character ('${char}' (code ${char.charCodeAt(0)})): ${expectation}`,
    );
  }

  /** Jackson reports the position after the character it stopped at. */
  private fail(message: string): never {
    const { line, column } = lineAndColumn(this.text, this.pos);
    throw new JsonError(`${message} at input location [${line},${column}]`);
  }
}
