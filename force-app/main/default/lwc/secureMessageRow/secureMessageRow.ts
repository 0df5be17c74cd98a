import { LightningElement, api } from 'lwc';
import type { DetailItem } from 'c/detailList';
import type { MessageRow } from 'c/secureMessageFormat';
import { formatLabel } from 'c/phiWarningCategoryLabels';
import statusLabel from '@salesforce/label/c.SecureSend_HistoryStatus';
import delivery from '@salesforce/label/c.SecureSend_HistoryDelivery';
import recipient from '@salesforce/label/c.SecureSend_HistoryRecipient';
import sentBy from '@salesforce/label/c.SecureSend_HistorySentBy';
import sentAt from '@salesforce/label/c.SecureSend_HistorySentAt';
import openedAt from '@salesforce/label/c.SecureSend_HistoryOpenedAt';
import repliedAt from '@salesforce/label/c.SecureSend_HistoryRepliedAt';
import expiresAt from '@salesforce/label/c.SecureSend_HistoryExpiresAt';
import phiCategories from '@salesforce/label/c.SecureSend_HistoryPhiCategories';
import attachments from '@salesforce/label/c.SecureSend_HistoryAttachments';
import lastError from '@salesforce/label/c.SecureSend_HistoryLastError';
import showEvents from '@salesforce/label/c.SecureSend_HistoryShowEvents';
import hideEvents from '@salesforce/label/c.SecureSend_HistoryHideEvents';
import revoke from '@salesforce/label/c.SecureSend_HistoryRevoke';
import revokePrompt from '@salesforce/label/c.SecureSend_HistoryRevokePrompt';
import revokeConfirm from '@salesforce/label/c.SecureSend_HistoryRevokeConfirm';
import viewBody from '@salesforce/label/c.SecureSend_HistoryViewBody';
import working from '@salesforce/label/c.SecureSend_HistoryWorking';

const LABELS = Object.freeze({
  statusLabel,
  hideEvents,
  revoke,
  revokePrompt,
  revokeConfirm,
  viewBody,
  working,
});

/** The detail of the `revoke` and `viewbody` events: the Secure_Message__c Id. */
export interface MessageActionDetail {
  readonly id: string;
}

/**
 * One secure message in c/secureMessageHistory: direction, status badge, delivery, recipient,
 * sender, timestamps, PHI categories, attachment count and last error code; the View message
 * action (fires `viewbody`), Revoke with a confirmation step (c/confirmAction; fires `revoke`),
 * and the audit events, expandable, when the user may see them.
 */
export default class SecureMessageRow extends LightningElement {
  /** The message, as c/secureMessageFormat built it. */
  @api message: MessageRow | undefined;

  /** True while an action on this message runs. */
  @api busy = false;

  readonly labels = LABELS;

  /** True between Revoke and Revoke now/Cancel. */
  confirmingRevoke = false;

  /** Whether the audit events are shown. */
  eventsExpanded = false;

  /** The message's details; those it does not have are left out. */
  get details(): DetailItem[] {
    const message = this.message;
    if (!message) {
      return [];
    }
    const items: DetailItem[] = [
      { key: 'delivery', label: delivery, value: message.deliveryLabel },
      { key: 'recipient', label: recipient, value: message.recipient },
      { key: 'sentBy', label: sentBy, value: message.sentByName },
      { key: 'sentAt', label: sentAt, dateTime: message.sentAt },
      { key: 'openedAt', label: openedAt, dateTime: message.openedAt },
      { key: 'repliedAt', label: repliedAt, dateTime: message.repliedAt },
      { key: 'expiresAt', label: expiresAt, dateTime: message.expiresAt },
      { key: 'phiCategories', label: phiCategories, value: message.phiCategories },
      { key: 'attachmentCount', label: attachments, value: message.attachmentCount },
      {
        key: 'lastError',
        label: lastError,
        value: message.lastError,
        valueClass: 'slds-text-color_error',
      },
    ];
    return items.map((item) => ({ ...item, optional: true }));
  }

  get hasEvents(): boolean {
    return (this.message?.events.length ?? 0) > 0;
  }

  get eventsToggleLabel(): string {
    return this.eventsExpanded
      ? hideEvents
      : formatLabel(showEvents, this.message?.events.length ?? 0);
  }

  /** `aria-expanded` of the events toggle. */
  get eventsExpandedState(): string {
    return String(this.eventsExpanded);
  }

  get showRevokeButton(): boolean {
    return this.message?.canRevoke === true && !this.confirmingRevoke;
  }

  get showActions(): boolean {
    return this.message?.canViewContent === true || this.message?.canRevoke === true;
  }

  handleToggleEvents(): void {
    this.eventsExpanded = !this.eventsExpanded;
  }

  handleViewBody(): void {
    this.fire('viewbody');
  }

  handleRevoke(): void {
    this.confirmingRevoke = true;
  }

  handleCancelRevoke(): void {
    this.confirmingRevoke = false;
  }

  handleConfirmRevoke(): void {
    this.confirmingRevoke = false;
    this.fire('revoke');
  }

  private fire(type: 'revoke' | 'viewbody'): void {
    const id = this.message?.id;
    if (id) {
      this.dispatchEvent(new CustomEvent<MessageActionDetail>(type, { detail: { id } }));
    }
  }
}
