import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ApexList } from '../src/collections.ts';
import {
  matchesJavaRegex,
  regexClasses,
  replaceWithJavaRegex,
  splitWithJavaRegex,
  translateJavaRegex,
} from '../src/stdlib/regex/index.ts';
import { UnsupportedError, type ApexValue } from '../src/values.ts';
import { callNative, fakeContext, FakeApexError } from './collections-test-context.ts';

const ctx = fakeContext();
const call = (cls: string, name: string, self: ApexValue, ...args: ApexValue[]) =>
  callNative(regexClasses, `System.${cls}`, name, ctx, self, args);
const matcherFor = (regex: string, input: string) =>
  call('Pattern', 'matcher', call('Pattern', 'compile', null, regex), input);

describe('translateJavaRegex', () => {
  it('translates the patterns this package uses', () => {
    assert.equal(translateJavaRegex('^[0-9a-f]{64}$').test('a'.repeat(64)), true);
    assert.equal(translateJavaRegex('^[\\x21-\\x7E]{1,255}$').test('a b'), false);
    assert.equal(translateJavaRegex('^[^/\\\\\\x00-\\x1F]+$').test('a\\b'), false);
    assert.equal(translateJavaRegex('^[^/\\\\\\x00-\\x1F]+$').test('report.pdf'), true);
  });

  it("gives '$' Java's meaning: end of input or before a final line terminator", () => {
    assert.equal(translateJavaRegex('abc$').test('abc\n'), true);
    assert.equal(translateJavaRegex('abc$').test('abc\nx'), false);
    assert.equal(translateJavaRegex('abc\\z').test('abc\n'), false);
  });

  it("uses Java's \\s and '.' (no Unicode spaces; '.' stops at line terminators)", () => {
    assert.equal(translateJavaRegex('^\\s$').test('\u00a0'), false);
    assert.equal(translateJavaRegex('^.$').test('\u0085'), false);
    assert.equal(translateJavaRegex('(?s)^.$').test('\n'), true);
  });

  it('(?i) is ASCII-only, scoped, and also works mid-pattern', () => {
    assert.equal(translateJavaRegex('(?i)^abc$').test('ABC'), true);
    assert.equal(translateJavaRegex('(?i)^é$').test('É'), false);
    assert.equal(translateJavaRegex('^a(?i:b)c$').test('aBc'), true);
    assert.equal(translateJavaRegex('^a(?i:b)c$').test('aBC'), false);
  });

  it('translates POSIX classes, \\Q...\\E and named groups', () => {
    assert.equal(translateJavaRegex('^\\p{Alpha}+$').test('abcXYZ'), true);
    assert.equal(translateJavaRegex('^\\Qa.b\\E$').test('axb'), false);
    assert.equal(translateJavaRegex('(?<y>\\d{4})-\\k<y>').exec('2026-2026')?.groups?.y, '2026');
  });

  it('fails loudly on constructs JavaScript cannot express', () => {
    for (const pattern of ['a++', '(?>a)', '(?m)^a', '\\Ga', '[a&&[b]]']) {
      assert.throws(() => translateJavaRegex(pattern), UnsupportedError, pattern);
    }
  });
});

// https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_classes_pattern_and_matcher_pattern_methods.htm
describe('System.Pattern', () => {
  it('matches(regex, input) requires the whole input to match', () => {
    assert.equal(call('Pattern', 'matches', null, 'a*b', 'aaaaab'), true);
    assert.equal(call('Pattern', 'matches', null, 'a*b', '<aaaaab>'), false);
    assert.equal(call('Pattern', 'matches', null, '^[0-9]{1,15}$', '12\n'), false);
  });

  it('split keeps inner empty strings and drops trailing ones', () => {
    const pattern = call('Pattern', 'compile', null, ',');
    assert.deepEqual((call('Pattern', 'split', pattern, 'a,,b,,') as ApexList).items, [
      'a',
      '',
      'b',
    ]);
    assert.deepEqual((call('Pattern', 'split', pattern, 'a,b,c', 2) as ApexList).items, [
      'a',
      'b,c',
    ]);
    assert.deepEqual((call('Pattern', 'split', pattern, 'a,,', -1) as ApexList).items, [
      'a',
      '',
      '',
    ]);
  });

  it('quote makes a pattern that matches the text literally', () => {
    const quoted = call('Pattern', 'quote', null, 'a.b\\Ec') as string;
    assert.equal(quoted, '\\Qa.b\\E\\\\E\\Qc\\E');
    assert.equal(call('Pattern', 'matches', null, quoted, 'a.b\\Ec'), true);
  });
});

// https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_classes_pattern_and_matcher_example.htm
describe('System.Matcher', () => {
  it('the Pattern and Matcher example: (a(b)?)+ on aba', () => {
    const matcher = matcherFor('(a(b)?)+', 'aba');
    assert.equal(call('Matcher', 'matches', matcher), true);
    assert.equal(call('Matcher', 'groupCount', matcher), 2);
    assert.equal(call('Matcher', 'group', matcher, 0), 'aba');
    assert.equal(call('Matcher', 'group', matcher, 1), 'a');
    assert.equal(call('Matcher', 'end', matcher), 3);
    assert.equal(call('Matcher', 'end', matcher, 1), 3);
  });

  it('find walks successive matches with start, end and groups', () => {
    const matcher = matcherFor('(\\d+)', 'a1 b22 c333');
    const found: ApexValue[] = [];
    while (call('Matcher', 'find', matcher) === true) {
      found.push(call('Matcher', 'group', matcher, 1), call('Matcher', 'start', matcher));
    }
    assert.deepEqual(found, ['1', 1, '22', 4, '333', 8]);
  });

  it('group before a match throws System.StringException', () => {
    const matcher = matcherFor('x', 'abc');
    assert.throws(
      () => call('Matcher', 'group', matcher),
      (e: unknown) => e instanceof FakeApexError && e.exceptionType === 'System.StringException',
    );
  });

  it('replaceAll and replaceFirst use Java replacement syntax', () => {
    assert.equal(
      call('Matcher', 'replaceAll', matcherFor('(\\w+)@(\\w+)', 'ann@x bob@y'), '$2:$1'),
      'x:ann y:bob',
    );
    assert.equal(call('Matcher', 'replaceFirst', matcherFor('o', 'foo'), '\\$'), 'f$o');
    assert.equal(call('Matcher', 'quoteReplacement', null, 'a$b\\c'), 'a\\$b\\\\c');
  });
});

describe('String helpers (String.split/replaceAll/matches semantics)', () => {
  it('split: trailing empties removed, no leading empty for a zero-width match', () => {
    assert.deepEqual(splitWithJavaRegex(',', 'a,b,,'), ['a', 'b']);
    assert.deepEqual(splitWithJavaRegex('', 'abc'), ['a', 'b', 'c']);
    assert.deepEqual(splitWithJavaRegex(';', ''), ['']);
    assert.deepEqual(splitWithJavaRegex('\\s*;\\s*', 'A ; B;C'), ['A', 'B', 'C']);
  });

  it('replaceAll replaces every match, including empty ones', () => {
    assert.equal(replaceWithJavaRegex('[/\\\\\\x00-\\x1F]', 'a/b\\c\u0001d', '_', true), 'a_b_c_d');
    assert.equal(replaceWithJavaRegex('x*', 'abc', '-', true), '-a-b-c-');
    assert.equal(matchesJavaRegex('[a-z]+', 'abc'), true);
  });
});
