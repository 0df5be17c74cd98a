/**
 * Recovers spans from a redactor that only returns redacted text: the output is the input with
 * some substrings replaced by known tokens (PERSON_NAME, PHONE_NUMBER, ...). Alignment walks
 * both strings: literal output text must equal the input, and each token stands for a non-empty
 * input substring, which ends where the next literal text resumes in the input.
 *
 * Ambiguities, and how they are settled:
 * - The input may itself contain a token word ("send the URL"): a token that is literally
 *   present at the aligned position is tried as literal text first.
 * - Where the replaced value ends is ambiguous when the following literal text also occurs
 *   inside the value, or when two tokens are adjacent ("STREET_ADDRESS ZIPCODE"). The shortest
 *   value is tried first, and `accepts` (the peer's own pattern for that token, when known)
 *   rejects implausible values; if no alignment satisfies `accepts`, alignment is retried
 *   without it (a replacement pass can rewrite text that an earlier pass had already replaced).
 * Alignment is exact (backtracking with a memo of failed states); null means the output is not
 * the input with substrings replaced by these tokens.
 */

export interface AlignedSpan {
  readonly start: number;
  readonly end: number;
  readonly token: string;
}

export interface AlignOptions {
  /** The replacement tokens the redactor emits. */
  readonly tokens: readonly string[];
  /** Whether `value` is something the redactor could have replaced by `token`. */
  readonly accepts?: (token: string, value: string) => boolean;
}

type Segment = { readonly literal: string } | { readonly token: string };

/** Splits the output into literal runs and tokens (longest token first at each position). */
export function segmentOutput(output: string, tokens: readonly string[]): Segment[] {
  const byLength = [...new Set(tokens)]
    .filter((t) => t.length > 0)
    .sort((a, b) => b.length - a.length);
  const segments: Segment[] = [];
  let literalStart = 0;
  let j = 0;
  while (j < output.length) {
    const token = byLength.find((t) => output.startsWith(t, j));
    if (token === undefined) {
      j += 1;
      continue;
    }
    if (j > literalStart) segments.push({ literal: output.slice(literalStart, j) });
    segments.push({ token });
    j += token.length;
    literalStart = j;
  }
  if (output.length > literalStart) segments.push({ literal: output.slice(literalStart) });
  return segments;
}

function solve(
  input: string,
  segments: readonly Segment[],
  accepts: ((token: string, value: string) => boolean) | undefined,
): AlignedSpan[] | null {
  const n = input.length;
  const failed = new Set<number>();
  const spans: AlignedSpan[] = [];

  /** Candidate end offsets for a value starting at `i` that is followed by segment `next`. */
  function* ends(i: number, next: Segment | undefined): Generator<number> {
    if (next === undefined) {
      if (n > i) yield n;
      return;
    }
    if ('literal' in next) {
      let at = input.indexOf(next.literal, i + 1);
      while (at !== -1) {
        yield at;
        at = input.indexOf(next.literal, at + 1);
      }
      return;
    }
    for (let k = i + 1; k <= n; k += 1) yield k;
  }

  function step(s: number, i: number): boolean {
    if (s === segments.length) return i === n;
    const key = s * (n + 1) + i;
    if (failed.has(key)) return false;
    const segment = segments[s];
    if (segment === undefined) return false;
    if ('literal' in segment) {
      if (input.startsWith(segment.literal, i) && step(s + 1, i + segment.literal.length)) {
        return true;
      }
    } else {
      const { token } = segment;
      if (input.startsWith(token, i) && step(s + 1, i + token.length)) return true;
      for (const k of ends(i, segments[s + 1])) {
        if (accepts !== undefined && !accepts(token, input.slice(i, k))) continue;
        const mark = spans.length;
        spans.push({ start: i, end: k, token });
        if (step(s + 1, k)) return true;
        spans.length = mark;
      }
    }
    failed.add(key);
    return false;
  }

  try {
    return step(0, 0) ? spans : null;
  } catch (error) {
    // Thousands of tokens in one text can exhaust the stack: report as unalignable.
    if (error instanceof RangeError) return null;
    throw error;
  }
}

export function alignRedacted(
  input: string,
  output: string,
  options: AlignOptions,
): AlignedSpan[] | null {
  if (input === output) return [];
  const segments = segmentOutput(output, options.tokens);
  if (options.accepts !== undefined) {
    const strict = solve(input, segments, options.accepts);
    if (strict !== null) return strict;
  }
  return solve(input, segments, undefined);
}
