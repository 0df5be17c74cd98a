/**
 * String instance methods that build a new string: trim, case changes, padding, repeat, replace,
 * split. Padding and repeating follow Apache Commons StringUtils (leftPad, center, repeat); split,
 * replaceAll and replaceFirst use the Java regex engine of src/stdlib/regex (Java 8+ split: no
 * leading empty string for a zero-width match, trailing empty strings dropped when limit is 0).
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_string.htm
 */
import { ApexList } from '../../collections.ts';
import { method } from '../../natives.ts';
import type { NativeContext, NativeMethod } from '../../natives.ts';
import { primitive, UnsupportedError } from '../../values.ts';
import type { ApexValue } from '../../values.ts';
import {
  integerArg,
  isString,
  optionalStringArg,
  selfAs,
  stringArg,
} from '../numbers/arguments.ts';
import {
  codePoints,
  isJavaWhitespace,
  isLowerCase,
  isTitleCase,
  isUpperCase,
  toLowerChar,
  toTitleChar,
  toUpperChar,
} from './characters.ts';
import { replaceWithJavaRegex, splitWithJavaRegex } from '../regex/index.ts';

const text = (self: ApexValue, ctx: NativeContext): string => selfAs(self, isString, ctx);

/** Java String.trim: strips characters up to U+0020 (spaces and ASCII control characters) at both ends. */
export function javaTrim(str: string): string {
  // eslint-disable-next-line no-control-regex -- Java's trim strips every char <= U+0020
  return str.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
}

/** "Normalizes the following white space characters: space, tab, new line, carriage return, and form feed." */
function normalizeSpace(str: string): string {
  return javaTrim(str).replace(/[ \t\n\r\f]+/g, ' ');
}

/** Commons padding: the pad string repeats and is cut to fit; null or empty pads with a space. */
function padding(length: number, pad: string | null): string {
  const unit = pad ? pad : ' ';
  if (length <= 0) return '';
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

function leftPad(str: string, size: number, pad: string | null): string {
  return padding(size - str.length, pad) + str;
}

function rightPad(str: string, size: number, pad: string | null): string {
  return str + padding(size - str.length, pad);
}

/** Commons center: half the padding on the left (rounded down), the rest on the right. */
function center(str: string, size: number, pad: string | null): string {
  const pads = size - str.length;
  if (pads <= 0) return str;
  return rightPad(leftPad(str, str.length + Math.floor(pads / 2), pad), size, pad);
}

function changeFirst(str: string, change: (char: string) => string): string {
  const [first, ...rest] = codePoints(str);
  return first === undefined ? str : change(first) + rest.join('');
}

function swapCase(str: string): string {
  return codePoints(str)
    .map((char) => {
      if (isUpperCase(char) || isTitleCase(char)) return toLowerChar(char);
      return isLowerCase(char) ? toUpperChar(char) : char;
    })
    .join('');
}

/** toLowerCase(locale) / toUpperCase(locale): Java locale names such as 'tr' or 'en_US'. */
function localeOf(locale: string): string {
  const tag = locale.replace(/_/g, '-');
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? tag;
  } catch {
    throw new UnsupportedError(`String case conversion for locale '${locale}'`);
  }
}

function repeated(str: string, times: number, separator: string): string {
  return times <= 0 ? '' : Array<string>(times).fill(str).join(separator);
}

function split(str: string, pattern: string, limit: number): ApexList {
  return new ApexList(primitive('String'), splitWithJavaRegex(pattern, str, limit));
}

export const stringTransformMethods: NativeMethod[] = [
  method('trim', [], 'String', (ctx, self) => javaTrim(text(self, ctx))),
  method('normalizeSpace', [], 'String', (ctx, self) => normalizeSpace(text(self, ctx))),
  method('deleteWhitespace', [], 'String', (ctx, self) =>
    codePoints(text(self, ctx))
      .filter((char) => !isJavaWhitespace(char))
      .join(''),
  ),
  // "using the rules of the default (English US) locale": JavaScript's locale-independent mapping.
  method('toLowerCase', [], 'String', (ctx, self) => text(self, ctx).toLowerCase()),
  method('toUpperCase', [], 'String', (ctx, self) => text(self, ctx).toUpperCase()),
  method('toLowerCase', ['String'], 'String', (ctx, self, args) =>
    text(self, ctx).toLocaleLowerCase(localeOf(stringArg(args, 0, ctx))),
  ),
  method('toUpperCase', ['String'], 'String', (ctx, self, args) =>
    text(self, ctx).toLocaleUpperCase(localeOf(stringArg(args, 0, ctx))),
  ),
  method('capitalize', [], 'String', (ctx, self) => changeFirst(text(self, ctx), toTitleChar)),
  method('uncapitalize', [], 'String', (ctx, self) => changeFirst(text(self, ctx), toLowerChar)),
  method('swapCase', [], 'String', (ctx, self) => swapCase(text(self, ctx))),
  method('reverse', [], 'String', (ctx, self) => codePoints(text(self, ctx)).reverse().join('')),
  method('repeat', ['Integer'], 'String', (ctx, self, args) =>
    repeated(text(self, ctx), integerArg(args, 0, ctx), ''),
  ),
  method('repeat', ['String', 'Integer'], 'String', (ctx, self, args) =>
    repeated(text(self, ctx), integerArg(args, 1, ctx), stringArg(args, 0, ctx)),
  ),
  method('leftPad', ['Integer'], 'String', (ctx, self, args) =>
    leftPad(text(self, ctx), integerArg(args, 0, ctx), ' '),
  ),
  method('leftPad', ['Integer', 'String'], 'String', (ctx, self, args) =>
    leftPad(text(self, ctx), integerArg(args, 0, ctx), optionalStringArg(args, 1)),
  ),
  method('rightPad', ['Integer'], 'String', (ctx, self, args) =>
    rightPad(text(self, ctx), integerArg(args, 0, ctx), ' '),
  ),
  method('rightPad', ['Integer', 'String'], 'String', (ctx, self, args) =>
    rightPad(text(self, ctx), integerArg(args, 0, ctx), optionalStringArg(args, 1)),
  ),
  method('center', ['Integer'], 'String', (ctx, self, args) =>
    center(text(self, ctx), integerArg(args, 0, ctx), ' '),
  ),
  method('center', ['Integer', 'String'], 'String', (ctx, self, args) =>
    center(text(self, ctx), integerArg(args, 0, ctx), optionalStringArg(args, 1)),
  ),
  method('replace', ['String', 'String'], 'String', (ctx, self, args) => {
    const replacement = stringArg(args, 1, ctx);
    return text(self, ctx).replaceAll(stringArg(args, 0, ctx), () => replacement);
  }),
  method('replaceAll', ['String', 'String'], 'String', (ctx, self, args) =>
    replaceWithJavaRegex(stringArg(args, 0, ctx), text(self, ctx), stringArg(args, 1, ctx), true),
  ),
  method('replaceFirst', ['String', 'String'], 'String', (ctx, self, args) =>
    replaceWithJavaRegex(stringArg(args, 0, ctx), text(self, ctx), stringArg(args, 1, ctx), false),
  ),
  method('split', ['String'], 'List<String>', (ctx, self, args) =>
    split(text(self, ctx), stringArg(args, 0, ctx), 0),
  ),
  method('split', ['String', 'Integer'], 'List<String>', (ctx, self, args) =>
    split(text(self, ctx), stringArg(args, 0, ctx), integerArg(args, 1, ctx)),
  ),
];
