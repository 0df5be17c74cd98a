/**
 * Pattern.split / String.split with Java 8+ semantics: a zero-width match at the start of the
 * input produces no leading empty string; with limit 0 trailing empty strings are removed; a
 * positive limit caps the number of pieces (the last holds the rest); a negative limit keeps
 * everything. Apex documents the Java 8 behaviour for API 35.0 and later (String.split,
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_string.htm).
 */
import type { CompiledPattern } from './engine.ts';

export function splitJava(pattern: CompiledPattern, input: string, limit = 0): string[] {
  const limited = limit > 0;
  const pieces: string[] = [];
  let index = 0;
  for (const match of pattern.findAll(input)) {
    if (!limited || pieces.length < limit - 1) {
      if (index === 0 && match.start === 0 && match.start === match.end) continue;
      pieces.push(input.slice(index, match.start));
      index = match.end;
    } else {
      // The limit is reached: the last piece is the rest of the input.
      pieces.push(input.slice(index));
      index = match.end;
      break;
    }
  }
  // No match (or only a zero-width match at the start): the input itself.
  if (index === 0) return [input];
  if (!limited || pieces.length < limit) pieces.push(input.slice(index));
  if (limit === 0) {
    while (pieces.length > 0 && pieces[pieces.length - 1] === '') pieces.pop();
  }
  return pieces;
}
