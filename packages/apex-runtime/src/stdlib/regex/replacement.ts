/**
 * Java replacement strings (Matcher.replaceAll/replaceFirst, String.replaceAll/replaceFirst):
 * `$n` inserts group n (Java reads more digits only while they name an existing group), `${name}`
 * a named group, and a backslash makes the next character literal (`\$` is a dollar sign).
 * Malformed replacements (a trailing `\` or `$`, `$x`, a missing group), for which Java throws
 * and Apex's exception is undocumented, fail loudly with UnsupportedError.
 */
import { UnsupportedError } from '../../values.ts';
import type { CompiledPattern, MatchResult } from './engine.ts';

export type Part = string | { group: number };

function malformed(reason: string): UnsupportedError {
  return new UnsupportedError(`replacement string with ${reason}`);
}

/** Parses a replacement for a pattern (its group count and names decide `$nn`). */
export function parseReplacement(replacement: string, pattern: CompiledPattern): Part[] {
  const { groupCount, groupNames } = pattern.translated;
  const parts: Part[] = [];
  let text = '';
  let i = 0;
  while (i < replacement.length) {
    const char = replacement.charAt(i++);
    if (char === '\\') {
      if (i >= replacement.length) throw malformed('a trailing backslash');
      text += replacement.charAt(i++);
    } else if (char !== '$') {
      text += char;
    } else {
      let group: number;
      if (replacement.charAt(i) === '{') {
        const name = /^\{([a-zA-Z][a-zA-Z0-9]*)\}/.exec(replacement.slice(i))?.[1];
        const named = name === undefined ? undefined : groupNames.get(name);
        if (name === undefined || named === undefined) throw malformed('a bad ${name} reference');
        group = named;
        i += name.length + 2;
      } else {
        if (!/[0-9]/.test(replacement.charAt(i))) throw malformed("a '$' not followed by a group");
        group = Number(replacement.charAt(i++));
        while (i < replacement.length && /[0-9]/.test(replacement.charAt(i))) {
          const longer = group * 10 + Number(replacement.charAt(i));
          if (longer > groupCount) break;
          group = longer;
          i++;
        }
        if (group > groupCount) throw malformed(`a reference to missing group ${group}`);
      }
      if (text) parts.push(text);
      text = '';
      parts.push({ group });
    }
  }
  if (text) parts.push(text);
  return parts;
}

/** The replacement text for one match; an unset group inserts nothing. */
export function expandReplacement(parts: Part[], match: MatchResult): string {
  return parts
    .map((part) => (typeof part === 'string' ? part : (match.groups[part.group] ?? '')))
    .join('');
}

/**
 * Replaces each of `matches` (successive finds over `input`) when `all`, else only the first,
 * as Matcher.replaceAll/replaceFirst do.
 */
export function replaceEach(
  input: string,
  matches: Iterable<MatchResult>,
  parts: Part[],
  all: boolean,
): string {
  let result = '';
  let appended = 0;
  for (const match of matches) {
    result += input.slice(appended, match.start) + expandReplacement(parts, match);
    appended = match.end;
    if (!all) break;
  }
  return result + input.slice(appended);
}

/** Matcher.quoteReplacement: a replacement that inserts `text` literally. */
export function quoteReplacement(text: string): string {
  return text.replace(/[\\$]/g, (char) => `\\${char}`);
}
