import { CONTEXT_REACH } from './engine/reach.ts';
import type { Finding } from './finding.ts';
import { scan } from './scan.ts';
import type { ScanOptions } from './scan-types.ts';

/** Below this length a full scan is cheaper than the bookkeeping (well under 0.1 ms). */
const FULL_SCAN_BELOW = 4096;

/**
 * Keeps findings up to date while a text is edited: after each edit only the changed part and
 * CONTEXT_REACH characters around it are scanned again; findings farther away are kept (shifted
 * by the edit's length change). When a finding straddles the re-scanned region's edge, it falls
 * back to a full scan, so the result always equals `scan(text, options)`.
 */
export class IncrementalScanner {
  private text = '';
  private current: readonly Finding[] = [];
  /** How the last update was done, for tests and diagnostics. */
  lastUpdate: 'full' | 'incremental' | 'unchanged' = 'full';

  constructor(private readonly options: ScanOptions = {}) {}

  get findings(): readonly Finding[] {
    return this.current;
  }

  update(next: string): readonly Finding[] {
    if (next === this.text && this.text !== '') {
      this.lastUpdate = 'unchanged';
      return this.current;
    }
    const incremental =
      next.length >= FULL_SCAN_BELOW && this.text !== '' ? this.rescanEdit(next) : undefined;
    this.lastUpdate = incremental ? 'incremental' : 'full';
    this.current = incremental ?? scan(next, this.options);
    this.text = next;
    return this.current;
  }

  private rescanEdit(next: string): Finding[] | undefined {
    const previous = this.text;
    const prefix = commonPrefixLength(previous, next);
    const suffix = commonSuffixLength(previous, next, prefix);
    const delta = next.length - previous.length;
    const oldEditEnd = previous.length - suffix;
    const before = this.current.filter((f) => f.end <= prefix);
    const after = this.current
      .filter((f) => f.start >= oldEditEnd)
      .map((f) => ({ ...f, start: f.start + delta, end: f.end + delta }));

    let coreStart = Math.max(0, prefix - CONTEXT_REACH);
    let coreEnd = Math.min(next.length, next.length - suffix + CONTEXT_REACH);
    for (const f of before) if (f.end > coreStart) coreStart = Math.min(coreStart, f.start);
    for (const f of after) if (f.start < coreEnd) coreEnd = Math.max(coreEnd, f.end);

    const windowStart = Math.max(0, coreStart - CONTEXT_REACH);
    const windowEnd = Math.min(next.length, coreEnd + CONTEXT_REACH);
    const fresh = scan(next.slice(windowStart, windowEnd), this.options).map((f) => ({
      ...f,
      start: f.start + windowStart,
      end: f.end + windowStart,
    }));
    const straddles = (position: number): boolean =>
      fresh.some((f) => f.start < position && f.end > position);
    if ((coreStart > 0 && straddles(coreStart)) || (coreEnd < next.length && straddles(coreEnd)))
      return undefined;
    return [
      ...before.filter((f) => f.end <= coreStart),
      ...fresh.filter((f) => f.start >= coreStart && f.end <= coreEnd),
      ...after.filter((f) => f.start >= coreEnd),
    ];
  }
}

function commonPrefixLength(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let i = 0;
  while (i < limit && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

function commonSuffixLength(a: string, b: string, prefix: number): number {
  const limit = Math.min(a.length, b.length) - prefix;
  let i = 0;
  while (i < limit && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}
