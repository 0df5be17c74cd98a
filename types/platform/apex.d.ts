/**
 * `@salesforce/apex`: helpers for Apex methods imported into Lightning web components.
 *
 * The per-method modules (`@salesforce/apex/<Class>.<method>`) are NOT declared here: they are
 * generated from the `@AuraEnabled` signatures into `types/generated/apex.d.ts`, typed with
 * {@link AuraEnabledMethod} or {@link CacheableAuraEnabledMethod} below, so that a call to a
 * method that does not exist, a wrong parameter name, or `@wire` on a non-cacheable method fails
 * `tsc`.
 *
 * @see https://developer.salesforce.com/docs/platform/lwc/guide/apex-import-method.html
 * @see https://developer.salesforce.com/docs/platform/lwc/guide/apex-wire-method.html
 * @see https://developer.salesforce.com/docs/platform/lwc/guide/apex-result-caching.html
 */
declare module '@salesforce/apex' {
  import type { WireAdapterConstructor } from 'lwc';

  /**
   * The body of a failed Apex call. An `AuraHandledException` message arrives as `message`;
   * other shapes (`pageErrors`, `fieldErrors`, UI API `output`) come from DML and UI API errors.
   * Deliberately loose: `c/ldsUtils.reduceErrors` narrows it at run time.
   */
  export interface ApexErrorBody {
    readonly message?: string;
    readonly exceptionType?: string;
    readonly stackTrace?: string;
    readonly isUserDefinedException?: boolean;
    readonly [key: string]: unknown;
  }

  /** The error a rejected imperative call or a wired method delivers (a fetch-like response). */
  export interface ApexError {
    readonly body?: ApexErrorBody | readonly ApexErrorBody[] | null;
    readonly ok?: boolean;
    readonly status?: number;
    readonly statusText?: string;
  }

  /**
   * What the wire service provisions to a property or function wired to a cacheable Apex method:
   * `{ data, error }`, both `undefined` until the first response arrives.
   */
  export interface WiredApexResult<Result> {
    readonly data?: Result;
    readonly error?: ApexError;
  }

  /** An `@AuraEnabled` Apex method called imperatively: params object in, promise of the result out. */
  export type AuraEnabledMethod<Params extends object, Result> = (
    // A method without parameters may be called with no argument at all.
    ...args: Record<string, never> extends Params ? [params?: Params] : [params: Params]
  ) => Promise<Result>;

  /**
   * An `@AuraEnabled(cacheable=true)` Apex method: callable imperatively and usable as a wire
   * adapter, `@wire(method, { param: '$property' }) value: WiredApexResult<Result> | undefined`.
   */
  export type CacheableAuraEnabledMethod<Params extends object, Result> = AuraEnabledMethod<
    Params,
    Result
  > &
    WireAdapterConstructor<Params, WiredApexResult<Result>>;

  /**
   * Refreshes the data of a wired Apex method: pass the exact value the wire service provisioned
   * (the wired property, or the argument a wired function received).
   * @see https://developer.salesforce.com/docs/platform/lwc/guide/apex-result-caching.html
   */
  export function refreshApex(valueProvisionedByApexWireService: unknown): Promise<void>;

  /**
   * Reads a field value from an SObject an Apex method returned.
   * @param sObject the record returned by Apex
   * @param fieldApiName the field's API name, or a field reference imported from `@salesforce/schema`
   * @see https://developer.salesforce.com/docs/platform/lwc/guide/reference-salesforce-modules.html
   */
  export function getSObjectValue(
    sObject: Readonly<Record<string, unknown>>,
    fieldApiName: string | { readonly fieldApiName: string; readonly objectApiName: string },
  ): unknown;
}
