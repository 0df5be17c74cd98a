/**
 * The System.Pattern and System.Matcher objects. The matcher keeps java.util.regex.Matcher's
 * state: the last match, and where the next find() starts (after the previous match; one
 * further after an empty match; the search restarts only on reset()).
 */
import { NativeObject } from '../../values.ts';
import type { CompiledPattern, MatchResult } from './engine.ts';

export class ApexPattern extends NativeObject {
  readonly typeName = 'System.Pattern';

  constructor(readonly compiled: CompiledPattern) {
    super();
  }
}

export class ApexMatcher extends NativeObject {
  readonly typeName = 'System.Matcher';
  /** The last successful match; undefined before any and after a failed attempt. */
  private current: MatchResult | undefined;
  /** The last successful match, kept across failures: find() resumes after it. */
  private previous: MatchResult | undefined;

  constructor(
    readonly pattern: ApexPattern,
    private text: string,
  ) {
    super();
  }

  get input(): string {
    return this.text;
  }

  get match(): MatchResult | undefined {
    return this.current;
  }

  matches(): boolean {
    return this.record(this.pattern.compiled.matchWhole(this.text));
  }

  lookingAt(): boolean {
    return this.record(this.pattern.compiled.matchPrefix(this.text));
  }

  find(): boolean {
    // Java: resume at the end of the last match, one further if the current match is empty.
    const last = this.previous?.end ?? 0;
    const from = this.current?.start === last ? last + 1 : last;
    if (from > this.text.length) return this.record(undefined);
    return this.record(this.pattern.compiled.searchFrom(this.text, from));
  }

  /** find(start): resets, then searches from start (0 <= start <= input length). */
  findFrom(start: number): boolean {
    this.reset();
    return this.record(this.pattern.compiled.searchFrom(this.text, start));
  }

  reset(text?: string): void {
    if (text !== undefined) this.text = text;
    this.current = undefined;
    this.previous = undefined;
  }

  private record(result: MatchResult | undefined): boolean {
    this.current = result;
    if (result) this.previous = result;
    return result !== undefined;
  }
}
