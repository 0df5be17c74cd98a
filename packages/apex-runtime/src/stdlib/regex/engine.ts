/**
 * Matching with Java's semantics on top of translated RegExps: whole-input matches (matches()),
 * prefix matches (lookingAt()), and successive find()s, where a search after an empty match
 * starts one character further (java.util.regex.Matcher.find).
 */
import { compileTranslated, translateJavaPattern, type TranslatedPattern } from './translate.ts';

/** A successful match: group texts and [start, end) positions, undefined for unset groups. */
export interface MatchResult {
  readonly groups: readonly (string | undefined)[];
  readonly indices: readonly ([number, number] | undefined)[];
  readonly start: number;
  readonly end: number;
}

export class CompiledPattern {
  readonly translated: TranslatedPattern;
  private readonly search: RegExp;
  private readonly whole: RegExp;
  private readonly prefix: RegExp;

  constructor(readonly pattern: string) {
    this.translated = translateJavaPattern(pattern);
    // 'd' gives group positions (start/end), 'g' lets a search begin at lastIndex.
    this.search = compileTranslated(this.translated, 'dg', pattern);
    this.whole = compileTranslated(
      { ...this.translated, source: `^(?:${this.translated.source})$` },
      'd',
      pattern,
    );
    this.prefix = compileTranslated(
      { ...this.translated, source: `^(?:${this.translated.source})` },
      'd',
      pattern,
    );
  }

  get groupCount(): number {
    return this.translated.groupCount;
  }

  /** Matcher.matches(): the whole input. */
  matchWhole(input: string): MatchResult | undefined {
    return toResult(this.whole.exec(input));
  }

  /** Matcher.lookingAt(): a prefix of the input. */
  matchPrefix(input: string): MatchResult | undefined {
    return toResult(this.prefix.exec(input));
  }

  /** The first match starting at or after `from`. */
  searchFrom(input: string, from: number): MatchResult | undefined {
    this.search.lastIndex = from;
    return toResult(this.search.exec(input));
  }

  /** Every match, as successive Matcher.find() calls return them. */
  *findAll(input: string): Generator<MatchResult> {
    let previous: MatchResult | undefined;
    for (;;) {
      const from = previous ? nextSearchIndex(previous) : 0;
      if (from > input.length) return;
      const match = this.searchFrom(input, from);
      if (!match) return;
      yield match;
      previous = match;
    }
  }
}

/** Where find() resumes after a match: its end, or one further after an empty match. */
export function nextSearchIndex(previous: MatchResult): number {
  return previous.end === previous.start ? previous.end + 1 : previous.end;
}

function toResult(match: RegExpExecArray | null): MatchResult | undefined {
  if (!match) return undefined;
  const indices = match.indices ?? [];
  return {
    groups: Array.from(match, (group) => group),
    indices: Array.from({ length: match.length }, (_, i) => indices[i]),
    start: match.index,
    end: match.index + (match[0]?.length ?? 0),
  };
}

const cache = new Map<string, CompiledPattern>();
const CACHE_LIMIT = 500;

/** Translations are cached by pattern text: Apex code often compiles the same pattern repeatedly. */
export function compilePattern(pattern: string): CompiledPattern {
  let compiled = cache.get(pattern);
  if (!compiled) {
    compiled = new CompiledPattern(pattern);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(pattern, compiled);
  }
  return compiled;
}
