/**
 * `lightning/refresh`: the RefreshView API. Only what the components use; sfdx-lwc-jest ships a
 * stub of the module (`RefreshEvent` is a `lightning__refresh` CustomEvent), so specs need no
 * mapping in jest.config.js.
 * @see https://developer.salesforce.com/docs/platform/lwc/guide/reference-lightning-refresh.html
 */
declare module 'lightning/refresh' {
  /**
   * Asks the nearest refresh container (e.g. the record page) to refresh its view: standard
   * components and every component registered with `registerRefreshHandler` reload their data.
   * `this.dispatchEvent(new RefreshEvent())`.
   */
  export class RefreshEvent extends CustomEvent<undefined> {
    constructor();
  }

  /** What a refresh handler's promise resolves to: true to continue into its children. */
  export type RefreshHandler = () => Promise<boolean>;

  /**
   * Registers a component's refresh handler (in connectedCallback); returns an id for
   * `unregisterRefreshHandler` (in disconnectedCallback).
   */
  export function registerRefreshHandler(element: EventTarget, handler: RefreshHandler): number;

  export function unregisterRefreshHandler(id: number): void;
}
