/**
 * String methods that classify characters: isNumeric, isAlpha, isAllLowerCase, isWhitespace...
 * Character classes are Java's (Unicode letters and decimal digits).
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_string.htm
 *
 * For the empty string, Apache Commons Lang 2 (true) and 3 (false) disagree on isAlpha,
 * isAlphanumeric and isNumeric, and the Apex docs do not say; those refuse an empty receiver.
 */
import { method } from '../../natives.ts';
import type { NativeContext, NativeMethod } from '../../natives.ts';
import { UnsupportedError } from '../../values.ts';
import type { ApexValue } from '../../values.ts';
import { isString, selfAs } from '../numbers/arguments.ts';
import {
  codePoints,
  isDigit,
  isJavaWhitespace,
  isLetter,
  isLowerCase,
  isUpperCase,
} from './characters.ts';

type CharTest = (char: string) => boolean;

const isSpace: CharTest = (char) => char === ' ';
const either =
  (...tests: CharTest[]): CharTest =>
  (char) =>
    tests.some((test) => test(char));

/** Every character passes; `empty` is the documented answer for '' or 'unknown'. */
function classifier(name: string, test: CharTest, empty: boolean | 'unknown'): NativeMethod {
  return method(name, [], 'Boolean', (ctx: NativeContext, self: ApexValue) => {
    const str = selfAs(self, isString, ctx);
    if (str === '') {
      if (empty === 'unknown') throw new UnsupportedError(`String.${name}() on an empty string`);
      return empty;
    }
    return codePoints(str).every(test);
  });
}

export const stringClassifyMethods: NativeMethod[] = [
  classifier('isAllLowerCase', isLowerCase, false),
  classifier('isAllUpperCase', isUpperCase, false),
  classifier('isAlpha', isLetter, 'unknown'),
  classifier('isAlphaSpace', either(isLetter, isSpace), true),
  classifier('isAlphanumeric', either(isLetter, isDigit), 'unknown'),
  classifier('isAlphanumericSpace', either(isLetter, isDigit, isSpace), true),
  classifier('isAsciiPrintable', (char) => char >= ' ' && char <= '~', true),
  classifier('isNumeric', isDigit, 'unknown'),
  classifier('isNumericSpace', either(isDigit, isSpace), true),
  // "Returns true if the current String contains only white space characters or is empty."
  classifier('isWhitespace', isJavaWhitespace, true),
  method('containsWhitespace', [], 'Boolean', (ctx, self) =>
    codePoints(selfAs(self, isString, ctx)).some(isJavaWhitespace),
  ),
];
