/**
 * Java regular expressions for Apex: System.Pattern and System.Matcher natives, and the helpers
 * String.replaceAll/replaceFirst/split/matches use.
 */
import type { NativeClass } from '../../natives.ts';
import { compilePattern } from './engine.ts';
import { matcherClass, patternClass } from './natives.ts';
import { parseReplacement, replaceEach } from './replacement.ts';
import { splitJava } from './split.ts';

export { translateJavaRegex, translateJavaPattern, type TranslatedPattern } from './translate.ts';
export { ApexMatcher, ApexPattern } from './matcher.ts';
export { quotePattern } from './natives.ts';
export { quoteReplacement } from './replacement.ts';

export const regexClasses: NativeClass[] = [patternClass, matcherClass];

/** Java's String.split(regex, limit) (Pattern.split semantics, see split.ts). */
export function splitWithJavaRegex(regex: string, input: string, limit = 0): string[] {
  return splitJava(compilePattern(regex), input, limit);
}

/** Java's String.replaceAll (all = true) / replaceFirst, with Java replacement syntax ($1, \$). */
export function replaceWithJavaRegex(
  regex: string,
  input: string,
  replacement: string,
  all: boolean,
): string {
  const pattern = compilePattern(regex);
  return replaceEach(input, pattern.findAll(input), parseReplacement(replacement, pattern), all);
}

/** Java's String.matches(regex): the whole input matches. */
export function matchesJavaRegex(regex: string, input: string): boolean {
  return compilePattern(regex).matchWhole(input) !== undefined;
}
