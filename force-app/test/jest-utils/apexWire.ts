import type { CacheableAuraEnabledMethod } from '@salesforce/apex';
import type { ApexTestWireAdapter } from '@salesforce/sfdx-lwc-jest';

/** An Apex test wire adapter typed by the method it stands in for. */
export interface TypedApexTestWireAdapter<Params extends object, Result> {
  /** Provisions `{ data, error: undefined }`; `data` must match the Apex return type. */
  emit(data: Result): void;
  /** Provisions `{ data: undefined, error: { body, ok: false, status, statusText } }`. */
  error(body?: unknown, status?: number, statusText?: string): void;
  /** The params the component most recently wired with. */
  getLastConfig(): Partial<Params> | null;
}

/**
 * Views a cacheable Apex method, mocked in a spec with
 * `jest.mock('@salesforce/apex/Class.method', () => ({ default: createApexTestWireAdapter(jest.fn()) }), { virtual: true })`,
 * as its test wire adapter, keeping the method's parameter and result types.
 */
export function apexTestWireAdapter<Params extends object, Result>(
  method: CacheableAuraEnabledMethod<Params, Result>,
): TypedApexTestWireAdapter<Params, Result> {
  const adapter = method as unknown as ApexTestWireAdapter;
  return {
    emit: (data) => {
      adapter.emit(data);
    },
    error: (body, status, statusText) => {
      adapter.error(body, status, statusText);
    },
    getLastConfig: () => adapter.getLastConfig() as Partial<Params> | null,
  };
}
