import type { PhiCategory } from '../taxonomy.ts';

/** What an admin enters on the setup screen (or stores in configuration). */
export interface CustomPatternDefinition {
  /** 1-40 characters of a-z, 0-9 and "-"; findings carry the rule id `custom.<name>`. */
  readonly name: string;
  /** One of PHI_CATEGORIES, e.g. HEALTH_PLAN_ID. */
  readonly category: string;
  /** The identifier format in the small pattern language described in parse.ts. */
  readonly pattern: string;
  /** Letters match either case. Default false. */
  readonly caseInsensitive?: boolean;
  /** Context words (e.g. "member id") the engine uses to raise confidence; at most 20. */
  readonly keywords?: readonly string[];
  /** 0..1, default 0.8. */
  readonly confidence?: number;
}

/** A validated pattern; only compileCustomPattern creates these. */
export interface CompiledCustomPattern {
  readonly name: string;
  readonly category: PhiCategory;
  /**
   * Global (and, if requested, case-insensitive) regex with letter/digit boundaries. It is
   * stateful (`lastIndex`): scan with findCustomPatternMatches rather than calling exec on it.
   */
  readonly regex: RegExp;
  /** Trimmed, lowercased, without duplicates. */
  readonly keywords: readonly string[];
  readonly confidence: number;
  /** Shortest and longest possible match, in characters. */
  readonly minLength: number;
  readonly maxLength: number;
}

export type CompileResult =
  | { readonly ok: true; readonly pattern: CompiledCustomPattern }
  | { readonly ok: false; readonly error: string; readonly position?: number };
