/**
 * Parser for the small pattern language admins use to describe an identifier format, e.g. a
 * payer's member ID "3 letters then 9 digits" is `[A-Z]{3}\d{9}`.
 *
 * The language is a deliberately tiny regex subset, parsed here character by character so that
 * an admin's string never reaches `RegExp` unparsed: compile.ts rebuilds the regex source from
 * the parts this module returns. Grammar:
 *
 *   pattern     := part+
 *   part        := atom quantifier? | group "?"?
 *   group       := "(" alternative ("|" alternative)* ")"
 *   alternative := atom+                      (no quantifiers, no nested groups)
 *   atom        := literal | "\d" | "\" punct | class
 *   literal     := A-Z a-z 0-9 space - / # _
 *   punct       := . - / # _ space           (`\.` is the only way to write a dot)
 *   class       := "[" (range | literal | "\d" | "\" punct)+ "]"   (no negation)
 *   quantifier  := "?" | "{n}" | "{m,n}"      (n <= 32, m <= n)
 *
 * Everything else (`.`, `*`, `+`, anchors, lookarounds, backreferences, `|` outside a group,
 * escapes such as `\w`) is rejected with a message that says what to write instead.
 */
import {
  CODE_0,
  CODE_9,
  CODE_LOWER_A,
  CODE_LOWER_Z,
  CODE_UPPER_A,
  CODE_UPPER_Z,
  isAsciiLetterCode,
  isDigitCode,
} from '../validators/digits.ts';

/** Printable ASCII code points (0x20-0x7E); every character a pattern can match is one of them. */
export type CharSet = ReadonlySet<number>;

/** One character position: a literal, `\d`, an escaped punctuation mark or a class. */
export interface Atom {
  readonly set: CharSet;
  /** Span in the pattern string, for messages. */
  readonly start: number;
  readonly end: number;
}

/** An atom repeated min..max times (a bare atom is 1..1, `?` is 0..1). */
export interface RepeatPart {
  readonly kind: 'repeat';
  readonly atom: Atom;
  readonly min: number;
  readonly max: number;
  readonly start: number;
  readonly end: number;
}

export interface Alternative {
  /** A fixed sequence: one atom per matched character. */
  readonly atoms: readonly Atom[];
  readonly start: number;
  readonly end: number;
}

export interface GroupPart {
  readonly kind: 'group';
  readonly alternatives: readonly Alternative[];
  readonly optional: boolean;
  readonly start: number;
  readonly end: number;
}

export type Part = RepeatPart | GroupPart;

export type ParseResult =
  | { readonly ok: true; readonly parts: readonly Part[] }
  | { readonly ok: false; readonly error: string; readonly position: number };

/** Upper bound of `{n}` / `{m,n}`. */
export const MAX_REPEAT = 32;

/** Thrown inside the parser only; parsePattern turns it into a ParseResult. */
class PatternSyntaxError extends Error {
  constructor(
    readonly position: number,
    message: string,
  ) {
    super(message);
  }
}

/** Unescaped punctuation that stands for itself. `.` is missing on purpose: it must be `\.`. */
const PLAIN_PUNCTUATION = ' -/#_';
/** Punctuation that may follow a backslash and then stands for itself. */
const ESCAPABLE_PUNCTUATION = '.-/#_ ';

export const DIGITS: CharSet = range(CODE_0, CODE_9);

function isAlphanumeric(char: string): boolean {
  const code = char.charCodeAt(0);
  return isDigitCode(code) || isAsciiLetterCode(code);
}

function range(low: number, high: number): Set<number> {
  const set = new Set<number>();
  for (let code = low; code <= high; code++) set.add(code);
  return set;
}

function single(char: string): CharSet {
  return new Set([char.charCodeAt(0)]);
}

/**
 * Shows a piece of pattern text in a message. Patterns are admin configuration, not PHI, so they
 * may be quoted; control and non-ASCII characters are written as \uXXXX so the message stays
 * readable (and cannot smuggle line breaks into a log line).
 */
export function showPatternText(text: string): string {
  let shown = '';
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    shown +=
      code >= 0x20 && code <= 0x7e
        ? text.charAt(index)
        : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return shown;
}

function describeChar(char: string): string {
  const code = char.charCodeAt(0);
  if (char === ' ') return '" " (space)';
  if (code >= 0x20 && code <= 0x7e) return `"${char}"`;
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

const ALLOWED_CHARACTERS =
  'allowed characters are letters, digits, space, "-", "/", "#", "_" and "\\." for a dot';

export function parsePattern(pattern: string): ParseResult {
  try {
    return { ok: true, parts: new Parser(pattern).parse() };
  } catch (error) {
    if (error instanceof PatternSyntaxError) {
      return { ok: false, error: error.message, position: error.position };
    }
    throw error;
  }
}

class Parser {
  private index = 0;

  constructor(private readonly pattern: string) {}

  parse(): Part[] {
    const parts: Part[] = [];
    while (this.index < this.pattern.length) {
      const start = this.index;
      if (this.peek() === '(') {
        const alternatives = this.group();
        const optional = this.groupQuantifier();
        parts.push({ kind: 'group', alternatives, optional, start, end: this.index });
      } else {
        const atom = this.atom('top');
        const { min, max } = this.atomQuantifier();
        parts.push({ kind: 'repeat', atom, min, max, start, end: this.index });
      }
    }
    return parts;
  }

  private peek(offset = 0): string | undefined {
    return this.pattern[this.index + offset];
  }

  private fail(position: number, message: string): never {
    throw new PatternSyntaxError(position, message);
  }

  /** A single character position outside a class. `where` only tunes the messages. */
  private atom(where: 'top' | 'group'): Atom {
    const start = this.index;
    const char = this.peek();
    if (char === undefined) return this.fail(start, 'the pattern ends unexpectedly');
    if (isAlphanumeric(char) || PLAIN_PUNCTUATION.includes(char)) {
      this.index++;
      return { set: single(char), start, end: this.index };
    }
    if (char === '\\') {
      const set = this.escape();
      return { set, start, end: this.index };
    }
    if (char === '[') {
      const set = this.characterClass();
      return { set, start, end: this.index };
    }
    return this.fail(start, this.unexpected(char, where));
  }

  /** Why `char` cannot start an atom: each regex feature gets its own explanation. */
  private unexpected(char: string, where: 'top' | 'group'): string {
    switch (char) {
      case '.':
        return '"." matches any character, which is too broad; write "\\." for a literal dot or list the characters in a class such as [A-Z0-9]';
      case '*':
      case '+':
      case '?':
      case '{':
        return where === 'group'
          ? `"${char}" inside a group: repeats are not allowed inside a group; write each alternative out in full, e.g. (AB12|CD34)`
          : `"${char}" has nothing to repeat`;
      case '^':
      case '$':
        return `anchors such as "${char}" are not supported; boundaries are added automatically (a match is never part of a longer run of letters or digits)`;
      case '|':
        return '"|" is only allowed inside a group; wrap the alternatives in parentheses, e.g. (MBR|MEM)';
      case '(':
        return 'groups cannot be nested';
      case ')':
        return '")" has no matching "("';
      case ']':
        return '"]" has no matching "["';
      case '}':
        return '"}" has no matching "{"';
      default:
        return `${describeChar(char)} is not allowed; ${ALLOWED_CHARACTERS}`;
    }
  }

  /** `\d` or an escaped punctuation mark; the index is at the backslash. */
  private escape(): CharSet {
    const start = this.index;
    const next = this.peek(1);
    if (next === undefined) {
      return this.fail(start, '"\\" at the end of the pattern escapes nothing; remove it');
    }
    const shown = `"\\${showPatternText(next)}"`;
    if (next === 'd') {
      this.index += 2;
      return DIGITS;
    }
    if (ESCAPABLE_PUNCTUATION.includes(next)) {
      this.index += 2;
      return single(next);
    }
    switch (next) {
      case 'w':
      case 'W':
        return this.fail(
          start,
          `${shown} is not supported; list the characters in a class such as [A-Za-z0-9]`,
        );
      case 'D':
        return this.fail(
          start,
          `${shown} (any non-digit) is too broad; list the characters in a class such as [A-Z]`,
        );
      case 's':
      case 'S':
        return this.fail(start, `${shown} is not supported; write a literal space`);
      case 'b':
      case 'B':
        return this.fail(
          start,
          `${shown} is not needed: boundaries are added automatically (a match is never part of a longer run of letters or digits)`,
        );
      case 'k':
        return this.fail(start, `${shown}: backreferences are not supported`);
      default:
        if (next >= '1' && next <= '9') {
          return this.fail(start, `${shown}: backreferences are not supported`);
        }
        return this.fail(
          start,
          `${shown} is not a supported escape; use \\d for a digit, or \\. \\- \\/ \\# \\_ for a literal character`,
        );
    }
  }

  /** `[...]`: letters, digits, ranges, `\d`, some punctuation. The index is at the "[". */
  private characterClass(): CharSet {
    const open = this.index;
    this.index++;
    if (this.peek() === '^') {
      return this.fail(
        this.index,
        'negated classes such as "[^...]" are not supported; list the allowed characters instead',
      );
    }
    const set = new Set<number>();
    for (let first = true; ; first = false) {
      const position = this.index;
      const char = this.peek();
      if (char === undefined) return this.fail(open, '"[" is never closed; add "]"');
      if (char === ']') {
        if (first) return this.fail(open, '"[]" is empty; list at least one character');
        this.index++;
        return set;
      }
      if (char === '\\') {
        for (const code of this.escape()) set.add(code);
      } else if (isAlphanumeric(char)) {
        const high = this.peek(2);
        if (this.peek(1) === '-' && high !== undefined && high !== ']') {
          this.classRange(char, high, position);
          for (const code of range(char.charCodeAt(0), high.charCodeAt(0))) set.add(code);
          this.index += 3;
        } else {
          set.add(char.charCodeAt(0));
          this.index++;
        }
      } else if (char === '-') {
        // As in ordinary regexes, "-" is literal only where it cannot form a range.
        if (!first && this.peek(1) !== ']') {
          return this.fail(
            position,
            'a range must go from one letter or digit to another (e.g. A-Z, 0-9); write "\\-" for a literal "-"',
          );
        }
        set.add(char.charCodeAt(0));
        this.index++;
      } else if (PLAIN_PUNCTUATION.includes(char)) {
        set.add(char.charCodeAt(0));
        this.index++;
      } else if (char === '.') {
        return this.fail(position, '"." must be escaped as "\\." (a literal dot), in a class too');
      } else if (char === '[') {
        return this.fail(position, '"[" inside a class is not supported');
      } else {
        return this.fail(position, `${describeChar(char)} is not allowed; ${ALLOWED_CHARACTERS}`);
      }
    }
  }

  private classRange(low: string, high: string, position: number): void {
    const shown = `"${showPatternText(`${low}-${high}`)}"`;
    const kind = (char: string): string | undefined => {
      const code = char.charCodeAt(0);
      if (isDigitCode(code)) return 'digit';
      if (code >= CODE_UPPER_A && code <= CODE_UPPER_Z) return 'upper';
      if (code >= CODE_LOWER_A && code <= CODE_LOWER_Z) return 'lower';
      return undefined;
    };
    if (kind(low) !== kind(high)) {
      this.fail(
        position,
        `range ${shown} must stay within A-Z, a-z or 0-9; use separate ranges such as A-Za-z0-9`,
      );
    }
    if (low > high) this.fail(position, `range ${shown} is reversed; write "${high}-${low}"`);
  }

  /** `( alt | alt ... )`; the index is at the "(". */
  private group(): Alternative[] {
    const open = this.index;
    if (this.peek(1) === '?') {
      return this.fail(
        open,
        '"(?" groups (lookarounds, named or non-capturing groups) are not supported; write a plain group such as (MBR|MEM)',
      );
    }
    this.index++;
    const alternatives: Alternative[] = [];
    let atoms: Atom[] = [];
    let alternativeStart = this.index;
    for (;;) {
      const char = this.peek();
      if (char === undefined) return this.fail(open, '"(" is never closed; add ")"');
      if (char === '|' || char === ')') {
        if (atoms.length === 0) {
          if (char === ')' && alternatives.length === 0) {
            return this.fail(open, '"()" is empty; put at least one character in the group');
          }
          return this.fail(
            this.index,
            'empty alternative in a group; every alternative needs at least one character (make the whole group optional with "?" instead)',
          );
        }
        alternatives.push({ atoms, start: alternativeStart, end: this.index });
        this.index++;
        if (char === ')') return alternatives;
        atoms = [];
        alternativeStart = this.index;
      } else {
        atoms.push(this.atom('group'));
      }
    }
  }

  /** After a group only `?` may follow: a repeated group would be a nested quantifier. */
  private groupQuantifier(): boolean {
    const char = this.peek();
    if (char === '*' || char === '+' || char === '{') {
      return this.fail(
        this.index,
        `"${char}" after a group is not allowed: a group can only be made optional with "?"; write the group out again instead of repeating it`,
      );
    }
    if (char !== '?') return false;
    this.index++;
    this.noStackedQuantifier('?');
    return true;
  }

  private atomQuantifier(): { min: number; max: number } {
    const start = this.index;
    const char = this.peek();
    let bounds: { min: number; max: number };
    if (char === '?') {
      this.index++;
      bounds = { min: 0, max: 1 };
    } else if (char === '*' || char === '+') {
      const suggestion = char === '*' ? '{0,20}' : '{1,20}';
      return this.fail(start, `"${char}" is unbounded; use a bounded repeat such as ${suggestion}`);
    } else if (char === '{') {
      bounds = this.braces();
    } else {
      return { min: 1, max: 1 };
    }
    this.noStackedQuantifier(this.pattern.slice(start, this.index));
    return bounds;
  }

  /** `{n}` or `{m,n}`; the index is at the "{". */
  private braces(): { min: number; max: number } {
    const open = this.index;
    const close = this.pattern.indexOf('}', open);
    if (close < 0) {
      return this.fail(open, '"{" is never closed; write {n} or {m,n}');
    }
    const text = this.pattern.slice(open, close + 1);
    const shown = `"${showPatternText(text)}"`;
    const body = text.slice(1, -1);
    // A fixed, anchored, linear regex over at most 200 characters of our own parsing: safe.
    const match = /^(\d+)(?:(,)(\d*))?$/.exec(body);
    if (match === null) {
      if (/^,\d+$/.test(body)) {
        return this.fail(open, `${shown} has no lower bound; write {0${body}}`);
      }
      return this.fail(
        open,
        `${shown} is not a valid repeat; write {n} or {m,n} with whole numbers up to ${MAX_REPEAT}`,
      );
    }
    const min = Number(match[1]);
    const unbounded = match[2] !== undefined && match[3] === '';
    const max = unbounded ? Infinity : Number(match[3] ?? match[1]);
    if (min > MAX_REPEAT) {
      const times = match[2] === undefined ? `${min}` : `at least ${min}`;
      return this.fail(open, `${shown} repeats ${times} times; the maximum is ${MAX_REPEAT}`);
    }
    if (max > MAX_REPEAT && !unbounded) {
      return this.fail(open, `${shown} repeats up to ${max} times; the maximum is ${MAX_REPEAT}`);
    }
    if (unbounded) {
      const upper = Math.min(MAX_REPEAT, Math.max(20, min + 1));
      return this.fail(
        open,
        `${shown} is unbounded; use a bounded repeat such as {${min},${upper}}`,
      );
    }
    if (min > max) return this.fail(open, `${shown} has a minimum above its maximum`);
    if (max === 0) return this.fail(open, `${shown} repeats zero times; remove the part instead`);
    this.index = close + 1;
    return { min, max };
  }

  /** `a{2,4}?`, `a??`, `a{2}{3}`: lazy or stacked repeats are nested quantifiers in disguise. */
  private noStackedQuantifier(previous: string): void {
    const char = this.peek();
    if (char === '?' || char === '*' || char === '+' || char === '{') {
      this.fail(
        this.index,
        `"${char}" cannot follow the repeat "${showPatternText(previous)}"; lazy, possessive and stacked repeats are not supported`,
      );
    }
  }
}
