/**
 * Failure-driven rate limiting: each client address may fail (bad credential, unknown id) a
 * bounded number of times per window, so credentials and ids cannot be guessed at speed.
 * In memory and per process, which is what a single-node gateway needs.
 */
export class FailureLimiter {
  private readonly failures = new Map<string, { count: number; windowStart: number }>();

  constructor(
    private readonly maxFailures: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds until `client` may try again, or 0 when it is not limited. */
  retryAfter(client: string): number {
    const entry = this.current(client);
    if (!entry || entry.count < this.maxFailures) return 0;
    return Math.max(1, Math.ceil((entry.windowStart + this.windowMs - this.now()) / 1000));
  }

  recordFailure(client: string): void {
    const entry = this.current(client);
    if (entry) entry.count++;
    else this.failures.set(client, { count: 1, windowStart: this.now() });
    // Bounded memory: an address flood cannot grow the map without limit.
    if (this.failures.size > 100_000) this.sweep();
  }

  private current(client: string) {
    const entry = this.failures.get(client);
    if (entry && this.now() - entry.windowStart >= this.windowMs) {
      this.failures.delete(client);
      return undefined;
    }
    return entry;
  }

  private sweep(): void {
    for (const client of [...this.failures.keys()]) this.current(client);
  }
}
