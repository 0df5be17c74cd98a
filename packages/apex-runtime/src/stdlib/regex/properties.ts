/**
 * Java's \p{...} classes as JavaScript class contents.
 *
 * POSIX names are US-ASCII only in Java (java.util.regex.Pattern, "POSIX character classes
 * (US-ASCII only)"), so they become explicit ranges. Unicode general categories (\p{Lu},
 * \p{IsLu}, \p{gc=Lu}) and scripts (\p{IsLatin}, \p{sc=Latin}) map to JavaScript's \p{...} under
 * the 'u' flag. Blocks (\p{InGreek}), java.lang.Character classes (\p{javaLowerCase}) and binary
 * properties are not translated.
 */
import { unsupported } from './reader.ts';

/** Class contents (no brackets) for each POSIX name. */
const POSIX: Record<string, string> = {
  Lower: 'a-z',
  Upper: 'A-Z',
  ASCII: '\\u{0}-\\u{7f}',
  Alpha: 'a-zA-Z',
  Digit: '0-9',
  Alnum: 'a-zA-Z0-9',
  Punct: '!-\\/:-@\\[-`{-~',
  Graph: '!-~',
  Print: ' -~',
  Blank: ' \\t',
  Cntrl: '\\u{0}-\\u{1f}\\u{7f}',
  XDigit: '0-9a-fA-F',
  Space: ' \\t\\n\\u{b}\\f\\r',
};

const CATEGORIES = new Set(
  'L Lu Ll Lt Lm Lo M Mn Mc Me N Nd Nl No P Pc Pd Ps Pe Pi Pf Po S Sm Sc Sk So Z Zs Zl Zp C Cc Cf Co Cs Cn'.split(
    ' ',
  ),
);

/** Properties whose members change under case-insensitive matching in Java. */
const CASED = new Set(['Lower', 'Upper', 'Lu', 'Ll', 'Lt']);

export type PropertyClass =
  /** Contents to place inside [...] (POSIX ranges). */
  | { kind: 'ranges'; contents: string }
  /** A JavaScript \p{...} body, e.g. 'Lu' or 'Script=Latin'. */
  | { kind: 'unicode'; body: string };

export function propertyClass(name: string, caseInsensitive: boolean): PropertyClass {
  const bare = name.startsWith('Is') ? name.slice(2) : name;
  if (caseInsensitive && CASED.has(bare)) throw unsupported(`\\p{${name}} under (?i)`);
  const posix = POSIX[name];
  if (posix !== undefined) return { kind: 'ranges', contents: posix };
  const [key, value] = bare.split('=');
  if (value !== undefined) {
    if (/^(?:general_category|gc)$/i.test(key ?? '') && CATEGORIES.has(value)) {
      return { kind: 'unicode', body: value };
    }
    if (/^(?:script|sc)$/i.test(key ?? '') && /^[A-Za-z_]+$/.test(value)) {
      return { kind: 'unicode', body: `Script=${value}` };
    }
    throw unsupported(`\\p{${name}}`);
  }
  if (CATEGORIES.has(bare)) return { kind: 'unicode', body: bare };
  // \p{IsLatin}: Java's "Is" prefix also names scripts (validated when the RegExp is built).
  if (name.startsWith('Is') && /^[A-Z][A-Za-z_]+$/.test(bare)) {
    return { kind: 'unicode', body: `Script=${bare}` };
  }
  throw unsupported(`\\p{${name}}`);
}
