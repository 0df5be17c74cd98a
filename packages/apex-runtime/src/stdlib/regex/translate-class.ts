/**
 * Java character classes ([...]) to JavaScript. Translated: negation, ranges, escapes, \d \w \s
 * \h \v, \p{...}, \Q...\E, ASCII case-insensitivity. Not translated (UnsupportedError): unions
 * ([a[b]]), intersections (&&), and negated classes inside a class (\S, \H, \V, \P{Posix}) that
 * have no JavaScript class-member form.
 */
import {
  classMember,
  classRange,
  JAVA_HORIZONTAL_SPACE,
  JAVA_SPACE,
  JAVA_VERTICAL_SPACE,
} from './emit.ts';
import { propertyClass } from './properties.ts';
import { readCharEscape, unsupported, type PatternReader } from './reader.ts';

type ClassItem = { kind: 'char'; cp: number } | { kind: 'set'; text: string };

/** Reads a class whose '[' has been consumed; returns the JavaScript class. */
export function readClass(reader: PatternReader, caseInsensitive: boolean): string {
  const negated = reader.accept('^');
  if (reader.peek() === ']') throw unsupported("']' first in a character class");
  const parts: string[] = [];
  for (;;) {
    const char = reader.peek();
    if (char === '') throw unsupported('unclosed character class');
    if (char === ']') {
      reader.next();
      break;
    }
    if (char === '[') throw unsupported('nested character class (union)');
    if (char === '&' && reader.peek(1) === '&')
      throw unsupported('character class intersection (&&)');
    const item = readItem(reader, caseInsensitive);
    if (item.kind === 'char' && reader.peek() === '-' && !['', ']'].includes(reader.peek(1))) {
      reader.next();
      if (reader.peek() === '[') throw unsupported('range ending in a nested class');
      const end = readItem(reader, caseInsensitive);
      if (end.kind !== 'char') throw unsupported('range ending in a class escape');
      if (end.cp < item.cp) throw unsupported('illegal character range');
      parts.push(classRange(item.cp, end.cp, caseInsensitive));
    } else {
      parts.push(item.kind === 'char' ? classRange(item.cp, item.cp, caseInsensitive) : item.text);
    }
  }
  return `[${negated ? '^' : ''}${parts.join('')}]`;
}

const CLASS_SHORTHANDS: Record<string, string> = {
  d: '\\d',
  D: '\\D',
  w: '\\w',
  W: '\\W',
  s: JAVA_SPACE,
  h: JAVA_HORIZONTAL_SPACE,
  v: JAVA_VERTICAL_SPACE,
};

function readItem(reader: PatternReader, caseInsensitive: boolean): ClassItem {
  const char = reader.next();
  if (char !== '\\') return { kind: 'char', cp: char.codePointAt(0) ?? 0 };
  const letter = reader.peek();
  const shorthand = CLASS_SHORTHANDS[letter];
  if (shorthand !== undefined) {
    reader.next();
    return { kind: 'set', text: shorthand };
  }
  if (letter === 'p' || letter === 'P') return readProperty(reader, caseInsensitive);
  if (letter === 'Q') return { kind: 'set', text: readQuotedMembers(reader, caseInsensitive) };
  const cp = readCharEscape(reader);
  if (cp === undefined) throw unsupported(`\\${letter} in a character class`);
  return { kind: 'char', cp };
}

/** \p{Name}, \pL, \P{Name} (the 'p' or 'P' not yet consumed). */
export function readPropertyName(reader: PatternReader): string {
  reader.next();
  if (!reader.accept('{')) return reader.next();
  const name = reader.readWhile(/[^}]/);
  if (!reader.accept('}')) throw unsupported('unclosed \\p{');
  return name;
}

function readProperty(reader: PatternReader, caseInsensitive: boolean): ClassItem {
  const negated = reader.peek() === 'P';
  const name = readPropertyName(reader);
  const property = propertyClass(name, caseInsensitive);
  if (property.kind === 'unicode') {
    return { kind: 'set', text: `\\${negated ? 'P' : 'p'}{${property.body}}` };
  }
  if (negated) throw unsupported(`\\P{${name}} inside a character class`);
  return { kind: 'set', text: property.contents };
}

/** \Q...\E inside a class: each quoted character is a member. */
function readQuotedMembers(reader: PatternReader, caseInsensitive: boolean): string {
  reader.next();
  let text = '';
  while (!reader.eof && !reader.accept('\\E')) {
    const cp = reader.next().codePointAt(0) ?? 0;
    text += caseInsensitive ? classRange(cp, cp, true) : classMember(cp);
  }
  return text;
}
