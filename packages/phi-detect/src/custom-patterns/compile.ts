/**
 * Validates an admin's custom pattern definition and compiles it to a RegExp that is safe to run
 * on any amount of text: see analyze.ts for why an accepted pattern scans in O(n * L) time.
 *
 * The admin's pattern text is never handed to RegExp: it is parsed (parse.ts), checked
 * (analyze.ts), and the regex source is rebuilt here from the parsed parts, writing every
 * punctuation mark as a \xHH escape.
 */
import { PHI_CATEGORIES, isPhiCategory } from '../taxonomy.ts';
import {
  MAX_MATCH_LENGTH,
  MIN_MATCH_LENGTH,
  analyzePattern,
  leadingSet,
  trailingSet,
} from './analyze.ts';
import { isAsciiLetterCode, isDigitCode } from '../validators/digits.ts';
import { MAX_REPEAT, parsePattern, showPatternText } from './parse.ts';
import type { CharSet, Part } from './parse.ts';
import { registerValidatedRegex } from './registry.ts';
import type { CompileResult, CompiledCustomPattern, CustomPatternDefinition } from './types.ts';

/** Limits an admin screen can show next to the pattern field. */
export const CUSTOM_PATTERN_LIMITS = Object.freeze({
  maxPatternLength: 200,
  maxRepeat: MAX_REPEAT,
  minMatchLength: MIN_MATCH_LENGTH,
  maxMatchLength: MAX_MATCH_LENGTH,
  maxNameLength: 40,
  maxKeywords: 20,
  maxKeywordLength: 40,
  defaultConfidence: 0.8,
});

const NAME_PATTERN = /^[a-z0-9-]+$/;

/** Letters and digits: a match may not touch one on either side. */
const WORD_CHARS = 'A-Za-z0-9';

type Failure = Extract<CompileResult, { ok: false }>;

function failure(error: string, position?: number): Failure {
  return position === undefined ? { ok: false, error } : { ok: false, error, position };
}

/** Quotes admin-entered text (not PHI) in a message, shortened so a message stays one line. */
function quote(text: string, max = 60): string {
  const shown = showPatternText(text.length > max ? `${text.slice(0, max)}...` : text);
  return `"${shown}"`;
}

export function compileCustomPattern(definition: CustomPatternDefinition): CompileResult {
  // Definitions come from configuration records or JSON, so the declared types are not trusted.
  const input: unknown = definition;
  if (typeof input !== 'object' || input === null) {
    return failure('A custom pattern definition must be an object');
  }
  const { name, category, pattern, caseInsensitive, keywords, confidence } = input as Partial<
    Record<keyof CustomPatternDefinition, unknown>
  >;

  if (typeof name !== 'string') return failure('Name must be a string');
  if (
    name.length < 1 ||
    name.length > CUSTOM_PATTERN_LIMITS.maxNameLength ||
    !NAME_PATTERN.test(name)
  ) {
    return failure(
      `Name ${quote(name)} is invalid: use 1-${CUSTOM_PATTERN_LIMITS.maxNameLength} characters from a-z, 0-9 and "-" (it becomes the rule id custom.<name>)`,
    );
  }

  if (!isPhiCategory(category)) {
    const shown =
      typeof category === 'string'
        ? quote(category)
        : category === undefined
          ? 'missing'
          : `of type ${typeof category}`;
    return failure(
      `Category ${shown} is not a PHI category; use one of ${PHI_CATEGORIES.join(', ')}`,
    );
  }

  if (caseInsensitive !== undefined && typeof caseInsensitive !== 'boolean') {
    return failure('caseInsensitive must be true or false');
  }

  const checkedConfidence = checkConfidence(confidence);
  if (typeof checkedConfidence !== 'number') return checkedConfidence;

  const checkedKeywords = checkKeywords(keywords);
  if (!Array.isArray(checkedKeywords)) return checkedKeywords;

  if (typeof pattern !== 'string') return failure('Pattern must be a string');
  const compiled = compilePattern(pattern, caseInsensitive === true);
  if (!compiled.ok) return compiled;

  const result: CompiledCustomPattern = Object.freeze({
    name,
    category,
    regex: compiled.regex,
    keywords: Object.freeze(checkedKeywords),
    confidence: checkedConfidence,
    minLength: compiled.minLength,
    maxLength: compiled.maxLength,
  });
  return { ok: true, pattern: result };
}

function checkConfidence(confidence: unknown): number | Failure {
  if (confidence === undefined) return CUSTOM_PATTERN_LIMITS.defaultConfidence;
  if (typeof confidence !== 'number' || !(confidence >= 0 && confidence <= 1)) {
    const shown = typeof confidence === 'number' ? String(confidence) : typeof confidence;
    return failure(`Confidence must be a number from 0 to 1 (got ${shown})`);
  }
  return confidence;
}

function checkKeywords(keywords: unknown): string[] | Failure {
  if (keywords === undefined) return [];
  if (!Array.isArray(keywords)) return failure('Keywords must be a list of words');
  const { maxKeywords, maxKeywordLength } = CUSTOM_PATTERN_LIMITS;
  if (keywords.length > maxKeywords) {
    return failure(`Keywords: at most ${maxKeywords} are allowed (got ${keywords.length})`);
  }
  const normalized: string[] = [];
  for (const [index, keyword] of (keywords as unknown[]).entries()) {
    if (typeof keyword !== 'string') return failure(`Keyword ${index + 1} must be text`);
    const word = keyword.trim().toLowerCase();
    if (word.length === 0) return failure(`Keyword ${index + 1} is empty`);
    if (word.length > maxKeywordLength) {
      return failure(
        `Keyword ${quote(word)} is ${word.length} characters long; the maximum is ${maxKeywordLength}`,
      );
    }
    if (!normalized.includes(word)) normalized.push(word);
  }
  return normalized;
}

type CompiledRegex =
  | {
      readonly ok: true;
      readonly regex: RegExp;
      readonly minLength: number;
      readonly maxLength: number;
    }
  | Failure;

function compilePattern(pattern: string, caseInsensitive: boolean): CompiledRegex {
  const { maxPatternLength } = CUSTOM_PATTERN_LIMITS;
  if (pattern.length === 0) {
    return failure('Pattern is empty; describe the identifier format, e.g. [A-Z]{3}\\d{9}');
  }
  if (pattern.length > maxPatternLength) {
    return failure(
      `Pattern is ${pattern.length} characters long; the maximum is ${maxPatternLength}`,
    );
  }
  const prefix = `Pattern "${showPatternText(pattern)}"`;
  // A space at either end is almost always pasted by accident, and would be part of every match.
  if (pattern.startsWith(' ')) {
    return failure(`${prefix} at 0: starts with a space; remove it`, 0);
  }
  if (pattern.endsWith(' ') && !pattern.endsWith('\\ ')) {
    return failure(
      `${prefix} at ${pattern.length - 1}: ends with a space; remove it`,
      pattern.length - 1,
    );
  }

  const parsed = parsePattern(pattern);
  if (!parsed.ok)
    return failure(`${prefix} at ${parsed.position}: ${parsed.error}`, parsed.position);

  const analysis = analyzePattern(pattern, parsed.parts, caseInsensitive);
  if (!analysis.ok) {
    return analysis.position === undefined
      ? failure(`${prefix}: ${analysis.error}`)
      : failure(`${prefix} at ${analysis.position}: ${analysis.error}`, analysis.position);
  }

  const source = regexSource(parsed.parts);
  // No `u` flag: without it, case-insensitive matching never maps a non-ASCII character onto an
  // ASCII letter (with `u`, the Kelvin sign U+212A would match "k"), so the ASCII-only analysis
  // in analyze.ts is exact. `g` lets the scanner resume after each match.
  const flags = caseInsensitive ? 'gi' : 'g';
  let regex: RegExp;
  try {
    regex = new RegExp(source, flags);
  } catch {
    // Unreachable: the source is built from parsed parts only. Reported rather than thrown so a
    // setup screen never crashes.
    return failure(`${prefix}: could not be compiled (internal error); please report it`);
  }
  registerValidatedRegex(regex);
  return { ok: true, regex, minLength: analysis.minLength, maxLength: analysis.maxLength };
}

function charSource(code: number): string {
  if (isDigitCode(code) || isAsciiLetterCode(code)) return String.fromCharCode(code);
  return `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`;
}

/** A single character, or a class of ranges (runs of 3 or more consecutive code points). */
function setSource(set: CharSet): string {
  const codes = [...set].sort((a, b) => a - b);
  const [only] = codes;
  if (codes.length === 1 && only !== undefined) return charSource(only);
  let body = '';
  for (let index = 0; index < codes.length;) {
    const low = codes[index] ?? 0;
    let end = index;
    while ((codes[end + 1] ?? -1) === low + (end + 1 - index)) end++;
    const high = codes[end] ?? low;
    body +=
      high - low >= 2
        ? `${charSource(low)}-${charSource(high)}`
        : codes
            .slice(index, end + 1)
            .map(charSource)
            .join('');
    index = end + 1;
  }
  return `[${body}]`;
}

function quantifierSource(min: number, max: number): string {
  if (min === 1 && max === 1) return '';
  if (min === 0 && max === 1) return '?';
  return min === max ? `{${min}}` : `{${min},${max}}`;
}

function partSource(part: Part): string {
  if (part.kind === 'repeat')
    return setSource(part.atom.set) + quantifierSource(part.min, part.max);
  const alternatives = part.alternatives.map((alternative) =>
    alternative.atoms.map((atom) => setSource(atom.set)).join(''),
  );
  return `(?:${alternatives.join('|')})${part.optional ? '?' : ''}`;
}

type Edge = 'word' | 'other' | 'mixed';

function edgeKind(set: CharSet): Edge {
  let word = false;
  let other = false;
  for (const code of set) {
    if (isDigitCode(code) || isAsciiLetterCode(code)) word = true;
    else other = true;
  }
  return word && other ? 'mixed' : word ? 'word' : 'other';
}

/**
 * Boundaries: a match never continues a run of letters or digits, so `ABC123456789` is not found
 * inside `XABC123456789` or `ABC1234567890`. When the match starts (ends) with punctuation, e.g.
 * `#\d{8}`, that punctuation already separates it, so "ID#12345678" still matches. When it can
 * start with either, the two branches are mutually exclusive, so backtracking never runs the body
 * twice from one position. Each lookaround inspects one character: O(1).
 */
function regexSource(parts: readonly Part[]): string {
  const notBefore = `(?<![${WORD_CHARS}])`;
  const notAfter = `(?![${WORD_CHARS}])`;
  const leading: Record<Edge, string> = {
    word: notBefore,
    other: '',
    mixed: `(?:${notBefore}|(?<=[${WORD_CHARS}])${notAfter})`,
  };
  const trailing: Record<Edge, string> = {
    word: notAfter,
    other: '',
    mixed: `(?:${notAfter}|(?=[${WORD_CHARS}])${notBefore})`,
  };
  const body = parts.map(partSource).join('');
  return `${leading[edgeKind(leadingSet(parts))]}(?:${body})${trailing[edgeKind(trailingSet(parts))]}`;
}
