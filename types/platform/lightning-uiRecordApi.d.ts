/**
 * `lightning/uiRecordApi`: Lightning Data Service for records. Only what the components use;
 * sfdx-lwc-jest ships a stub of the module (its functions are jest mocks), so specs need no
 * mapping in jest.config.js.
 * @see https://developer.salesforce.com/docs/platform/lwc/guide/reference-lightning-ui-api-record.html
 */
declare module 'lightning/uiRecordApi' {
  /** Identifies a record whose cached data is stale. */
  export interface RecordIdentifier {
    readonly recordId: string;
  }

  /**
   * Tells Lightning Data Service that records changed outside it (e.g. by Apex), so the record
   * page and other wires re-fetch them.
   * @see https://developer.salesforce.com/docs/platform/lwc/guide/reference-notify-record-update.html
   */
  export function notifyRecordUpdateAvailable(
    recordIds: readonly RecordIdentifier[],
  ): Promise<void>;
}
