/**
 * The interpreter as the test runner drives it: it enforces the Apex CPU time limit from a
 * statement-count estimate, keeps Limits.getCpuTime() up to date, and remembers which classes'
 * static state was initialised (the roots of the heap estimate).
 *
 * CPU estimate. Salesforce measures CPU time; we cannot, so each executed statement (and field
 * initialiser) costs CPU_MS_PER_STATEMENT. Calibration: a measurement posted from a Developer
 * Edition org (https://salesforce.stackexchange.com/questions/22665) ran a 5,299,999-iteration
 * loop (one counted statement per iteration here) inside the 10,000 ms limit, i.e. under ~1.9 µs
 * a statement. We use 1 µs, so the limit is reached after 10 million statements. The estimate
 * ignores the time spent inside system methods, SOQL and DML: a lower bound for heavy code.
 */
import type { ClassInfo } from '../interpreter/class-info.ts';
import { Interpreter } from '../interpreter/interpreter.ts';
import type { Platform } from '../interpreter/platform.ts';
import type { TypeRegistry } from '../interpreter/registry.ts';
import type { GovernorCounters, RuntimeServices } from '../natives.ts';
import type { ApexValue } from '../values.ts';

export const CPU_MS_PER_STATEMENT = 0.001;

/**
 * Synchronous Apex CPU limit ("Execution Governors and Limits",
 * https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_gov_limits.htm).
 */
export const CPU_LIMIT_MS = 10_000;

export class GovernedInterpreter extends Interpreter {
  private readonly initialisedStatics = new Map<ClassInfo, Map<string, ApexValue>>();
  /** The counters object the CPU estimate is written to (a new one starts a new CPU budget). */
  private countersInUse: GovernorCounters | undefined;
  private statementsBeforeCounters = 0;
  /** Every counters object seen in this transaction (Test.startTest swaps in a fresh one). */
  private readonly counterGenerations = new Set<GovernorCounters>();

  constructor(
    registry: TypeRegistry,
    platform: Platform,
    services: RuntimeServices,
    /** The CPU limit in (estimated) milliseconds; tests lower it to reach it quickly. */
    private readonly cpuLimitMs = CPU_LIMIT_MS,
  ) {
    super(registry, platform, services);
  }

  /** Starts a transaction's bookkeeping: fresh statement count, CPU budget and counters. */
  beginTransaction(): void {
    this.statementCount = 0;
    this.countersInUse = undefined;
    this.statementsBeforeCounters = 0;
    this.counterGenerations.clear();
  }

  override hit(file: string, line: number): void {
    super.hit(file, line);
    const counters = this.services.limits;
    if (counters !== this.countersInUse) {
      // Test.startTest and each async job get fresh limits: the CPU budget restarts with them.
      this.countersInUse = counters;
      this.counterGenerations.add(counters);
      this.statementsBeforeCounters = this.statementCount - 1;
    }
    const cpuMs = (this.statementCount - this.statementsBeforeCounters) * CPU_MS_PER_STATEMENT;
    counters.cpuTime = Math.floor(cpuMs);
    if (cpuMs > this.cpuLimitMs)
      throw this.error('System.LimitException', 'Apex CPU time limit exceeded');
  }

  override staticsOf(cls: ClassInfo): Map<string, ApexValue> {
    const values = super.staticsOf(cls);
    if (!this.initialisedStatics.has(cls)) this.initialisedStatics.set(cls, values);
    return values;
  }

  override resetStatics(): void {
    super.resetStatics();
    this.initialisedStatics.clear();
  }

  /** Every static field and property value of the classes used since the last reset. */
  *staticValues(): IterableIterator<ApexValue> {
    for (const values of this.initialisedStatics.values()) yield* values.values();
  }

  /** The governor counters of the transaction so far, every generation included. */
  transactionCounters(): GovernorCounters[] {
    return [...new Set([...this.counterGenerations, this.services.limits])];
  }

  /** Whole-transaction CPU estimate in milliseconds (all counter generations together). */
  cpuEstimateMs(): number {
    return Math.round(this.statementCount * CPU_MS_PER_STATEMENT);
  }
}
