/**
 * Checks that a parsed pattern is cheap to run on a backtracking regex engine (V8, SpiderMonkey
 * and JavaScriptCore all backtrack) and useful as a detector.
 *
 * Why the rules below make a scan linear
 * --------------------------------------
 * A backtracking engine explores, depth first, every way the pattern's choices (how many times a
 * repeat runs, which alternative of a group, whether an optional part is taken) fit the text.
 * Catastrophic cases come from many choices that all keep consuming the same characters: nested
 * repeats like `(\d+)+`, or adjacent repeats over shared characters like `[A-Z0-9]{1,20}[0-9]{1,20}`
 * (every split point is tried, and each such pair multiplies the work of the next).
 *
 * The parser already excludes unbounded and nested repeats: a repeat applies to one character
 * position, groups are alternations of fixed sequences, and a group can only be made optional.
 * This module adds a determinism rule: at every choice point, at most one option can go on to
 * consume the character that follows the choice. Concretely, with FOLLOW(p) the characters that
 * can come right after part p (the first characters of the next part, and of the parts after it
 * while the ones in between are optional):
 *
 *   - a variable repeat `C{m,n}` (m < n, including `C?`) must not share a character with FOLLOW;
 *   - in an optional group, no alternative may start with a character in FOLLOW;
 *   - two alternatives of one group must differ somewhere within the shorter one, or (when the
 *     shorter is a prefix-compatible head of the longer) the longer one's next character must not
 *     be in FOLLOW; equal-length alternatives that can match the same text are rejected.
 *
 * Case-insensitive patterns are checked with both cases of every letter.
 *
 * Under that rule, for one start position, every option that is not the single "live" one fails
 * within a bounded number of steps (its own fixed length plus skipping the optional parts before
 * the next required character), so a match attempt explores one path of length at most L (the
 * maximum match length) plus bounded dead ends at each of its at most L + parts choice points:
 * O(L) steps, with a constant that depends only on the pattern's size (at most 200 characters).
 * A global scan attempts each start position at most once (after a match it resumes at the
 * match's end), so scanning n characters is O(n * L). Capping L at 64 keeps that constant small;
 * the boundary lookarounds compile.ts adds look at one character each and are O(1).
 */
import { isAsciiLetterCode, isDigitCode } from '../validators/digits.ts';
import { showPatternText } from './parse.ts';
import type { Alternative, CharSet, GroupPart, Part } from './parse.ts';

/** A pattern that can match fewer characters would flag ordinary short numbers and words. */
export const MIN_MATCH_LENGTH = 4;
/** Bounds the work per start position (see above) and covers every real identifier format. */
export const MAX_MATCH_LENGTH = 64;

export type AnalysisResult =
  | { readonly ok: true; readonly minLength: number; readonly maxLength: number }
  | { readonly ok: false; readonly error: string; readonly position?: number };

/** `pattern` is the text `parts` were parsed from; messages quote parts of it. */
export function analyzePattern(
  pattern: string,
  parts: readonly Part[],
  caseInsensitive: boolean,
): AnalysisResult {
  const minLength = parts.reduce((sum, part) => sum + minLengthOf(part), 0);
  const maxLength = parts.reduce((sum, part) => sum + maxLengthOf(part), 0);
  if (maxLength > MAX_MATCH_LENGTH) {
    return {
      ok: false,
      error: `matches up to ${maxLength} characters; the maximum is ${MAX_MATCH_LENGTH} (lower the upper bounds of the repeats)`,
    };
  }

  const ambiguity = new AmbiguityCheck(pattern, parts, caseInsensitive).run();
  if (ambiguity !== undefined) return { ok: false, ...ambiguity };

  if (minLength < MIN_MATCH_LENGTH) {
    return {
      ok: false,
      error: `matches as few as ${minLength} character${minLength === 1 ? '' : 's'}; a pattern must always match at least ${MIN_MATCH_LENGTH} (shorter ones flag ordinary numbers and words)`,
    };
  }
  if (!parts.some(alwaysMatchesADigit)) {
    return {
      ok: false,
      error:
        'has no required part that matches only digits; include at least one such as \\d (patterns without a required digit flag ordinary words)',
    };
  }
  return { ok: true, minLength, maxLength };
}

function minLengthOf(part: Part): number {
  if (part.kind === 'repeat') return part.min;
  if (part.optional) return 0;
  return Math.min(...part.alternatives.map((alternative) => alternative.atoms.length));
}

function maxLengthOf(part: Part): number {
  if (part.kind === 'repeat') return part.max;
  return Math.max(...part.alternatives.map((alternative) => alternative.atoms.length));
}

function isDigitsOnly(set: CharSet): boolean {
  for (const code of set) if (!isDigitCode(code)) return false;
  return true;
}

/** A required part with a digits-only position: every match then contains a digit. */
function alwaysMatchesADigit(part: Part): boolean {
  if (part.kind === 'repeat') return part.min >= 1 && isDigitsOnly(part.atom.set);
  return (
    !part.optional &&
    part.alternatives.every((alternative) =>
      alternative.atoms.some((atom) => isDigitsOnly(atom.set)),
    )
  );
}

function isNullable(part: Part): boolean {
  return part.kind === 'repeat' ? part.min === 0 : part.optional;
}

function isVariableLength(part: Part): boolean {
  return minLengthOf(part) !== maxLengthOf(part);
}

/** The characters a part can start with. */
function firstSet(part: Part): CharSet {
  if (part.kind === 'repeat') return part.atom.set;
  const set = new Set<number>();
  for (const alternative of part.alternatives) {
    const first = alternative.atoms[0];
    if (first !== undefined) for (const code of first.set) set.add(code);
  }
  return set;
}

/** The characters a part can end with. */
function lastSet(part: Part): CharSet {
  if (part.kind === 'repeat') return part.atom.set;
  const set = new Set<number>();
  for (const alternative of part.alternatives) {
    const last = alternative.atoms[alternative.atoms.length - 1];
    if (last !== undefined) for (const code of last.set) set.add(code);
  }
  return set;
}

/** Characters a match can start with (through optional leading parts). */
export function leadingSet(parts: readonly Part[]): CharSet {
  return edgeSet(parts, firstSet);
}

/** Characters a match can end with (through optional trailing parts). */
export function trailingSet(parts: readonly Part[]): CharSet {
  return edgeSet([...parts].reverse(), lastSet);
}

function edgeSet(parts: readonly Part[], edge: (part: Part) => CharSet): CharSet {
  const set = new Set<number>();
  for (const part of parts) {
    for (const code of edge(part)) set.add(code);
    if (!isNullable(part)) break;
  }
  return set;
}

/** With the `i` flag a letter also matches its other case; the analysis must see both. */
function foldCase(set: CharSet): CharSet {
  const folded = new Set(set);
  for (const code of set) if (isAsciiLetterCode(code)) folded.add(code ^ 0x20);
  return folded;
}

/** The smallest character in both sets, or undefined when they are disjoint. */
function sharedChar(a: CharSet, b: CharSet): string | undefined {
  let shared: number | undefined;
  for (const code of a) if (b.has(code) && (shared === undefined || code < shared)) shared = code;
  return shared === undefined ? undefined : String.fromCharCode(shared);
}

function quoteChar(char: string): string {
  return char === ' ' ? '" " (space)' : `"${char}"`;
}

interface Problem {
  readonly error: string;
  readonly position: number;
}

/** Implements the determinism rule described at the top of this file. */
class AmbiguityCheck {
  constructor(
    private readonly pattern: string,
    private readonly parts: readonly Part[],
    private readonly caseInsensitive: boolean,
  ) {}

  run(): Problem | undefined {
    for (let index = 0; index < this.parts.length; index++) {
      const part = this.parts[index];
      if (part === undefined) continue;
      const problem =
        part.kind === 'repeat' ? this.checkRepeat(index, part) : this.checkGroup(index, part);
      if (problem !== undefined) return problem;
    }
    return undefined;
  }

  private fold(set: CharSet): CharSet {
    return this.caseInsensitive ? foldCase(set) : set;
  }

  private quote(span: { readonly start: number; readonly end: number }): string {
    return `"${showPatternText(this.pattern.slice(span.start, span.end))}"`;
  }

  /**
   * The parts whose first character can come right after part `index`: the next part and, while
   * that one is optional, the ones after it.
   */
  private followers(index: number): Part[] {
    const followers: Part[] = [];
    for (const part of this.parts.slice(index + 1)) {
      followers.push(part);
      if (!isNullable(part)) break;
    }
    return followers;
  }

  /** The first follower that can start with a character of `set`, and that character. */
  private overlappingFollower(
    index: number,
    set: CharSet,
  ):
    | { readonly follower: Part; readonly char: string; readonly skipsOptional: boolean }
    | undefined {
    const followers = this.followers(index);
    for (const [offset, follower] of followers.entries()) {
      const char = sharedChar(this.fold(set), this.fold(firstSet(follower)));
      if (char !== undefined) return { follower, char, skipsOptional: offset > 0 };
    }
    return undefined;
  }

  private overlapProblem(
    part: Part,
    overlap: { readonly follower: Part; readonly char: string; readonly skipsOptional: boolean },
  ): Problem {
    const { follower, char, skipsOptional } = overlap;
    const shared = `${quoteChar(char)}${skipsOptional ? ' (only optional parts separate them)' : ''}`;
    const consequence = 'so every split between them would be tried';
    const error = isVariableLength(follower)
      ? `adjacent variable-length parts overlap: ${this.quote(part)} and ${this.quote(follower)} can both match ${shared}, ${consequence}; make their characters distinct or give one of them a fixed length`
      : `variable-length part ${this.quote(part)} overlaps ${skipsOptional ? 'a later part' : 'the next part'}, ${this.quote(follower)}: both can match ${shared}, ${consequence}; make their characters distinct${part.kind === 'repeat' && follower.kind === 'repeat' ? ' or merge them into one repeat' : ''}`;
    return { error, position: part.start };
  }

  /** `C{m,n}` with m < n (and `C?`): stopping early must never let the next part continue. */
  private checkRepeat(index: number, part: Part & { kind: 'repeat' }): Problem | undefined {
    if (part.min === part.max) return undefined;
    const overlap = this.overlappingFollower(index, part.atom.set);
    return overlap === undefined ? undefined : this.overlapProblem(part, overlap);
  }

  private checkGroup(index: number, group: GroupPart): Problem | undefined {
    if (group.optional) {
      // Skipping the group is one more option: no alternative may start like what follows.
      for (const alternative of group.alternatives) {
        const first = alternative.atoms[0];
        if (first === undefined) continue;
        const overlap = this.overlappingFollower(index, first.set);
        if (overlap !== undefined) return this.overlapProblem(group, overlap);
      }
    }
    const { alternatives } = group;
    for (const [i, earlier] of alternatives.entries()) {
      for (const later of alternatives.slice(i + 1)) {
        const problem = this.checkAlternatives(index, group, earlier, later);
        if (problem !== undefined) return problem;
      }
    }
    return undefined;
  }

  /**
   * Two alternatives are both viable only if they agree on every character of the shorter one;
   * then either they are the same length (the same text, matched twice) or the longer one's next
   * character must not be a possible start of what follows the group.
   */
  private checkAlternatives(
    index: number,
    group: GroupPart,
    earlier: Alternative,
    later: Alternative,
  ): Problem | undefined {
    const [shorter, longer] =
      earlier.atoms.length <= later.atoms.length ? [earlier, later] : [later, earlier];
    let example = '';
    for (const [position, atom] of shorter.atoms.entries()) {
      const other = longer.atoms[position];
      const char = other && sharedChar(this.fold(atom.set), this.fold(other.set));
      if (char === undefined) return undefined;
      example += char;
    }
    const names = `${this.quote(earlier)} and ${this.quote(later)} in ${this.quote(group)}`;
    if (shorter.atoms.length === longer.atoms.length) {
      return {
        error: `alternatives ${names} can match the same text ("${showPatternText(example)}"); remove one or make them differ`,
        position: later.start,
      };
    }
    const next = longer.atoms[shorter.atoms.length];
    const overlap = next && this.overlappingFollower(index, next.set);
    if (overlap === undefined) return undefined;
    return {
      error: `alternatives ${names} are ambiguous: ${this.quote(shorter)} can end where ${this.quote(longer)} goes on, and the part after the group, ${this.quote(overlap.follower)}, can also match ${quoteChar(overlap.char)}; make the alternatives differ before the shorter one ends, or make what follows exclude that character`,
      position: later.start,
    };
  }
}
