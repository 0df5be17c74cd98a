/**
 * Static String methods: isBlank/isEmpty, valueOf, join, format, fromCharArray, getCommonPrefix,
 * escapeSingleQuotes.
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_string.htm
 */
import { ApexList, ApexSet } from '../../collections.ts';
import { staticMethod } from '../../natives.ts';
import type { NativeContext, NativeMethod } from '../../natives.ts';
import { ApexDatetime, UnsupportedError } from '../../values.ts';
import type { ApexValue } from '../../values.ts';
import { nullPointer, optionalStringArg, stringArg } from '../numbers/arguments.ts';
import { formatForConcatenation, formatPrimitive } from '../numbers/format-primitive.ts';
import { datetimeToString } from '../datetime/standard-text.ts';
import { codePoints, isJavaWhitespace } from './characters.ts';
import { messageFormat } from './message-format.ts';
import { indexOfDifference } from './string-search.ts';

/** String.valueOf(Object): primitives by their fixed form, anything else by its toString. */
export function valueOf(value: ApexValue, ctx: NativeContext): string {
  return formatPrimitive(value) ?? ctx.stringify(value);
}

/**
 * The implicit toString conversion that format and join apply to non-string elements. It differs
 * from String.valueOf only for Date, whose toString carries a midnight time (see
 * formatForConcatenation).
 */
function implicitString(value: ApexValue, ctx: NativeContext): string {
  return formatForConcatenation(value) ?? ctx.stringify(value);
}

function isBlank(str: string | null): boolean {
  return str === null || codePoints(str).every(isJavaWhitespace);
}

/** The elements of a List or Set argument. */
function elementsOf(value: ApexValue, ctx: NativeContext, what: string): ApexValue[] {
  if (value === null) throw nullPointer(ctx);
  if (value instanceof ApexList) return value.items;
  if (value instanceof ApexSet) return Array.from(value.values());
  throw new UnsupportedError(`${what} of a value that is not a List or Set`);
}

/** Commons getCommonPrefix: the initial characters shared by every string. */
function commonPrefix(strings: string[]): string {
  const [first, ...rest] = strings;
  if (first === undefined) return '';
  let length = first.length;
  for (const other of rest) {
    const difference = indexOfDifference(first.slice(0, length), other);
    if (difference >= 0) length = Math.min(length, difference);
  }
  return first.slice(0, length);
}

const valueOfOverload = (type: string): NativeMethod =>
  staticMethod('valueOf', [type], 'String', (ctx, _self, args) => valueOf(args[0] ?? null, ctx));

export const stringStaticMethods: NativeMethod[] = [
  staticMethod('isBlank', ['String'], 'Boolean', (_ctx, _self, args) =>
    isBlank(optionalStringArg(args, 0)),
  ),
  staticMethod(
    'isNotBlank',
    ['String'],
    'Boolean',
    (_ctx, _self, args) => !isBlank(optionalStringArg(args, 0)),
  ),
  staticMethod(
    'isEmpty',
    ['String'],
    'Boolean',
    (_ctx, _self, args) => !optionalStringArg(args, 0),
  ),
  staticMethod(
    'isNotEmpty',
    ['String'],
    'Boolean',
    (_ctx, _self, args) => !!optionalStringArg(args, 0),
  ),
  ...['Date', 'Datetime', 'Decimal', 'Double', 'Integer', 'Long', 'Object'].map(valueOfOverload),
  // The user's time zone is GMT in this runtime, so valueOfGmt and valueOf(Datetime) agree.
  staticMethod('valueOfGmt', ['Datetime'], 'String', (ctx, _self, args) => {
    const value = args[0];
    if (!(value instanceof ApexDatetime)) throw nullPointer(ctx);
    return datetimeToString(value);
  }),
  staticMethod('join', ['Object', 'String'], 'String', (ctx, _self, args) => {
    const separator = stringArg(args, 1, ctx);
    return elementsOf(args[0] ?? null, ctx, 'String.join')
      .map((element) => implicitString(element, ctx))
      .join(separator);
  }),
  staticMethod('format', ['String', 'List<Object>'], 'String', (ctx, _self, args) => {
    const pattern = stringArg(args, 0, ctx);
    const values = elementsOf(args[1] ?? null, ctx, 'String.format').map((element) =>
      implicitString(element, ctx),
    );
    return messageFormat(pattern, values);
  }),
  staticMethod('fromCharArray', ['List<Integer>'], 'String', (ctx, _self, args) =>
    elementsOf(args[0] ?? null, ctx, 'String.fromCharArray')
      .map((code) => {
        if (typeof code !== 'number') throw nullPointer(ctx);
        if (code < 0 || code > 0x10ffff)
          throw new UnsupportedError(`String.fromCharArray with the value ${code}`);
        return String.fromCodePoint(code);
      })
      .join(''),
  ),
  staticMethod('getCommonPrefix', ['List<String>'], 'String', (ctx, _self, args) =>
    commonPrefix(
      elementsOf(args[0] ?? null, ctx, 'String.getCommonPrefix').map((element) => {
        if (typeof element !== 'string')
          throw new UnsupportedError('String.getCommonPrefix with a null element');
        return element;
      }),
    ),
  ),
  // "Returns a String with the escape character (\) added before any single quotation mark (') or backslash (\)".
  staticMethod('escapeSingleQuotes', ['String'], 'String', (ctx, _self, args) =>
    stringArg(args, 0, ctx).replace(/['\\]/g, '\\$&'),
  ),
];
