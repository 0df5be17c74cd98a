import { validatedSpec } from './registry.ts';
import type { CompiledCustomPattern } from './types.ts';

/**
 * Every match of `pattern` in `text`, left to right and non-overlapping, as UTF-16 offsets
 * (`text.slice(start, end)`). Linear in `text.length` for any pattern compileCustomPattern
 * accepted (see analyze.ts).
 *
 * Throws if the pattern's regex did not come from compileCustomPattern, or was altered since:
 * an unvalidated regex could backtrack catastrophically, and a programming error like that must
 * not pass silently.
 */
export function findCustomPatternMatches(
  text: string,
  pattern: CompiledCustomPattern,
): { start: number; end: number }[] {
  const spec = validatedSpec(pattern.regex);
  if (spec === undefined) {
    throw new TypeError(
      `Custom pattern "${pattern.name}" was not produced by compileCustomPattern (or its regex was changed); compile the definition first`,
    );
  }
  // A private copy: the shared regex's lastIndex is neither read nor disturbed, so concurrent
  // or nested scans with the same compiled pattern cannot interfere.
  const regex = new RegExp(spec.source, spec.flags);
  const matches: { start: number; end: number }[] = [];
  for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    matches.push({ start, end });
    // Unreachable (every accepted pattern matches at least 4 characters), but an empty match
    // would otherwise repeat forever at the same index.
    if (end === start) regex.lastIndex = end + 1;
  }
  return matches;
}
