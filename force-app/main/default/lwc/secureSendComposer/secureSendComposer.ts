import { LightningElement, api, wire } from 'lwc';
import { CloseActionScreenEvent } from 'lightning/actions';
import type { ApexError, WiredApexResult } from '@salesforce/apex';
import type { ComposeContext, ComposeContext_Recipient } from '@salesforce/apex-types';
import getComposeContext from '@salesforce/apex/SecureSendController.getComposeContext';
import composeTitle from '@salesforce/label/c.SecureSend_ComposeTitle';
import recipientHeading from '@salesforce/label/c.SecureSend_RecipientHeading';
import noRecipient from '@salesforce/label/c.SecureSend_NoRecipient';
import caseNumberLabel from '@salesforce/label/c.SecureSend_CaseNumberLabel';
import messageLabel from '@salesforce/label/c.SecureSend_MessageLabel';
import cancel from '@salesforce/label/c.SecureSend_Cancel';
import loading from '@salesforce/label/c.SecureSend_Loading';

const LABELS = Object.freeze({
  composeTitle,
  recipientHeading,
  noRecipient,
  caseNumberLabel,
  messageLabel,
  cancel,
  loading,
});

/** The `detail` of the `change` event `lightning-textarea` fires. */
interface TextareaChangeDetail {
  readonly value?: string | null;
}

/**
 * Send Securely: the screen quick action on Case where a CSR writes a secure reply.
 *
 * Loads the compose context (Case number, recipient, known identifiers) from Apex, shows who the
 * message goes to, and holds the draft message. The draft is PHI: it stays in component state and
 * is never logged.
 */
export default class SecureSendComposer extends LightningElement {
  /** The Case Id, set by the quick action framework. */
  @api recordId: string | undefined;

  readonly labels = LABELS;

  /** The draft message. */
  message = '';

  @wire(getComposeContext, { caseId: '$recordId' })
  composeContext: WiredApexResult<ComposeContext | null> | undefined;

  /** True until the wire has delivered data or an error. */
  get isLoading(): boolean {
    return this.composeContext?.data === undefined && this.composeContext?.error === undefined;
  }

  /** The wire's error; an empty one (shown as the generic message) when Apex returned null. */
  get error(): ApexError | undefined {
    const wired = this.composeContext;
    if (wired?.error) {
      return wired.error;
    }
    return wired?.data === null ? {} : undefined;
  }

  get hasError(): boolean {
    return this.error !== undefined;
  }

  /** The compose context; undefined while loading, on error, or when Apex returned null. */
  get context(): ComposeContext | undefined {
    return this.composeContext?.data ?? undefined;
  }

  get caseNumber(): string {
    return this.context?.caseNumber ?? '';
  }

  get recipient(): ComposeContext_Recipient | undefined {
    return this.context?.recipient ?? undefined;
  }

  /** A recipient is usable only with an email address to deliver to. */
  get hasRecipient(): boolean {
    return Boolean(this.recipient?.email);
  }

  handleMessageChange(event: CustomEvent<TextareaChangeDetail>): void {
    this.message = event.detail.value ?? '';
  }

  handleCancel(): void {
    this.dispatchEvent(new CloseActionScreenEvent());
  }
}
