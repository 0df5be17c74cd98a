import { type CompiledCustomPattern, findCustomPatternMatches } from '../custom-patterns/index.ts';
import type { ScanContext } from '../engine/scan-context.ts';

/**
 * Admin-defined patterns (already validated as linear-time by compileCustomPattern). A pattern's
 * keywords near a match raise its confidence; a pattern with keywords and none nearby is less sure.
 */
export function findCustomPatterns(
  context: ScanContext,
  patterns: readonly CompiledCustomPattern[],
): void {
  for (const pattern of patterns) {
    for (const hit of findCustomPatternMatches(context.text, pattern)) {
      const window = context.before(hit.start, 40);
      const keyword = pattern.keywords.some((word) => window.includes(word));
      const adjustment = pattern.keywords.length === 0 ? 0 : keyword ? 0.1 : -0.15;
      context.add(
        pattern.category,
        hit.start,
        hit.end,
        `custom.${pattern.name}`,
        pattern.confidence + adjustment,
        `Matches the admin-defined pattern "${pattern.name}"`,
      );
    }
  }
}
