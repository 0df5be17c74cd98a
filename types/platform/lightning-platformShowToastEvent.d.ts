/**
 * `lightning/platformShowToastEvent`: shows a toast in Lightning Experience.
 * @see https://developer.salesforce.com/docs/platform/lwc/guide/use-toast.html
 */
declare module 'lightning/platformShowToastEvent' {
  export type ToastVariant = 'info' | 'success' | 'warning' | 'error';
  export type ToastMode = 'dismissible' | 'pester' | 'sticky';

  /** A URL or a record link substituted into `{0}`, `{1}`, ... placeholders of `message`. */
  export interface ToastMessageData {
    readonly url: string;
    readonly label: string;
  }

  export interface ShowToastEventDetail {
    /** The title of the toast, displayed as a heading. */
    readonly title?: string;
    /** The message; may contain `{index}` placeholders replaced by `messageData`. */
    readonly message?: string;
    readonly messageData?: readonly (string | ToastMessageData)[];
    /** Default `info`. */
    readonly variant?: ToastVariant;
    /** Default `dismissible`. */
    readonly mode?: ToastMode;
  }

  /** `this.dispatchEvent(new ShowToastEvent({ title, message, variant }))`. */
  export class ShowToastEvent extends CustomEvent<ShowToastEventDetail> {
    constructor(toast: ShowToastEventDetail);
  }
}
