/**
 * All matches of a global regex, like `text.matchAll(pattern)` but without its per-call cost:
 * matchAll clones the regex (a species constructor call) and builds an iterator, which costs
 * more than scanning a short message. Scanning a 60-character chat line runs ~40 patterns, so
 * this is most of the fixed cost of a scan. The pattern's lastIndex is reset before and after;
 * the matches are collected first, so callers may use the same pattern inside their loop.
 */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`matchesOf needs a global pattern: ${pattern.source}`);
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    matches.push(match);
    // An empty match would find itself forever: step over it as matchAll does.
    if (match[0].length === 0) pattern.lastIndex += 1;
  }
  pattern.lastIndex = 0;
  return matches;
}
