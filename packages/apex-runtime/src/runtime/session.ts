/**
 * One program run's services for natives: governor counters, the running-user stack
 * (System.runAs), the clock, System.debug output and the test context.
 */
import type { GovernorCounters, RuntimeServices, TestContext } from '../natives.ts';
import type { SystemServices } from '../stdlib/system/services.ts';
import { InMemorySystemServices } from '../stdlib/system/default-services.ts';
import { SObjectValue, type ApexValue } from '../values.ts';
import { zeroCounters } from '../stdlib/system/execution-state.ts';

export class Session implements RuntimeServices {
  limits: GovernorCounters = zeroCounters();
  readonly debugLog: string[] = [];
  uncommittedWork = false;
  test: TestContext = Session.freshTestContext(false);
  private readonly users: string[];
  /** A fixed clock for reproducible runs, or null for the real one. */
  fixedNow: number | null = null;

  constructor(
    defaultUserId: string,
    /** Default: in-memory services with no users (language-level runs without an org). */
    readonly system: SystemServices = new InMemorySystemServices({
      users: [],
      organizationId: '00D000000000001AAA',
      organizationName: 'Offline',
    }),
  ) {
    this.users = [defaultUserId];
  }

  static freshTestContext(isRunningTest: boolean): TestContext {
    return {
      isRunningTest,
      inStartStop: false,
      startTestUsed: false,
      httpMock: null,
      queuedJobs: [],
    };
  }

  currentUserId(): string {
    return this.users[this.users.length - 1] ?? '';
  }

  now(): number {
    return this.fixedNow ?? Date.now();
  }

  runAs<T>(user: ApexValue, body: () => T): T {
    const id = user instanceof SObjectValue ? user.get('Id') : null;
    if (typeof id !== 'string') throw new Error('System.runAs needs a User with an Id');
    this.users.push(id);
    try {
      return body();
    } finally {
      this.users.pop();
    }
  }

  /** A new transaction for the given user (a test method, an async job). */
  resetTransaction(userId?: string): void {
    this.limits = zeroCounters();
    this.uncommittedWork = false;
    if (userId) this.users.splice(0, this.users.length, userId);
  }
}
