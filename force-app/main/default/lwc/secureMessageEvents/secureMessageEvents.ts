import { LightningElement, api } from 'lwc';
import type { EventRow } from 'c/secureMessageFormat';
import { formatLabel } from 'c/phiWarningCategoryLabels';
import captionLabel from '@salesforce/label/c.SecureSend_HistoryEventsCaption';
import eventType from '@salesforce/label/c.SecureSend_HistoryEventType';
import status from '@salesforce/label/c.SecureSend_HistoryStatus';
import when from '@salesforce/label/c.SecureSend_HistoryEventWhen';
import delivery from '@salesforce/label/c.SecureSend_HistoryDelivery';
import reason from '@salesforce/label/c.SecureSend_HistoryEventReason';
import actor from '@salesforce/label/c.SecureSend_HistoryEventActor';

const LABELS = Object.freeze({ eventType, status, when, delivery, reason, actor });

/**
 * The audit events of one secure message as a table (shown only to SecureSend_View_Audit
 * holders, whose summaries carry events): type, gateway status, time, delivery method, reason
 * code and the Salesforce user who caused it.
 */
export default class SecureMessageEvents extends LightningElement {
  /** The events, oldest first. */
  @api events: readonly EventRow[] = [];

  /** The message's name, for the table caption. */
  @api messageName: string | undefined;

  readonly labels = LABELS;

  get caption(): string {
    return formatLabel(captionLabel, this.messageName ?? '');
  }
}
