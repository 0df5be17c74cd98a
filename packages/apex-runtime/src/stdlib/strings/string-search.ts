/**
 * String instance methods that compare or search: equals, compareTo, contains, indexOf, startsWith...
 * Semantics follow Java's String and Apache Commons StringUtils, which the Apex methods mirror.
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_string.htm
 */
import { method } from '../../natives.ts';
import type { NativeContext, NativeMethod } from '../../natives.ts';
import type { ApexValue } from '../../values.ts';
import {
  integerArg,
  isString,
  optionalStringArg,
  selfAs,
  stringArg,
} from '../numbers/arguments.ts';
import { charsEqualIgnoreCase, regionMatchesIgnoreCase } from './characters.ts';
import { sameId } from './id-equality.ts';

const text = (self: ApexValue, ctx: NativeContext): string => selfAs(self, isString, ctx);

/** Java String.compareTo: first differing UTF-16 unit, else the length difference. */
export function javaCompare(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i += 1) {
    const diff = a.charCodeAt(i) - b.charCodeAt(i);
    if (diff !== 0) return diff;
  }
  return a.length - b.length;
}

export function equalsIgnoreCase(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) {
    if (!charsEqualIgnoreCase(a[i] ?? '', b[i] ?? '')) return false;
  }
  return true;
}

/** Commons indexOfIgnoreCase(str, search, startPos). */
export function indexOfIgnoreCase(str: string, search: string, startPos: number): number {
  const start = Math.max(startPos, 0);
  const endLimit = str.length - search.length + 1;
  if (start > endLimit) return -1;
  if (search.length === 0) return start;
  for (let i = start; i < endLimit; i += 1) {
    if (regionMatchesIgnoreCase(str, i, search)) return i;
  }
  return -1;
}

/** Commons lastIndexOfIgnoreCase(str, search, startPos). */
function lastIndexOfIgnoreCase(str: string, search: string, startPos: number): number {
  let start = Math.min(startPos, str.length - search.length);
  if (start < 0) return -1;
  if (search.length === 0) return start;
  for (; start >= 0; start -= 1) {
    if (regionMatchesIgnoreCase(str, start, search)) return start;
  }
  return -1;
}

/** Java lastIndexOf(str, fromIndex): a negative fromIndex finds nothing. */
function lastIndexFrom(str: string, search: string, from: number): number {
  return from < 0 ? -1 : str.lastIndexOf(search, from);
}

/** Commons countMatches: non-overlapping occurrences; an empty or null substring counts 0. */
function countMatches(str: string, sub: string | null): number {
  if (!sub) return 0;
  let count = 0;
  for (let at = str.indexOf(sub); at >= 0; at = str.indexOf(sub, at + sub.length)) count += 1;
  return count;
}

/** Commons indexOfDifference. */
export function indexOfDifference(a: string, b: string): number {
  if (a === b) return -1;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  return i < a.length || i < b.length ? i : -1;
}

/** Commons getLevenshteinDistance (and the thresholded variant: -1 beyond the threshold). */
function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (current[j - 1] ?? 0) + 1,
        (previous[j] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Java indexOf(int ch, int fromIndex) by code point. */
function indexOfCodePoint(str: string, codePoint: number, from: number): number {
  return str.indexOf(String.fromCodePoint(codePoint), Math.max(from, 0));
}

export const stringSearchMethods: NativeMethod[] = [
  method('compareTo', ['String'], 'Integer', (ctx, self, args) =>
    javaCompare(text(self, ctx), stringArg(args, 0, ctx)),
  ),
  method('equals', ['Object'], 'Boolean', (ctx, self, args) => {
    const other = args[0];
    return typeof other === 'string' && sameId(text(self, ctx), other);
  }),
  method('equalsIgnoreCase', ['String'], 'Boolean', (ctx, self, args) => {
    const other = optionalStringArg(args, 0);
    return other !== null && equalsIgnoreCase(text(self, ctx), other);
  }),
  method('contains', ['String'], 'Boolean', (ctx, self, args) =>
    text(self, ctx).includes(stringArg(args, 0, ctx)),
  ),
  method(
    'containsIgnoreCase',
    ['String'],
    'Boolean',
    (ctx, self, args) => indexOfIgnoreCase(text(self, ctx), stringArg(args, 0, ctx), 0) >= 0,
  ),
  method('containsAny', ['String'], 'Boolean', (ctx, self, args) => {
    const chars = stringArg(args, 0, ctx);
    return Array.from(text(self, ctx)).some((char) => chars.includes(char));
  }),
  method('containsNone', ['String'], 'Boolean', (ctx, self, args) => {
    const chars = stringArg(args, 0, ctx);
    return !Array.from(text(self, ctx)).some((char) => chars.includes(char));
  }),
  method('containsOnly', ['String'], 'Boolean', (ctx, self, args) => {
    const chars = stringArg(args, 0, ctx);
    return Array.from(text(self, ctx)).every((char) => chars.includes(char));
  }),
  method('countMatches', ['String'], 'Integer', (ctx, self, args) =>
    countMatches(text(self, ctx), optionalStringArg(args, 0)),
  ),
  method('difference', ['String'], 'String', (ctx, self, args) => {
    const other = stringArg(args, 0, ctx);
    const at = indexOfDifference(text(self, ctx), other);
    return at < 0 ? '' : other.slice(at);
  }),
  method('endsWith', ['String'], 'Boolean', (ctx, self, args) =>
    text(self, ctx).endsWith(stringArg(args, 0, ctx)),
  ),
  method('endsWithIgnoreCase', ['String'], 'Boolean', (ctx, self, args) => {
    const str = text(self, ctx);
    const suffix = stringArg(args, 0, ctx);
    return regionMatchesIgnoreCase(str, str.length - suffix.length, suffix);
  }),
  method('getLevenshteinDistance', ['String'], 'Integer', (ctx, self, args) =>
    levenshtein(text(self, ctx), stringArg(args, 0, ctx)),
  ),
  method('getLevenshteinDistance', ['String', 'Integer'], 'Integer', (ctx, self, args) => {
    const distance = levenshtein(text(self, ctx), stringArg(args, 0, ctx));
    return distance <= integerArg(args, 1, ctx) ? distance : -1;
  }),
  method('indexOf', ['String'], 'Integer', (ctx, self, args) =>
    text(self, ctx).indexOf(stringArg(args, 0, ctx)),
  ),
  method('indexOf', ['String', 'Integer'], 'Integer', (ctx, self, args) =>
    text(self, ctx).indexOf(stringArg(args, 0, ctx), Math.max(integerArg(args, 1, ctx), 0)),
  ),
  method('indexOfAny', ['String'], 'Integer', (ctx, self, args) => {
    const chars = stringArg(args, 0, ctx);
    const str = text(self, ctx);
    for (let i = 0; i < str.length; i += 1) if (chars.includes(str[i] ?? '')) return i;
    return -1;
  }),
  method('indexOfAnyBut', ['String'], 'Integer', (ctx, self, args) => {
    const chars = stringArg(args, 0, ctx);
    const str = text(self, ctx);
    for (let i = 0; i < str.length; i += 1) if (!chars.includes(str[i] ?? '')) return i;
    return -1;
  }),
  method('indexOfChar', ['Integer'], 'Integer', (ctx, self, args) =>
    indexOfCodePoint(text(self, ctx), integerArg(args, 0, ctx), 0),
  ),
  method('indexOfChar', ['Integer', 'Integer'], 'Integer', (ctx, self, args) =>
    indexOfCodePoint(text(self, ctx), integerArg(args, 0, ctx), integerArg(args, 1, ctx)),
  ),
  method('indexOfDifference', ['String'], 'Integer', (ctx, self, args) =>
    indexOfDifference(text(self, ctx), stringArg(args, 0, ctx)),
  ),
  method('indexOfIgnoreCase', ['String'], 'Integer', (ctx, self, args) =>
    indexOfIgnoreCase(text(self, ctx), stringArg(args, 0, ctx), 0),
  ),
  method('indexOfIgnoreCase', ['String', 'Integer'], 'Integer', (ctx, self, args) =>
    indexOfIgnoreCase(text(self, ctx), stringArg(args, 0, ctx), integerArg(args, 1, ctx)),
  ),
  method('lastIndexOf', ['String'], 'Integer', (ctx, self, args) =>
    text(self, ctx).lastIndexOf(stringArg(args, 0, ctx)),
  ),
  method('lastIndexOf', ['String', 'Integer'], 'Integer', (ctx, self, args) =>
    lastIndexFrom(text(self, ctx), stringArg(args, 0, ctx), integerArg(args, 1, ctx)),
  ),
  method('lastIndexOfChar', ['Integer'], 'Integer', (ctx, self, args) => {
    const str = text(self, ctx);
    return str.lastIndexOf(String.fromCodePoint(integerArg(args, 0, ctx)));
  }),
  method('lastIndexOfChar', ['Integer', 'Integer'], 'Integer', (ctx, self, args) =>
    lastIndexFrom(
      text(self, ctx),
      String.fromCodePoint(integerArg(args, 0, ctx)),
      integerArg(args, 1, ctx),
    ),
  ),
  method('lastIndexOfIgnoreCase', ['String'], 'Integer', (ctx, self, args) => {
    const str = text(self, ctx);
    return lastIndexOfIgnoreCase(str, stringArg(args, 0, ctx), str.length);
  }),
  method('lastIndexOfIgnoreCase', ['String', 'Integer'], 'Integer', (ctx, self, args) =>
    lastIndexOfIgnoreCase(text(self, ctx), stringArg(args, 0, ctx), integerArg(args, 1, ctx)),
  ),
  method('startsWith', ['String'], 'Boolean', (ctx, self, args) =>
    text(self, ctx).startsWith(stringArg(args, 0, ctx)),
  ),
  method('startsWithIgnoreCase', ['String'], 'Boolean', (ctx, self, args) =>
    regionMatchesIgnoreCase(text(self, ctx), 0, stringArg(args, 0, ctx)),
  ),
];
