/**
 * String.format(stringToFormat, formattingArguments): "The substitution and formatting are the same
 * as apex:outputText and the Java MessageFormat class. Non-string types in the second argument's List
 * are implicitly converted to strings, respecting the toString() method overrides", and from API 51.0
 * single quotes in the pattern are supported, i.e. they quote as in MessageFormat: `'{0}'` is the text
 * {0}, `''` is one quote, and a lone quote quotes the rest of the pattern ("can't {0}" prints
 * "cant {0}").
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_string.htm (format)
 *
 * Format types ({0,number,#.##}, {0,date}...) are not implemented: arguments are converted to strings
 * first, and Java rejects a string for a number or date format.
 */
import { UnsupportedError } from '../../values.ts';

type Segment = { text: string } | { argument: number };

function parsePattern(pattern: string): Segment[] {
  const segments: Segment[] = [];
  let text = '';
  let quoted = false;
  let i = 0;
  while (i < pattern.length) {
    const char = pattern[i] ?? '';
    if (char === "'") {
      if (pattern[i + 1] === "'") {
        text += "'";
        i += 2;
        continue;
      }
      quoted = !quoted;
      i += 1;
      continue;
    }
    if (char === '{' && !quoted) {
      const close = pattern.indexOf('}', i);
      if (close < 0) throw new UnsupportedError('String.format pattern with unmatched braces');
      const element = pattern.slice(i + 1, close);
      if (!/^\d+$/.test(element)) {
        throw new UnsupportedError(`String.format element {${element}} (only {n} is supported)`);
      }
      segments.push({ text }, { argument: Number(element) });
      text = '';
      i = close + 1;
      continue;
    }
    text += char;
    i += 1;
  }
  segments.push({ text });
  return segments;
}

/**
 * Formats `pattern` with arguments already converted to strings. An index without an argument
 * stays as the literal `{n}`, as MessageFormat leaves it.
 */
export function messageFormat(pattern: string, args: readonly string[]): string {
  return parsePattern(pattern)
    .map((segment) => {
      if ('text' in segment) return segment.text;
      return args[segment.argument] ?? `{${segment.argument}}`;
    })
    .join('');
}
