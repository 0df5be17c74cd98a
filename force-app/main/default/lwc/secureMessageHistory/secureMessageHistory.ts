import { LightningElement, api, wire } from 'lwc';
import { refreshApex, type ApexError, type WiredApexResult } from '@salesforce/apex';
import { registerRefreshHandler, unregisterRefreshHandler } from 'lightning/refresh';
import type { MessageBody, SecureMessageSummary } from '@salesforce/apex-types';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import getMessages from '@salesforce/apex/SecureSendController.getMessages';
import getMessageBody from '@salesforce/apex/SecureSendController.getMessageBody';
import revokeMessage from '@salesforce/apex/SecureSendController.revoke';
import { buildMessageRows, type MessageRow } from 'c/secureMessageFormat';
import type { MessageActionDetail } from 'c/secureMessageRow';
import { formatLabel } from 'c/phiWarningCategoryLabels';
import { reduceErrors } from 'c/ldsUtils';
import title from '@salesforce/label/c.SecureSend_HistoryTitle';
import refresh from '@salesforce/label/c.SecureSend_HistoryRefresh';
import empty from '@salesforce/label/c.SecureSend_HistoryEmpty';
import loadError from '@salesforce/label/c.SecureSend_HistoryLoadError';
import listLabel from '@salesforce/label/c.SecureSend_HistoryListLabel';
import loading from '@salesforce/label/c.SecureSend_Loading';
import revokedTitle from '@salesforce/label/c.SecureSend_HistoryRevokedTitle';
import revokedMessage from '@salesforce/label/c.SecureSend_HistoryRevokedMessage';
import revokeFailed from '@salesforce/label/c.SecureSend_HistoryRevokeFailed';
import viewFailed from '@salesforce/label/c.SecureSend_HistoryViewFailed';
import genericError from '@salesforce/label/c.SecureSend_GenericError';

const LABELS = Object.freeze({ title, refresh, empty, loadError, listLabel, loading });

/** A row with the state of this component: whether an action on it runs. */
interface RowView extends MessageRow {
  readonly busy: boolean;
  readonly replies: readonly (MessageRow & { readonly busy: boolean })[];
}

/**
 * The secure messages of a Case on its record page: status, delivery, timestamps, PHI
 * categories, replies under their message and, for auditors, the events. Revoke (permission-gated
 * per message by Apex, confirmed first) and View message (fetched on demand; each view is audited
 * by Apex; the content lives only in this component's state until the viewer is closed).
 */
export default class SecureMessageHistory extends LightningElement {
  /** The Case Id, set by the record page. */
  @api recordId: string | undefined;

  readonly labels = LABELS;

  @wire(getMessages, { caseId: '$recordId' })
  messages: WiredApexResult<SecureMessageSummary[] | null> | undefined;

  /** The Id of the message an action (revoke, view) runs on. */
  busyId: string | undefined;

  /** True while Refresh runs. */
  refreshing = false;

  /** The content being viewed; dropped on close. */
  viewedBody: MessageBody | undefined;

  /** Id of this component's RefreshView handler while connected. */
  private refreshHandlerId: number | undefined;

  /**
   * The Send Securely action fires a RefreshEvent after a send; the record page then calls every
   * registered handler, so the new message shows without a page reload.
   */
  override connectedCallback(): void {
    this.refreshHandlerId = registerRefreshHandler(this, () => this.refreshView());
  }

  override disconnectedCallback(): void {
    if (this.refreshHandlerId !== undefined) {
      unregisterRefreshHandler(this.refreshHandlerId);
      this.refreshHandlerId = undefined;
    }
  }

  private async refreshView(): Promise<boolean> {
    await refreshApex(this.messages);
    return true;
  }

  get isLoading(): boolean {
    return this.messages?.data === undefined && this.messages?.error === undefined;
  }

  get error(): ApexError | undefined {
    return this.messages?.error;
  }

  get hasError(): boolean {
    return this.error !== undefined;
  }

  get rows(): RowView[] {
    const withBusy = <T extends MessageRow>(row: T): T & { busy: boolean } => ({
      ...row,
      busy: row.id === this.busyId,
    });
    return buildMessageRows(this.messages?.data ?? []).map((row) => ({
      ...withBusy(row),
      replies: row.replies.map(withBusy),
    }));
  }

  get isEmpty(): boolean {
    return (this.messages?.data ?? []).length === 0;
  }

  get refreshDisabled(): boolean {
    return this.refreshing || this.isLoading;
  }

  async handleRefresh(): Promise<void> {
    this.refreshing = true;
    try {
      await refreshApex(this.messages);
    } finally {
      this.refreshing = false;
    }
  }

  async handleRevoke(event: CustomEvent<MessageActionDetail>): Promise<void> {
    const id = event.detail.id;
    if (this.busyId !== undefined) {
      return;
    }
    const name = this.nameOf(id);
    this.busyId = id;
    try {
      await revokeMessage({ secureMessageId: id });
      this.toast(revokedTitle, formatLabel(revokedMessage, name), 'success');
      await refreshApex(this.messages);
    } catch (error) {
      this.toast(revokeFailed, this.messageOf(error), 'error');
    } finally {
      this.busyId = undefined;
    }
  }

  async handleViewBody(event: CustomEvent<MessageActionDetail>): Promise<void> {
    const id = event.detail.id;
    if (this.busyId !== undefined) {
      return;
    }
    this.busyId = id;
    this.viewedBody = undefined;
    try {
      this.viewedBody = (await getMessageBody({ secureMessageId: id })) ?? undefined;
    } catch (error) {
      this.toast(viewFailed, this.messageOf(error), 'error');
    } finally {
      this.busyId = undefined;
    }
  }

  handleCloseViewer(): void {
    this.viewedBody = undefined;
  }

  private nameOf(id: string): string {
    return this.messages?.data?.find((summary) => summary.id === id)?.name ?? '';
  }

  private messageOf(error: unknown): string {
    return reduceErrors(error).join(' ') || genericError;
  }

  private toast(toastTitle: string, message: string, variant: 'success' | 'error'): void {
    this.dispatchEvent(new ShowToastEvent({ title: toastTitle, message, variant }));
  }
}
