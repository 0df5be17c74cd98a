import { LightningElement, api } from 'lwc';
import { reduceErrors } from 'c/ldsUtils';
import errorHeading from '@salesforce/label/c.SecureSend_ErrorHeading';
import genericError from '@salesforce/label/c.SecureSend_GenericError';

/**
 * Shows an error to the user: a friendly heading and the messages reduced from the error(s).
 * When no message can be read from the errors, shows a generic message instead of nothing.
 */
export default class ErrorPanel extends LightningElement {
  /** One error or an array of errors, in any shape `reduceErrors` understands. */
  @api errors: unknown;

  /** The heading; defaults to the SecureSend_ErrorHeading label. */
  @api friendlyMessage: string | undefined;

  get heading(): string {
    // An empty friendly message falls back to the default heading too.
    if (this.friendlyMessage) {
      return this.friendlyMessage;
    }
    return errorHeading;
  }

  /** The distinct messages, in order; the generic message when none could be read. */
  get messages(): string[] {
    const messages = [...new Set(reduceErrors(this.errors))];
    return messages.length > 0 ? messages : [genericError];
  }
}
