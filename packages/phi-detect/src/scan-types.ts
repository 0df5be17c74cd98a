import type { CompiledCustomPattern } from './custom-patterns/index.ts';
import type { PhiCategory } from './taxonomy.ts';

/** A value the caller already knows belongs to the record (e.g. the Case's contact name). */
export interface KnownIdentifier {
  readonly category: PhiCategory;
  readonly value: string;
}

export interface ScanOptions {
  /** The record's own values; the engine finds them despite case, spacing and punctuation. */
  readonly knownIdentifiers?: readonly KnownIdentifier[];
  /** Admin-defined patterns, compiled (and so validated) by compileCustomPattern. */
  readonly customPatterns?: readonly CompiledCustomPattern[];
  /** Findings below this confidence are dropped. Default 0.5. */
  readonly minConfidence?: number;
  /** Only report these categories (default: all). */
  readonly categories?: readonly PhiCategory[];
}
