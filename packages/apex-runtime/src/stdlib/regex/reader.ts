/**
 * Reading a Java regular expression one code point at a time (Java patterns are sequences of
 * code points), plus the escapes that denote a single character inside and outside classes.
 */
import { UnsupportedError } from '../../values.ts';

export class PatternReader {
  private readonly codePoints: number[];
  pos = 0;

  constructor(pattern: string) {
    this.codePoints = Array.from(pattern, (char) => char.codePointAt(0) ?? 0);
  }

  get eof(): boolean {
    return this.pos >= this.codePoints.length;
  }

  /** The character `offset` ahead, or '' past the end. */
  peek(offset = 0): string {
    const cp = this.codePoints[this.pos + offset];
    return cp === undefined ? '' : String.fromCodePoint(cp);
  }

  next(): string {
    const char = this.peek();
    if (char === '') throw unsupported('pattern ends unexpectedly');
    this.pos++;
    return char;
  }

  /** Consumes `text` if the input continues with it. */
  accept(text: string): boolean {
    const chars = Array.from(text);
    if (!chars.every((char, i) => this.peek(i) === char)) return false;
    this.pos += chars.length;
    return true;
  }

  /** Consumes characters while they match `pattern`; returns them. */
  readWhile(pattern: RegExp): string {
    let text = '';
    while (!this.eof && pattern.test(this.peek())) text += this.next();
    return text;
  }
}

export function unsupported(construct: string): UnsupportedError {
  return new UnsupportedError(`Java regex construct ${construct}`);
}

const SIMPLE_ESCAPES: Record<string, number> = {
  t: 0x09,
  n: 0x0a,
  r: 0x0d,
  f: 0x0c,
  a: 0x07,
  e: 0x1b,
};

/**
 * The code point of a single-character escape whose backslash has been consumed (`\t`, `\x41`,
 * `\x{1F600}`, `\u0041`, `\0101`, `\cA`, `\.`...), or undefined when the escape is not one.
 */
export function readCharEscape(reader: PatternReader): number | undefined {
  const letter = reader.peek();
  if (letter === '') throw unsupported('trailing backslash');
  const simple = SIMPLE_ESCAPES[letter];
  if (simple !== undefined) {
    reader.next();
    return simple;
  }
  if (letter === 'x') return readHexEscape(reader);
  if (letter === 'u') return readUnicodeEscape(reader);
  if (letter === '0') return readOctalEscape(reader);
  if (letter === 'c') {
    reader.next();
    return (reader.next().codePointAt(0) ?? 0) ^ 64;
  }
  // Java: "It is an error to use a backslash prior to any alphabetic character that does not
  // denote an escaped construct"; any other character escapes to itself.
  if (/[a-zA-Z0-9]/.test(letter)) return undefined;
  return reader.next().codePointAt(0);
}

function readHexEscape(reader: PatternReader): number {
  reader.next();
  if (reader.accept('{')) {
    const hex = reader.readWhile(/[0-9a-fA-F]/);
    if (!hex || !reader.accept('}')) throw unsupported('\\x{...} without hex digits');
    return parseInt(hex, 16);
  }
  const hex = reader.peek(0) + reader.peek(1);
  if (!/^[0-9a-fA-F]{2}$/.test(hex)) throw unsupported('\\x without two hex digits');
  reader.pos += 2;
  return parseInt(hex, 16);
}

function readUnicodeEscape(reader: PatternReader): number {
  const readUnit = (): number | undefined => {
    const hex = [1, 2, 3, 4].map((i) => reader.peek(i)).join('');
    if (reader.peek() !== 'u' || !/^[0-9a-fA-F]{4}$/.test(hex)) return undefined;
    reader.pos += 5;
    return parseInt(hex, 16);
  };
  const unit = readUnit();
  if (unit === undefined) throw unsupported('\\u without four hex digits');
  // Two \u escapes forming a surrogate pair denote one supplementary character, as in Java.
  if (unit >= 0xd800 && unit <= 0xdbff && reader.peek() === '\\' && reader.peek(1) === 'u') {
    const save = reader.pos;
    reader.pos++;
    const low = readUnit();
    if (low !== undefined && low >= 0xdc00 && low <= 0xdfff) {
      return 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00);
    }
    reader.pos = save;
  }
  return unit;
}

/** \0n, \0nn, \0mnn (m <= 3): Java's octal escapes. */
function readOctalEscape(reader: PatternReader): number {
  reader.next();
  const digits = reader.peek(0) + reader.peek(1) + reader.peek(2);
  const octal = /^[0-3][0-7]{2}/.test(digits) ? digits : (/^[0-7]{1,2}/.exec(digits)?.[0] ?? '');
  if (!octal) throw unsupported('\\0 without octal digits');
  reader.pos += octal.length;
  return parseInt(octal, 8);
}
