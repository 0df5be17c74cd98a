/**
 * System.Pattern
 * (https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_classes_pattern_and_matcher_pattern_methods.htm)
 * and System.Matcher
 * (https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_classes_pattern_and_matcher_matcher_methods.htm).
 *
 * Pattern.matches(regex, input) matches the whole input, like Matcher.matches(). Reading a group
 * or position before a successful match throws System.StringException with Java's message ('No
 * match found' / 'No match available').
 *
 * Not implemented: Matcher.hitEnd, requireEnd, region, regionStart, regionEnd, usePattern,
 * useAnchoringBounds, useTransparentBounds, hasAnchoringBounds, hasTransparentBounds.
 */
import { ApexList } from '../../collections.ts';
import { method, staticMethod, type NativeClass, type NativeContext } from '../../natives.ts';
import { primitive, UnsupportedError, type ApexValue } from '../../values.ts';
import { compilePattern, type MatchResult } from './engine.ts';
import { ApexMatcher, ApexPattern } from './matcher.ts';
import { parseReplacement, quoteReplacement, replaceEach } from './replacement.ts';
import { splitJava } from './split.ts';

function text(ctx: NativeContext, value: ApexValue | undefined): string {
  if (value === null || value === undefined) {
    throw ctx.error('System.NullPointerException', 'Argument cannot be null.');
  }
  if (typeof value !== 'string') throw new TypeError('Expected a String');
  return value;
}

function integer(ctx: NativeContext, value: ApexValue | undefined): number {
  if (value === null || value === undefined) {
    throw ctx.error('System.NullPointerException', 'Argument cannot be null.');
  }
  if (typeof value !== 'number') throw new TypeError('Expected an Integer');
  return value;
}

function asPattern(self: ApexValue): ApexPattern {
  if (self instanceof ApexPattern) return self;
  throw new TypeError('System.Pattern method called on another value');
}

function asMatcher(self: ApexValue): ApexMatcher {
  if (self instanceof ApexMatcher) return self;
  throw new TypeError('System.Matcher method called on another value');
}

/** Java's Pattern.quote: the text between \Q and \E, with any \E inside it spliced out. */
export function quotePattern(literal: string): string {
  return `\\Q${literal.split('\\E').join('\\E\\\\E\\Q')}\\E`;
}

/** The current match, or Java's IllegalStateException as a System.StringException. */
function currentMatch(ctx: NativeContext, matcher: ApexMatcher, message: string): MatchResult {
  const match = matcher.match;
  if (!match) throw ctx.error('System.StringException', message);
  return match;
}

function groupIndex(matcher: ApexMatcher, index: number): number {
  if (index < 0 || index > matcher.pattern.compiled.groupCount) {
    throw new UnsupportedError(`Matcher group ${index} of a pattern without that group`);
  }
  return index;
}

function group(ctx: NativeContext, self: ApexValue, args: ApexValue[]): ApexValue {
  const matcher = asMatcher(self);
  const match = currentMatch(ctx, matcher, 'No match found');
  const index = args.length === 0 ? 0 : groupIndex(matcher, integer(ctx, args[0]));
  return match.groups[index] ?? null;
}

function position(which: 0 | 1) {
  return (ctx: NativeContext, self: ApexValue, args: ApexValue[]): ApexValue => {
    const matcher = asMatcher(self);
    const match = currentMatch(ctx, matcher, 'No match available');
    const index = args.length === 0 ? 0 : groupIndex(matcher, integer(ctx, args[0]));
    return match.indices[index]?.[which] ?? -1;
  };
}

/** Successive find()s of a matcher, leaving it in the state Java's loop would. */
function* finds(matcher: ApexMatcher): Generator<MatchResult> {
  while (matcher.find()) {
    const match = matcher.match;
    if (match) yield match;
  }
}

/** Matcher.replaceAll/replaceFirst: they reset the matcher, then find as Java does. */
function replace(all: boolean) {
  return (ctx: NativeContext, self: ApexValue, args: ApexValue[]): ApexValue => {
    const matcher = asMatcher(self);
    const parts = parseReplacement(text(ctx, args[0]), matcher.pattern.compiled);
    matcher.reset();
    return replaceEach(matcher.input, finds(matcher), parts, all);
  };
}

function split(ctx: NativeContext, self: ApexValue, args: ApexValue[]): ApexValue {
  const limit = args.length > 1 ? integer(ctx, args[1]) : 0;
  const pieces = splitJava(asPattern(self).compiled, text(ctx, args[0]), limit);
  return new ApexList(primitive('String'), pieces);
}

export const patternClass: NativeClass = {
  name: 'System.Pattern',
  methods: [
    staticMethod('compile', ['String'], 'System.Pattern', (ctx, _self, [regex]) => {
      return new ApexPattern(compilePattern(text(ctx, regex)));
    }),
    staticMethod('matches', ['String', 'String'], 'Boolean', (ctx, _self, [regex, input]) => {
      return compilePattern(text(ctx, regex)).matchWhole(text(ctx, input)) !== undefined;
    }),
    staticMethod('quote', ['String'], 'String', (ctx, _self, [literal]) =>
      quotePattern(text(ctx, literal)),
    ),
    method('matcher', ['String'], 'System.Matcher', (ctx, self, [input]) => {
      return new ApexMatcher(asPattern(self), text(ctx, input));
    }),
    method('pattern', [], 'String', (_ctx, self) => asPattern(self).compiled.pattern),
    method('split', ['String'], 'List<String>', split),
    method('split', ['String', 'Integer'], 'List<String>', split),
  ],
};

export const matcherClass: NativeClass = {
  name: 'System.Matcher',
  methods: [
    method('end', [], 'Integer', position(1)),
    method('end', ['Integer'], 'Integer', position(1)),
    method('find', [], 'Boolean', (_ctx, self) => asMatcher(self).find()),
    method('find', ['Integer'], 'Boolean', (ctx, self, [start]) => {
      const matcher = asMatcher(self);
      const from = integer(ctx, start);
      if (from < 0 || from > matcher.input.length) {
        throw new UnsupportedError('Matcher.find(start) with a start outside the input');
      }
      return matcher.findFrom(from);
    }),
    method('group', [], 'String', group),
    method('group', ['Integer'], 'String', group),
    method(
      'groupCount',
      [],
      'Integer',
      (_ctx, self) => asMatcher(self).pattern.compiled.groupCount,
    ),
    method('lookingAt', [], 'Boolean', (_ctx, self) => asMatcher(self).lookingAt()),
    method('matches', [], 'Boolean', (_ctx, self) => asMatcher(self).matches()),
    method('pattern', [], 'System.Pattern', (_ctx, self) => asMatcher(self).pattern),
    staticMethod('quoteReplacement', ['String'], 'String', (ctx, _self, [literal]) => {
      return quoteReplacement(text(ctx, literal));
    }),
    method('replaceAll', ['String'], 'String', replace(true)),
    method('replaceFirst', ['String'], 'String', replace(false)),
    method('reset', [], 'System.Matcher', (_ctx, self) => {
      asMatcher(self).reset();
      return self;
    }),
    method('reset', ['String'], 'System.Matcher', (ctx, self, [input]) => {
      asMatcher(self).reset(text(ctx, input));
      return self;
    }),
    method('start', [], 'Integer', position(0)),
    method('start', ['Integer'], 'Integer', position(0)),
  ],
};
