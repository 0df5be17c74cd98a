/**
 * Types for the test helpers of `@salesforce/sfdx-lwc-jest`, which ships none. Only what the
 * specs use; the implementation is `@salesforce/wire-service-jest-util`.
 */
declare module '@salesforce/sfdx-lwc-jest' {
  /** A wire adapter whose provisioned values a spec controls. */
  export interface TestWireAdapter {
    /** Provisions `value` to every wired component (or those whose config matches `filterFn`). */
    emit(value: unknown, filterFn?: (config: Record<string, unknown>) => boolean): void;
    /** The config the component most recently wired with, `null` before any. */
    getLastConfig(): Record<string, unknown> | null;
  }

  /** An Apex wire adapter: provisions `{ data, error }` like a cacheable Apex method. */
  export interface ApexTestWireAdapter extends TestWireAdapter {
    /** Provisions `{ data: undefined, error: { body, ok: false, status, statusText } }`. */
    error(body?: unknown, status?: number, statusText?: string): void;
  }

  export function createApexTestWireAdapter(
    fn?: (...args: unknown[]) => unknown,
  ): ApexTestWireAdapter;
  export function createTestWireAdapter(fn?: (...args: unknown[]) => unknown): TestWireAdapter;
}
