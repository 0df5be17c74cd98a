/**
 * Values for the generated tests: a sample that satisfies a string's rules (pattern, lengths,
 * format) and values that break exactly the rule under test. Patterns are read with a small
 * parser for the regular-expression subset JSON Schema contracts use (literals, escapes,
 * character classes, groups, quantifiers; no alternation); every sample is checked against the
 * real pattern before it is used.
 */
import { ToolingError } from '../lib/diagnostics.ts';
import type { StringRules } from './api-model.ts';
import { maxLengthRule, minLengthRule, PATTERN_RULE } from './rules.ts';

/** Characters tried, in order, for a character class: readable ones first. */
const PREFERRED = [
  ...'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-_.:!#$&+',
].concat(Array.from({ length: 95 }, (_, index) => String.fromCharCode(32 + index)));

/** How many repetitions a sample uses for an open or ranged quantifier. */
const PREFERRED_REPEAT = 6;

interface Atom {
  /** Candidate characters (a literal has one). */
  chars?: string[];
  /** A group's atoms. */
  group?: Atom[];
  min: number;
  max: number;
}

function classCandidates(source: string): string[] {
  const matcher = new RegExp(`^${source}$`);
  const candidates = [...new Set(PREFERRED)].filter((char) => matcher.test(char));
  if (candidates.length === 0) throw new ToolingError(`no printable character matches ${source}`);
  return candidates;
}

class PatternReader {
  private index = 0;

  constructor(private readonly pattern: string) {}

  read(): Atom[] {
    const atoms = this.sequence();
    if (this.index < this.pattern.length) this.fail('unexpected )');
    return atoms;
  }

  private fail(reason: string): never {
    throw new ToolingError(
      `cannot make a sample for pattern ${this.pattern} (${reason}): add "examples" to the schema`,
    );
  }

  private sequence(): Atom[] {
    const atoms: Atom[] = [];
    while (this.index < this.pattern.length) {
      const char = this.pattern.charAt(this.index);
      if (char === ')') break;
      if (char === '|') this.fail('alternation');
      if (char === '^' || char === '$') {
        this.index++;
        continue;
      }
      const atom = this.atom();
      this.quantifier(atom);
      atoms.push(atom);
    }
    return atoms;
  }

  private atom(): Atom {
    const char = this.pattern.charAt(this.index);
    if (char === '(') {
      this.index++;
      if (this.pattern.startsWith('?:', this.index)) this.index += 2;
      const group = this.sequence();
      if (this.pattern.charAt(this.index) !== ')') this.fail('unclosed group');
      this.index++;
      return { group, min: 1, max: 1 };
    }
    if (char === '[') {
      const end = this.classEnd();
      const source = this.pattern.slice(this.index, end + 1);
      this.index = end + 1;
      return { chars: classCandidates(source), min: 1, max: 1 };
    }
    if (char === '\\') {
      const escape = /^\\(x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|.)/.exec(this.pattern.slice(this.index));
      if (!escape) this.fail('dangling escape');
      this.index += escape[0].length;
      return { chars: classCandidates(`[${escape[0]}]`), min: 1, max: 1 };
    }
    this.index++;
    if (char === '.') return { chars: classCandidates('.'), min: 1, max: 1 };
    return { chars: [char], min: 1, max: 1 };
  }

  private classEnd(): number {
    let index = this.index + 1;
    if (this.pattern.charAt(index) === '^') index++;
    if (this.pattern.charAt(index) === ']') index++;
    for (; index < this.pattern.length; index++) {
      const char = this.pattern.charAt(index);
      if (char === '\\') index++;
      else if (char === ']') return index;
    }
    return this.fail('unclosed character class');
  }

  private quantifier(atom: Atom): void {
    const rest = this.pattern.slice(this.index);
    const braces = /^\{(\d+)(,(\d*))?\}/.exec(rest);
    if (braces) {
      atom.min = Number(braces[1]);
      atom.max = braces[2] === undefined ? atom.min : braces[3] ? Number(braces[3]) : Infinity;
      this.index += braces[0].length;
    } else if (rest.startsWith('?')) {
      atom.min = 0;
      atom.max = 1;
      this.index++;
    } else if (rest.startsWith('*')) {
      atom.min = 0;
      atom.max = Infinity;
      this.index++;
    } else if (rest.startsWith('+')) {
      atom.min = 1;
      atom.max = Infinity;
      this.index++;
    } else {
      return;
    }
    if (this.pattern.charAt(this.index) === '?') this.index++; // lazy: same sample
  }
}

function render(atoms: Atom[]): string {
  let text = '';
  for (const atom of atoms) {
    // Optional parts are left out; anything else repeats a readable number of times.
    const count =
      atom.max <= 1 ? atom.min : Math.min(atom.max, Math.max(atom.min, PREFERRED_REPEAT));
    for (let repeat = 0; repeat < count; repeat++) {
      if (atom.group) text += render(atom.group);
      else if (atom.chars) text += atom.chars[repeat % atom.chars.length] ?? '';
    }
  }
  return text;
}

/** A sample matching `pattern` (JavaScript semantics; the contract's patterns are ECMA-262). */
export function sampleForPattern(pattern: string): string {
  const sample = render(new PatternReader(pattern).read());
  if (!new RegExp(pattern, 'u').test(sample)) {
    throw new ToolingError(
      `cannot make a sample for pattern ${pattern}: add "examples" to the schema`,
    );
  }
  return sample;
}

/** The rule problems `value` has under `rules`, in the order the generated validate() checks. */
export function stringRuleProblems(rules: StringRules, value: string): string[] {
  const problems: string[] = [];
  // Apex String.length() counts UTF-16 code units, as JavaScript does.
  const length = value.length;
  if (rules.minLength !== undefined && length < rules.minLength) {
    problems.push(minLengthRule(rules.minLength));
  }
  if (rules.maxLength !== undefined && length > rules.maxLength) {
    problems.push(maxLengthRule(rules.maxLength));
  }
  if (rules.pattern !== undefined && !new RegExp(rules.pattern, 'u').test(value)) {
    problems.push(PATTERN_RULE);
  }
  return problems;
}

/** A value satisfying every rule of a string property named `name`. */
export function sampleString(rules: StringRules, name: string): string {
  for (const example of rules.examples) {
    if (stringRuleProblems(rules, example).length === 0) return example;
  }
  let sample: string;
  if (rules.pattern !== undefined) sample = sampleForPattern(rules.pattern);
  else if (rules.format === 'email') sample = `${name.toLowerCase()}@example.com`;
  else if (rules.format === 'uri') sample = `https://example.com/${name}`;
  else if (rules.contentEncoding === 'base64') sample = 'U2VjdXJlU2VuZA==';
  else sample = `sample ${name}`;
  if (rules.pattern === undefined) {
    if (rules.minLength !== undefined && sample.length < rules.minLength) {
      sample = sample.padEnd(rules.minLength, 'x');
    }
    if (rules.maxLength !== undefined && sample.length > rules.maxLength) {
      sample = sample.slice(0, rules.maxLength);
    }
  }
  if (stringRuleProblems(rules, sample).length > 0) {
    throw new ToolingError(
      `cannot make a sample for ${name} that fits its pattern and lengths: add "examples"`,
    );
  }
  return sample;
}

/** A value that breaks the pattern but no length rule, or undefined when none is found. */
export function patternBreakingValue(rules: StringRules): string | undefined {
  const length = Math.max(1, rules.minLength ?? 1);
  for (const char of ['!', ' ', '/', '~', 'x', '0', '\u00e9']) {
    const value = char.repeat(length);
    const problems = stringRuleProblems(rules, value);
    if (problems.length === 1 && problems[0] === PATTERN_RULE) return value;
  }
  return undefined;
}
