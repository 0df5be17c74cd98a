import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import {
  compileCustomPattern,
  CUSTOM_PATTERN_LIMITS,
  findCustomPatternMatches,
} from '../src/custom-patterns/index.ts';
import type {
  CompiledCustomPattern,
  CustomPatternDefinition,
} from '../src/custom-patterns/index.ts';
import { parsePattern } from '../src/custom-patterns/parse.ts';
import { isAsciiLetterCode } from '../src/validators/digits.ts';
import type { Part } from '../src/custom-patterns/parse.ts';
import { PHI_CATEGORIES } from '../src/taxonomy.ts';

const raw = String.raw;

function define(
  pattern: string,
  extra: Partial<CustomPatternDefinition> = {},
): CustomPatternDefinition {
  return { name: 'acme-member-id', category: 'HEALTH_PLAN_ID', pattern, ...extra };
}

function compile(
  pattern: string,
  extra: Partial<CustomPatternDefinition> = {},
): CompiledCustomPattern {
  const result = compileCustomPattern(define(pattern, extra));
  if (!result.ok) return assert.fail(`expected ${pattern} to compile, got: ${result.error}`);
  return result.pattern;
}

function reject(
  pattern: string,
  extra: Partial<CustomPatternDefinition> = {},
): { error: string; position?: number } {
  const result = compileCustomPattern(define(pattern, extra));
  if (result.ok) return assert.fail(`expected ${pattern} to be rejected`);
  return result;
}

/** Definitions arrive as JSON; these bypass the declared types on purpose. */
function rejectDefinition(definition: unknown): string {
  const result = compileCustomPattern(definition as CustomPatternDefinition);
  if (result.ok) return assert.fail('expected the definition to be rejected');
  return result.error;
}

function found(text: string, pattern: CompiledCustomPattern): string[] {
  return findCustomPatternMatches(text, pattern).map(({ start, end }) => text.slice(start, end));
}

describe('compileCustomPattern: accepted real-world formats', () => {
  const formats: { pattern: string; sample: string; min: number; max: number }[] = [
    { pattern: raw`[A-Z]{3}\d{9}`, sample: 'ABC123456789', min: 12, max: 12 },
    { pattern: raw`(MBR|MEM)-\d{8}`, sample: 'MEM-12345678', min: 12, max: 12 },
    { pattern: raw`W\d{4} ?\d{5}`, sample: 'W1234 56789', min: 10, max: 11 },
    { pattern: raw`W\d{4} ?\d{5}`, sample: 'W123456789', min: 10, max: 11 },
    { pattern: raw`\d{3}-\d{2}-[A-Z]{2}\d{2}`, sample: '123-45-AB12', min: 11, max: 11 },
    // Medicare Beneficiary Identifier, dashes optional; its letters exclude S, L, O, I, B, Z.
    {
      pattern: raw`\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y\d]\d-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y\d]\d-?[AC-HJKMNP-RT-Y]{2}\d{2}`,
      sample: '1EG4-TE5-MK73',
      min: 11,
      max: 13,
    },
    { pattern: raw`[A-Z]{2,3}\d{6,10}`, sample: 'XY1234567', min: 8, max: 13 },
    { pattern: raw`\d{9}(-\d\d)?`, sample: '123456789-01', min: 9, max: 12 },
    { pattern: raw`#\d{8}`, sample: '#12345678', min: 9, max: 9 },
    { pattern: raw`(A|AB)\d{4}`, sample: 'AB1234', min: 5, max: 6 },
    { pattern: raw`(H|HX)?\d{10}`, sample: 'HX1234567890', min: 10, max: 12 },
    { pattern: raw`[A-Z\d]{3}\.\d{6}`, sample: 'A1B.123456', min: 10, max: 10 },
    { pattern: raw`GRP_\d{6}`, sample: 'GRP_123456', min: 10, max: 10 },
    { pattern: raw`[A-Z]{3}/\d{4}`, sample: 'ABC/1234', min: 8, max: 8 },
  ];
  for (const { pattern, sample, min, max } of formats) {
    it(`accepts ${pattern} and finds ${sample}`, () => {
      const compiled = compile(pattern);
      assert.equal(compiled.minLength, min);
      assert.equal(compiled.maxLength, max);
      assert.deepEqual(found(`Member ${sample}, thanks`, compiled), [sample]);
    });
  }

  it('fills in the compiled fields and normalizes keywords', () => {
    const compiled = compile(raw`[A-Z]{3}\d{9}`, {
      keywords: ['  Member ID ', 'member id', 'MBR'],
    });
    assert.equal(compiled.name, 'acme-member-id');
    assert.equal(compiled.category, 'HEALTH_PLAN_ID');
    assert.equal(compiled.confidence, 0.8);
    assert.deepEqual(compiled.keywords, ['member id', 'mbr']);
    assert.equal(compiled.regex.flags, 'g');
    assert.ok(Object.isFrozen(compiled));
    assert.ok(Object.isFrozen(compiled.keywords));
  });

  it('rebuilds the regex from the parsed pattern instead of passing the text through', () => {
    assert.equal(
      compile(raw`(MBR|MEM)-\d{8}`).regex.source,
      raw`(?<![A-Za-z0-9])(?:(?:MBR|MEM)\x2D[0-9]{8})(?![A-Za-z0-9])`,
    );
  });

  it('accepts confidence at both ends of 0..1', () => {
    assert.equal(compile(raw`\d{8}`, { confidence: 0 }).confidence, 0);
    assert.equal(compile(raw`\d{8}`, { confidence: 1 }).confidence, 1);
  });

  it('exposes its limits for the setup screen', () => {
    assert.equal(CUSTOM_PATTERN_LIMITS.maxPatternLength, 200);
    assert.equal(CUSTOM_PATTERN_LIMITS.maxRepeat, 32);
    assert.equal(CUSTOM_PATTERN_LIMITS.minMatchLength, 4);
    assert.equal(CUSTOM_PATTERN_LIMITS.maxMatchLength, 64);
  });
});

describe('compileCustomPattern: rejected patterns', () => {
  it('says where an unbounded repeat is and what to write instead', () => {
    const { error, position } = reject(raw`[A-Z]{3}\d+`);
    assert.equal(
      error,
      raw`Pattern "[A-Z]{3}\d+" at 10: "+" is unbounded; use a bounded repeat such as {1,20}`,
    );
    assert.equal(position, 10);
  });

  // [pattern, position, the text found at that position, what the message says]
  const cases: [string, number, string, RegExp][] = [
    // Unbounded and malformed repeats
    [raw`[A-Z]{3}\d*`, 10, '*', /"\*" is unbounded; use a bounded repeat such as \{0,20\}/],
    [raw`\d{4,}`, 2, '{4,}', /"\{4,\}" is unbounded; use a bounded repeat such as \{4,20\}/],
    [raw`\d{,4}[A-Z]`, 2, '{,4}', /has no lower bound; write \{0,4\}/],
    [raw`\d{33}`, 2, '{33}', /"\{33\}" repeats 33 times; the maximum is 32/],
    [raw`\d{4,40}`, 2, '{4,40}', /repeats up to 40 times; the maximum is 32/],
    [raw`\d{5,3}`, 2, '{5,3}', /has a minimum above its maximum/],
    [raw`A\d{0}\d{4}`, 3, '{0}', /repeats zero times/],
    [raw`\d{4`, 2, '{', /"\{" is never closed/],
    [raw`\d{a}\d`, 2, '{a}', /is not a valid repeat; write \{n\} or \{m,n\}/],
    [raw`*\d{6}`, 0, '*', /"\*" has nothing to repeat/],
    // Nested, lazy and stacked repeats
    [raw`\d{3}?\d{4}`, 5, '?', /cannot follow the repeat "\{3\}"; lazy, possessive and stacked/],
    [raw`\d{2,4}?\d{4}`, 7, '?', /cannot follow the repeat/],
    [raw`A\d??\d{6}`, 4, '?', /cannot follow the repeat "\?"/],
    [raw`(\d{3}|[A-Z]{3})\d{4}`, 3, '{', /repeats are not allowed inside a group/],
    [raw`(MBR|MEM){2}\d{4}`, 9, '{', /a group can only be made optional with "\?"/],
    [raw`(MBR|MEM)+\d{4}`, 9, '+', /a group can only be made optional with "\?"/],
    [raw`(MBR|MEM)??\d{6}`, 10, '?', /cannot follow the repeat "\?"/],
    // Too-broad or unsupported features
    [raw`\d{4}.\d{4}`, 5, '.', /"\." matches any character, which is too broad; write "\\\."/],
    [raw`^\d{8}`, 0, '^', /anchors such as "\^" are not supported; boundaries are added/],
    [raw`\d{8}$`, 5, '$', /anchors such as "\$" are not supported/],
    [raw`MBR\d{8}|MEM\d{8}`, 8, '|', /only allowed inside a group; wrap the alternatives/],
    [
      raw`(?=\d{8})\d{8}`,
      0,
      '(?',
      /lookarounds, named or non-capturing groups\) are not supported/,
    ],
    [raw`(?:MBR|MEM)\d{8}`, 0, '(?', /are not supported; write a plain group/],
    [raw`(\d)\1\d{6}`, 4, raw`\1`, /"\\1": backreferences are not supported/],
    [raw`\w{3}\d{6}`, 0, raw`\w`, /"\\w" is not supported; list the characters in a class/],
    [raw`\d{6}\s\d`, 5, raw`\s`, /"\\s" is not supported; write a literal space/],
    [raw`\b\d{8}`, 0, raw`\b`, /boundaries are added automatically/],
    [raw`\D\d{6}`, 0, raw`\D`, /any non-digit\) is too broad/],
    [raw`\x41\d{5}`, 0, raw`\x`, /"\\x" is not a supported escape/],
    ['\\d{6}\\', 5, '\\', /escapes nothing/],
    // Classes
    [raw`[^0-9]\d{6}`, 1, '^', /negated classes such as "\[\^\.\.\.\]" are not supported/],
    [raw`[]\d{6}`, 0, '[]', /"\[\]" is empty/],
    [raw`\d{6}[A-Z`, 5, '[', /"\[" is never closed/],
    [raw`[Z-A]\d{6}`, 1, 'Z-A', /range "Z-A" is reversed; write "A-Z"/],
    [raw`[A-z]\d{6}`, 1, 'A-z', /range "A-z" must stay within A-Z, a-z or 0-9/],
    [raw`[A-9]\d{6}`, 1, 'A-9', /must stay within/],
    [raw`[A-Z-0]\d{6}`, 4, '-', /write "\\-" for a literal "-"/],
    [raw`[A.]\d{6}`, 2, '.', /must be escaped as "\\\." \(a literal dot\), in a class too/],
    // Groups
    [raw`(MBR|MEM\d{8}`, 10, '{', /repeats are not allowed inside a group/],
    [raw`(MBR|MEM`, 0, '(', /"\(" is never closed/],
    [raw`\d{8})`, 5, ')', /"\)" has no matching "\("/],
    [raw`((A|B)C)\d{6}`, 1, '(', /groups cannot be nested/],
    [raw`(MBR||MEM)\d{6}`, 5, '|', /empty alternative/],
    [raw`()\d{6}`, 0, '()', /"\(\)" is empty/],
    // Characters
    [raw`\d{6}@x`, 5, '@', /"@" is not allowed; allowed characters are letters, digits, space/],
    ['\\d{6}\u00e9', 5, '\u00e9', /U\+00E9 is not allowed/],
    [raw` \d{6}`, 0, ' ', /starts with a space/],
    [raw`\d{6} `, 5, ' ', /ends with a space/],
    // Backtracking hazards: every split of an ambiguous run would be tried
    [
      raw`[A-Z0-9]{1,20}[0-9]{1,20}`,
      0,
      '[A-Z0-9]{1,20}',
      /adjacent variable-length parts overlap: "\[A-Z0-9\]\{1,20\}" and "\[0-9\]\{1,20\}" can both match "0"/,
    ],
    [
      raw`[A-Z]{1,3}-?[A-Z]{2}\d{4}`,
      0,
      '[A-Z]{1,3}',
      /"\[A-Z\]\{1,3\}" overlaps a later part, "\[A-Z\]\{2\}": both can match "A" \(only optional parts separate them\)/,
    ],
    [raw`\d{1,3}\d{4}`, 0, raw`\d{1,3}`, /overlaps the next part, "\\d\{4\}".*merge them into one/],
    [raw`(MBR)?[A-Z]{3}\d{5}`, 0, '(MBR)?', /"\(MBR\)\?" overlaps the next part, "\[A-Z\]\{3\}"/],
    [
      raw`(A|[A-Z])\d{4}`,
      3,
      '[A-Z]',
      /alternatives "A" and "\[A-Z\]" in "\(A\|\[A-Z\]\)" can match the same text \("A"\)/,
    ],
    [
      raw`(AB|ABC)[A-Z]\d{4}`,
      4,
      'ABC',
      /"AB" can end where "ABC" goes on, and the part after the group, "\[A-Z\]", can also match "C"/,
    ],
    // (a|aa) chained: the textbook exponential case, bounded but ambiguous.
    [
      raw`(A|AA)(A|AA)(A|AA)\d{4}`,
      3,
      'AA',
      /alternatives "A" and "AA" in "\(A\|AA\)" are ambiguous/,
    ],
  ];
  for (const [pattern, position, token, message] of cases) {
    it(`rejects ${pattern} at ${position}`, () => {
      const result = reject(pattern);
      assert.equal(result.position, position);
      assert.ok(pattern.startsWith(token, position), `"${token}" is at ${position}`);
      assert.ok(result.error.startsWith(`Pattern "`), result.error);
      assert.ok(result.error.includes(` at ${position}: `), result.error);
      assert.match(result.error, message);
    });
  }

  // Whole-pattern rules have no single position.
  const whole: [string, RegExp][] = [
    [
      raw`\d{3}`,
      /^Pattern "\\d\{3\}": matches as few as 3 characters; a pattern must always match at least 4/,
    ],
    [raw`[A-Z]{1,32}\d{1,32}`, /matches as few as 2 characters/],
    [raw`\d?[A-Z]{4}`, /has no required part that matches only digits/],
    [
      raw`[A-Z]{8}`,
      /has no required part that matches only digits; include at least one such as \\d/,
    ],
    [raw`[A-Z0-9]{8}`, /has no required part that matches only digits/],
    [raw`[A-Z]{5}\d?`, /has no required part that matches only digits/],
    [raw`\d{32}[A-Z]{32}\d`, /matches up to 65 characters; the maximum is 64/],
  ];
  for (const [pattern, message] of whole) {
    it(`rejects ${pattern} as a whole`, () => {
      const result = reject(pattern);
      assert.equal(result.position, undefined);
      assert.match(result.error, message);
    });
  }

  it('rejects an empty or over-long pattern without quoting all of it', () => {
    assert.match(reject('').error, /^Pattern is empty/);
    const long = `${'\\d'.repeat(100)}A`;
    assert.equal(reject(long).error, 'Pattern is 201 characters long; the maximum is 200');
  });

  it('checks overlaps with both cases of every letter when case-insensitive', () => {
    compile(raw`[a-z]{1,3}[A-Z]{2}\d{4}`);
    assert.match(
      reject(raw`[a-z]{1,3}[A-Z]{2}\d{4}`, { caseInsensitive: true }).error,
      /overlaps the next part, "\[A-Z\]\{2\}": both can match "A"/,
    );
    compile(raw`(mbr|MEM)?\d{8}`);
    assert.match(
      reject(raw`(ab|AB)\d{8}`, { caseInsensitive: true }).error,
      /can match the same text \("AB"\)/,
    );
  });
});

describe('compileCustomPattern: the rest of the definition', () => {
  it('validates the name, which becomes the rule id custom.<name>', () => {
    for (const name of ['Acme ID', '', 'a'.repeat(41), 'acme_id', 'acmé']) {
      assert.match(
        rejectDefinition(define(raw`\d{8}`, { name })),
        /^Name ".*" is invalid: use 1-40 characters from a-z, 0-9 and "-"/,
      );
    }
    assert.equal(compile(raw`\d{8}`, { name: 'a'.repeat(40) }).name, 'a'.repeat(40));
    assert.match(rejectDefinition({ ...define(raw`\d{8}`), name: 7 }), /Name must be a string/);
  });

  it('lists the valid categories', () => {
    const error = rejectDefinition(define(raw`\d{8}`, { category: 'MEMBER_ID' }));
    assert.equal(
      error,
      `Category "MEMBER_ID" is not a PHI category; use one of ${PHI_CATEGORIES.join(', ')}`,
    );
    assert.match(rejectDefinition({ name: 'x', pattern: raw`\d{8}` }), /Category missing/);
  });

  it('validates confidence', () => {
    for (const confidence of [1.5, -0.1, Number.NaN]) {
      assert.match(
        rejectDefinition(define(raw`\d{8}`, { confidence })),
        /^Confidence must be a number from 0 to 1 \(got /,
      );
    }
    assert.match(rejectDefinition({ ...define(raw`\d{8}`), confidence: '0.9' }), /got string/);
  });

  it('validates keywords', () => {
    const many = Array.from({ length: 21 }, (_, index) => `word${index}`);
    assert.match(
      rejectDefinition(define(raw`\d{8}`, { keywords: many })),
      /at most 20 are allowed \(got 21\)/,
    );
    assert.match(
      rejectDefinition(define(raw`\d{8}`, { keywords: ['member', '   '] })),
      /Keyword 2 is empty/,
    );
    assert.match(
      rejectDefinition(define(raw`\d{8}`, { keywords: ['x'.repeat(41)] })),
      /is 41 characters long; the maximum is 40/,
    );
    assert.match(
      rejectDefinition({ ...define(raw`\d{8}`), keywords: 'member' }),
      /Keywords must be a list/,
    );
  });

  it('validates the types of untrusted input', () => {
    assert.match(rejectDefinition(null), /must be an object/);
    assert.match(rejectDefinition({ ...define(''), pattern: 42 }), /Pattern must be a string/);
    assert.match(
      rejectDefinition({ ...define(raw`\d{8}`), caseInsensitive: 'yes' }),
      /caseInsensitive must be true or false/,
    );
  });
});

describe('findCustomPatternMatches', () => {
  const memberId = compile(raw`[A-Z]{3}\d{9}`);

  it('returns offsets of every match, left to right', () => {
    const text = 'IDs: ABC123456789,XYZ987654321 (DEF111111111).';
    assert.deepEqual(findCustomPatternMatches(text, memberId), [
      { start: 5, end: 17 },
      { start: 18, end: 30 },
      { start: 32, end: 44 },
    ]);
  });

  it('never matches inside a longer run of letters or digits', () => {
    for (const text of ['XABC123456789', 'ABC1234567890', 'ABC123456789X', 'abcABC123456789']) {
      assert.deepEqual(found(text, memberId), [], text);
    }
    assert.deepEqual(found('ABC123456789', memberId), ['ABC123456789']);
  });

  it('lets leading punctuation act as its own boundary', () => {
    const hash = compile(raw`#\d{8}`);
    assert.deepEqual(found('ID#12345678 and #123456789 x#12345678y', hash), ['#12345678']);
  });

  it('is case-sensitive unless asked', () => {
    assert.deepEqual(found('abc123456789', memberId), []);
    const anyCase = compile(raw`[A-Z]{3}\d{9}`, { caseInsensitive: true });
    assert.equal(anyCase.regex.flags, 'gi');
    assert.deepEqual(found('abc123456789 and Abc123456789', anyCase), [
      'abc123456789',
      'Abc123456789',
    ]);
    // Without the u flag, case folding never maps non-ASCII characters (the Kelvin sign) to ASCII.
    assert.deepEqual(found('\u212A1234567', compile(raw`K\d{7}`, { caseInsensitive: true })), []);
  });

  it('neither reads nor disturbs the shared regex state', () => {
    memberId.regex.lastIndex = 7;
    const text = 'ABC123456789 ABC123456789';
    assert.deepEqual(found(text, memberId), ['ABC123456789', 'ABC123456789']);
    assert.deepEqual(found(text, memberId), ['ABC123456789', 'ABC123456789']);
    assert.equal(memberId.regex.lastIndex, 7);
    memberId.regex.lastIndex = 0;
  });

  it('refuses a regex that compileCustomPattern did not validate', () => {
    assert.deepEqual(found('ABC123456789', { ...memberId }), ['ABC123456789']);
    assert.throws(
      () => findCustomPatternMatches('aaaa', { ...memberId, regex: /(a+)+b/g }),
      /was not produced by compileCustomPattern/,
    );
    const altered = compile(raw`\d{8}`);
    // The legacy RegExp.prototype.compile swaps the source of the very object that was checked.
    altered.regex.compile('(a+)+b', 'g');
    assert.throws(() => findCustomPatternMatches('aaaa', altered), /or its regex was changed/);
  });
});

/**
 * Counts the steps of an exhaustive depth-first backtracking search from one start position: what
 * a backtracking engine does when an attempt fails (it explores every option). Greedy order does
 * not matter for a failing attempt, so this is the worst case of one attempt.
 */
function backtrackingSteps(
  parts: readonly Part[],
  text: string,
  start: number,
  caseInsensitive: boolean,
): number {
  let steps = 0;
  const matches = (set: ReadonlySet<number>, position: number): boolean => {
    if (position >= text.length) return false;
    const code = text.charCodeAt(position);
    return set.has(code) || (caseInsensitive && isAsciiLetterCode(code) && set.has(code ^ 0x20));
  };
  const walk = (index: number, position: number): void => {
    steps++;
    const part = parts[index];
    if (part === undefined) return;
    if (part.kind === 'repeat') {
      let count = 0;
      while (count < part.max && matches(part.atom.set, position + count)) {
        count++;
        steps++;
      }
      for (let taken = count; taken >= part.min; taken--) walk(index + 1, position + taken);
      return;
    }
    for (const alternative of part.alternatives) {
      let ok = true;
      for (const [offset, atom] of alternative.atoms.entries()) {
        steps++;
        if (!matches(atom.set, position + offset)) {
          ok = false;
          break;
        }
      }
      if (ok) walk(index + 1, position + alternative.atoms.length);
    }
    if (part.optional) walk(index + 1, position);
  };
  walk(0, start);
  return steps;
}

/** Worst steps of one attempt over adversarial texts, and the linear bound it must respect. */
function worstAttempt(
  pattern: string,
  caseInsensitive: boolean,
  texts: readonly string[],
): { steps: number; bound: number } {
  const parsed = parsePattern(pattern);
  if (!parsed.ok) return assert.fail(parsed.error);
  const maxLength = parsed.parts.reduce(
    (sum, part) =>
      sum +
      (part.kind === 'repeat'
        ? part.max
        : Math.max(...part.alternatives.map((alternative) => alternative.atoms.length))),
    0,
  );
  let steps = 0;
  for (const text of texts) {
    for (let start = 0; start < text.length; start++) {
      steps = Math.max(steps, backtrackingSteps(parsed.parts, text, start, caseInsensitive));
    }
  }
  // O(L) per attempt with a constant from the pattern's size (analyze.ts): (L + 1) steps along the
  // one live path, times (parts + 1) for the dead ends at its choice points, with slack.
  return { steps, bound: 2 * (maxLength + 1) * (parsed.parts.length + 1) };
}

describe('linear-time behaviour', () => {
  it('keeps every accepted random pattern within a linear step bound per attempt', (t) => {
    // A seeded generator over a small alphabet, so that overlaps between parts are common.
    let seed = 20240601;
    const random = (below: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % below;
    };
    const pick = (options: readonly string[]): string => options[random(options.length)] ?? '';
    const atoms = [
      'A',
      'B',
      '1',
      '2',
      '-',
      raw`\d`,
      '[AB]',
      '[A-Z]',
      '[A-Z0-9]',
      '[12]',
      raw`[1\-]`,
      'a',
      '[a-z]',
    ];
    const quantifiers = ['', '', '?', '{2}', '{3}', '{1,3}', '{0,2}', '{2,5}', '{1,12}', '{0,16}'];
    const randomPattern = (): string => {
      let pattern = '';
      for (let part = 1 + random(10); part > 0; part--) {
        if (random(4) === 0) {
          const alternatives = Array.from({ length: 1 + random(3) }, () =>
            Array.from({ length: 1 + random(3) }, () => pick(atoms)).join(''),
          );
          pattern += `(${alternatives.join('|')})${random(2) === 0 ? '?' : ''}`;
        } else {
          pattern += pick(atoms) + pick(quantifiers);
        }
      }
      return pattern;
    };
    const texts = [
      'A'.repeat(70),
      '1'.repeat(70),
      '1-'.repeat(35),
      'A1'.repeat(35),
      'aB12'.repeat(18),
    ];
    for (let index = 0; index < 4; index++) {
      texts.push(Array.from({ length: 70 }, () => pick(['A', 'B', '1', '2', '-', 'a'])).join(''));
    }

    let accepted = 0;
    for (let index = 0; index < 2500; index++) {
      const pattern = randomPattern();
      const caseInsensitive = random(3) === 0;
      const result = compileCustomPattern(define(pattern, { caseInsensitive }));
      // Length and digit rules are about usefulness, not speed: those patterns count as accepted.
      const safe = result.ok || /as few as|matches only digits/.test(result.error);
      if (!safe) continue;
      accepted++;
      const { steps, bound } = worstAttempt(pattern, caseInsensitive, texts);
      assert.ok(steps <= bound, `${pattern} (i=${caseInsensitive}): ${steps} steps > ${bound}`);
    }
    t.diagnostic(`${accepted} random patterns passed the safety checks, all within the bound`);
    assert.ok(accepted > 300, `only ${accepted} random patterns were accepted`);
  });

  it('shows the bound is meaningful: rejected patterns break it', () => {
    const rejected: [string, string[]][] = [
      [raw`[A-Z0-9]{1,20}[0-9]{1,20}`, ['1'.repeat(60)]],
      [`${'(A|AA)'.repeat(10)}\\d`, ['A'.repeat(40)]],
      [raw`\d{0,8}\d{0,8}\d{0,8}\d{0,8}-`, ['1'.repeat(40)]],
    ];
    for (const [pattern, texts] of rejected) {
      reject(pattern);
      const { steps, bound } = worstAttempt(pattern, false, texts);
      assert.ok(steps > bound, `${pattern}: ${steps} steps <= ${bound}`);
    }
  });

  // Scans of 1 MB of adversarial text with the most permissive shapes allowed (maximum length 64,
  // long variable runs). Durations are printed, not asserted: machines are noisy.
  const MB = 1_000_000;
  const scans: { pattern: string; caseInsensitive: boolean; text: string; expected: number }[] = [
    {
      pattern: raw`[A-Za-z]{1,30}\d{4,30}[A-Za-z]{0,4}`,
      caseInsensitive: true,
      text: 'A'.repeat(MB),
      expected: 0,
    },
    {
      pattern: raw`[A-Za-z]{1,30}\d{4,30}[A-Za-z]{0,4}`,
      caseInsensitive: true,
      text: '1'.repeat(MB),
      expected: 0,
    },
    {
      pattern: raw`[A-Za-z]{1,30}\d{4,30}[A-Za-z]{0,4}`,
      caseInsensitive: true,
      text: 'a1'.repeat(MB / 2),
      expected: 0,
    },
    {
      pattern: raw`[A-Za-z]{1,30}\d{4,30}[A-Za-z]{0,4}`,
      caseInsensitive: true,
      text: 'AB1234cd '.repeat(MB / 9),
      expected: Math.floor(MB / 9),
    },
    {
      pattern: raw`\d{4,30}(-\d\d\d\d)?[A-Z ]{0,29}`,
      caseInsensitive: false,
      text: '1234-'.repeat(MB / 5),
      expected: MB / 10,
    },
    {
      pattern: raw`\d{4,30}(-\d\d\d\d)?[A-Z ]{0,29}`,
      caseInsensitive: false,
      text: '1-'.repeat(MB / 2),
      expected: 0,
    },
  ];
  for (const { pattern, caseInsensitive, text, expected } of scans) {
    const sample = JSON.stringify(text.slice(0, 10));
    it(`scans 1 MB of ${sample}... with ${pattern}`, (t) => {
      const compiled = compile(pattern, { caseInsensitive });
      assert.ok(compiled.maxLength <= 64);
      const started = performance.now();
      const matches = findCustomPatternMatches(text, compiled);
      const elapsed = performance.now() - started;
      assert.equal(matches.length, expected);
      t.diagnostic(
        `${text.length} characters, ${matches.length} matches, ${elapsed.toFixed(0)} ms`,
      );
    });
  }
});
