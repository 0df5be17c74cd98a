/**
 * escapeJava/unescapeJava, escapeEcmaScript/unescapeEcmaScript and escapeUnicode/unescapeUnicode,
 * following Apache Commons Text StringEscapeUtils, whose rules the Apex docs restate: quotes,
 * backslash and control characters are escaped, other characters outside U+0020-U+007F become
 * \uXXXX (upper-case hex, 'você' -> 'voc\u00EA'); EcmaScript also escapes ' and /.
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_string.htm
 */
import { UnsupportedError } from '../../values.ts';

const CONTROL_ESCAPES: Record<string, string> = {
  '\b': '\\b',
  '\n': '\\n',
  '\t': '\\t',
  '\f': '\\f',
  '\r': '\\r',
};

function unicodeEscape(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

function escapeWith(str: string, literal: Record<string, string>): string {
  let out = '';
  for (const char of str.split('')) {
    const code = char.charCodeAt(0);
    out +=
      literal[char] ??
      CONTROL_ESCAPES[char] ??
      (code < 0x20 || code > 0x7f ? unicodeEscape(char) : char);
  }
  return out;
}

export function escapeJava(str: string): string {
  return escapeWith(str, { '"': '\\"', '\\': '\\\\' });
}

export function escapeEcmaScript(str: string): string {
  return escapeWith(str, { "'": "\\'", '"': '\\"', '\\': '\\\\', '/': '\\/' });
}

/** escapeUnicode: the documented example covers characters above U+007F; control characters are not documented. */
export function escapeUnicode(str: string): string {
  // eslint-disable-next-line no-control-regex -- detecting control characters is the point
  if (/[\u0000-\u001F]/.test(str))
    throw new UnsupportedError('String.escapeUnicode() with control characters');
  return str.replace(/[\u0080-\uFFFF]/g, unicodeEscape);
}

const SIMPLE_UNESCAPES: Record<string, string> = {
  b: '\b',
  n: '\n',
  t: '\t',
  f: '\f',
  r: '\r',
  '\\': '\\',
  '"': '"',
  "'": "'",
};

/** \u+XXXX with any number of u's and an optional '+', as Commons' UnicodeUnescaper reads it. */
const UNICODE_ESCAPE = /^u+\+?([0-9a-fA-F]{4})/;

/** Commons UNESCAPE_JAVA (also UNESCAPE_ECMASCRIPT): octal, unicode, control and quote escapes. */
export function unescapeJava(str: string): string {
  return unescapeWith(str, true);
}

/** unescapeUnicode: only \uXXXX sequences are replaced. */
export function unescapeUnicode(str: string): string {
  return unescapeWith(str, false);
}

function unescapeWith(str: string, allEscapes: boolean): string {
  let out = '';
  let i = 0;
  while (i < str.length) {
    const char = str[i] ?? '';
    if (char !== '\\' || i + 1 >= str.length) {
      out += char;
      i += 1;
      continue;
    }
    const rest = str.slice(i + 1);
    const unicode = /^u/.test(rest) ? UNICODE_ESCAPE.exec(rest) : null;
    if (/^u/.test(rest)) {
      if (!unicode?.[1]) throw new UnsupportedError('a \\u escape with fewer than 4 hex digits');
      out += String.fromCharCode(parseInt(unicode[1], 16));
      i += 1 + unicode[0].length;
      continue;
    }
    if (!allEscapes) {
      out += char;
      i += 1;
      continue;
    }
    const octal = /^([0-3][0-7]{0,2}|[4-7][0-7]?)/.exec(rest);
    if (octal) {
      out += String.fromCharCode(parseInt(octal[0], 8));
      i += 1 + octal[0].length;
      continue;
    }
    const next = rest[0] ?? '';
    // Commons drops a backslash before any other character ("\q" -> "q").
    out += SIMPLE_UNESCAPES[next] ?? next;
    i += 2;
  }
  return out;
}
