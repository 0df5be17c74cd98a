import { LightningElement, api } from 'lwc';
import cancel from '@salesforce/label/c.SecureSend_Cancel';

/**
 * The inline confirmation step of a destructive action (Redact, Revoke...): a prompt, a
 * destructive Confirm button that takes the focus when the step appears, and Cancel. Fires
 * `confirm` or `cancel`; the parent decides what happens next (usually it removes the step).
 */
export default class ConfirmAction extends LightningElement {
  /** What the user is asked to confirm. */
  @api prompt = '';

  /** The label of the destructive button. */
  @api confirmLabel = '';

  /** The label of the button that backs out; "Cancel" unless given. */
  @api cancelLabel: string = cancel;

  /** Set once the Confirm button has been focused, so later renders leave the focus alone. */
  private focused = false;

  override renderedCallback(): void {
    if (!this.focused) {
      this.focused = true;
      this.template?.querySelector<HTMLElement>('lightning-button.confirm-button')?.focus();
    }
  }

  handleConfirm(): void {
    this.dispatchEvent(new CustomEvent('confirm'));
  }

  handleCancel(): void {
    this.dispatchEvent(new CustomEvent('cancel'));
  }
}
