/**
 * String instance methods that cut a string: substring, left/right/mid, substringBefore/After/Between,
 * remove*, abbreviate, and the character accessors. Null and empty arguments behave as in Apache
 * Commons StringUtils, whose contract these methods follow.
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_string.htm
 */
import { ApexList } from '../../collections.ts';
import { method } from '../../natives.ts';
import type { NativeContext, NativeMethod } from '../../natives.ts';
import { primitive, UnsupportedError } from '../../values.ts';
import type { ApexValue } from '../../values.ts';
import { integerArg, isString, optionalStringArg, selfAs } from '../numbers/arguments.ts';
import { regionMatchesIgnoreCase } from './characters.ts';

const text = (self: ApexValue, ctx: NativeContext): string => selfAs(self, isString, ctx);

/** Java substring bounds, reported with the wording Apex uses. */
function substring(str: string, start: number, end: number, ctx: NativeContext): string {
  if (start < 0 || start > str.length) {
    throw ctx.error('System.StringException', `Starting position out of bounds: ${start}`);
  }
  if (end > str.length || end < start) {
    throw ctx.error('System.StringException', `Ending position out of bounds: ${end}`);
  }
  return str.slice(start, end);
}

function substringBefore(str: string, separator: string | null): string {
  if (separator === null) return str;
  if (separator === '') return '';
  const at = str.indexOf(separator);
  return at < 0 ? str : str.slice(0, at);
}

function substringAfter(str: string, separator: string | null): string {
  if (separator === null) return '';
  const at = str.indexOf(separator);
  return at < 0 ? '' : str.slice(at + separator.length);
}

function substringBeforeLast(str: string, separator: string | null): string {
  if (!separator) return str;
  const at = str.lastIndexOf(separator);
  return at < 0 ? str : str.slice(0, at);
}

function substringAfterLast(str: string, separator: string | null): string {
  if (!separator) return '';
  const at = str.lastIndexOf(separator);
  return at < 0 || at === str.length - separator.length ? '' : str.slice(at + separator.length);
}

function substringBetween(str: string, open: string | null, close: string | null): string | null {
  if (open === null || close === null) return null;
  const start = str.indexOf(open);
  if (start < 0) return null;
  const end = str.indexOf(close, start + open.length);
  return end < 0 ? null : str.slice(start + open.length, end);
}

/** Commons abbreviate(str, offset, maxWidth). */
function abbreviate(str: string, offset: number, maxWidth: number): string {
  // The docs say a too-small width "throws a run-time exception" without naming it.
  if (maxWidth < 4) throw new UnsupportedError('String.abbreviate with a width below 4');
  if (str.length <= maxWidth) return str;
  let start = Math.min(offset, str.length);
  if (str.length - start < maxWidth - 3) start = str.length - (maxWidth - 3);
  if (start <= 4) return `${str.slice(0, maxWidth - 3)}...`;
  if (maxWidth < 7)
    throw new UnsupportedError('String.abbreviate with an offset and a width below 7');
  if (start + maxWidth - 3 < str.length)
    return `...${abbreviate(str.slice(start), 0, maxWidth - 3)}`;
  return `...${str.slice(str.length - (maxWidth - 3))}`;
}

function removeAll(str: string, sub: string | null): string {
  return sub ? str.split(sub).join('') : str;
}

function removeStart(str: string, prefix: string | null, ignoreCase: boolean): string {
  if (!prefix) return str;
  const matches = ignoreCase ? regionMatchesIgnoreCase(str, 0, prefix) : str.startsWith(prefix);
  return matches ? str.slice(prefix.length) : str;
}

function removeEnd(str: string, suffix: string | null, ignoreCase: boolean): string {
  if (!suffix) return str;
  const at = str.length - suffix.length;
  const matches = ignoreCase ? regionMatchesIgnoreCase(str, at, suffix) : str.endsWith(suffix);
  return matches ? str.slice(0, at) : str;
}

/** A UTF-16 index the character accessors accept; Apex's error for a bad one is not documented. */
function checkedIndex(index: number, max: number): number {
  if (index < 0 || index > max) throw new UnsupportedError(`String index ${index} out of range`);
  return index;
}

export const stringSlicingMethods: NativeMethod[] = [
  method('length', [], 'Integer', (ctx, self) => text(self, ctx).length),
  method('substring', ['Integer'], 'String', (ctx, self, args) => {
    const str = text(self, ctx);
    return substring(str, integerArg(args, 0, ctx), str.length, ctx);
  }),
  method('substring', ['Integer', 'Integer'], 'String', (ctx, self, args) =>
    substring(text(self, ctx), integerArg(args, 0, ctx), integerArg(args, 1, ctx), ctx),
  ),
  method('left', ['Integer'], 'String', (ctx, self, args) =>
    text(self, ctx).slice(0, Math.max(integerArg(args, 0, ctx), 0)),
  ),
  method('right', ['Integer'], 'String', (ctx, self, args) => {
    const str = text(self, ctx);
    const length = integerArg(args, 0, ctx);
    return length <= 0 ? '' : str.slice(Math.max(str.length - length, 0));
  }),
  method('mid', ['Integer', 'Integer'], 'String', (ctx, self, args) => {
    const str = text(self, ctx);
    const start = Math.max(integerArg(args, 0, ctx), 0);
    const length = integerArg(args, 1, ctx);
    return length <= 0 || start > str.length ? '' : str.slice(start, start + length);
  }),
  method('substringBefore', ['String'], 'String', (ctx, self, args) =>
    substringBefore(text(self, ctx), optionalStringArg(args, 0)),
  ),
  method('substringAfter', ['String'], 'String', (ctx, self, args) =>
    substringAfter(text(self, ctx), optionalStringArg(args, 0)),
  ),
  method('substringBeforeLast', ['String'], 'String', (ctx, self, args) =>
    substringBeforeLast(text(self, ctx), optionalStringArg(args, 0)),
  ),
  method('substringAfterLast', ['String'], 'String', (ctx, self, args) =>
    substringAfterLast(text(self, ctx), optionalStringArg(args, 0)),
  ),
  method('substringBetween', ['String'], 'String', (ctx, self, args) => {
    const tag = optionalStringArg(args, 0);
    return substringBetween(text(self, ctx), tag, tag);
  }),
  method('substringBetween', ['String', 'String'], 'String', (ctx, self, args) =>
    substringBetween(text(self, ctx), optionalStringArg(args, 0), optionalStringArg(args, 1)),
  ),
  method('remove', ['String'], 'String', (ctx, self, args) =>
    removeAll(text(self, ctx), optionalStringArg(args, 0)),
  ),
  method('removeStart', ['String'], 'String', (ctx, self, args) =>
    removeStart(text(self, ctx), optionalStringArg(args, 0), false),
  ),
  method('removeStartIgnoreCase', ['String'], 'String', (ctx, self, args) =>
    removeStart(text(self, ctx), optionalStringArg(args, 0), true),
  ),
  method('removeEnd', ['String'], 'String', (ctx, self, args) =>
    removeEnd(text(self, ctx), optionalStringArg(args, 0), false),
  ),
  method('removeEndIgnoreCase', ['String'], 'String', (ctx, self, args) =>
    removeEnd(text(self, ctx), optionalStringArg(args, 0), true),
  ),
  method('abbreviate', ['Integer'], 'String', (ctx, self, args) =>
    abbreviate(text(self, ctx), 0, integerArg(args, 0, ctx)),
  ),
  method('abbreviate', ['Integer', 'Integer'], 'String', (ctx, self, args) =>
    abbreviate(text(self, ctx), integerArg(args, 1, ctx), integerArg(args, 0, ctx)),
  ),
  method('charAt', ['Integer'], 'Integer', (ctx, self, args) => {
    const str = text(self, ctx);
    return str.charCodeAt(checkedIndex(integerArg(args, 0, ctx), str.length - 1));
  }),
  method('codePointAt', ['Integer'], 'Integer', (ctx, self, args) => {
    const str = text(self, ctx);
    return str.codePointAt(checkedIndex(integerArg(args, 0, ctx), str.length - 1)) ?? 0;
  }),
  method('codePointBefore', ['Integer'], 'Integer', (ctx, self, args) => {
    const str = text(self, ctx);
    const index = checkedIndex(integerArg(args, 0, ctx), str.length);
    if (index < 1) throw new UnsupportedError('String.codePointBefore(0)');
    const low = str.charCodeAt(index - 1);
    const isPair =
      index >= 2 && low >= 0xdc00 && low <= 0xdfff && /[\uD800-\uDBFF]/.test(str[index - 2] ?? '');
    return isPair ? (str.codePointAt(index - 2) ?? low) : low;
  }),
  method('codePointCount', ['Integer', 'Integer'], 'Integer', (ctx, self, args) => {
    const str = text(self, ctx);
    const end = checkedIndex(integerArg(args, 1, ctx), str.length);
    const begin = checkedIndex(integerArg(args, 0, ctx), end);
    return Array.from(str.slice(begin, end)).length;
  }),
  method('getChars', [], 'List<Integer>', (ctx, self) => {
    const str = text(self, ctx);
    return new ApexList(
      primitive('Integer'),
      Array.from({ length: str.length }, (_, i) => str.charCodeAt(i)),
    );
  }),
];
