import { LightningElement, api } from 'lwc';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import scheduleSync from '@salesforce/apex/SecureSendSetupController.scheduleSync';
import unscheduleSync from '@salesforce/apex/SecureSendSetupController.unscheduleSync';
import runSyncNow from '@salesforce/apex/SecureSendSetupController.runSyncNow';
import type { DetailItem } from 'c/detailList';
import { reduceErrors } from 'c/ldsUtils';
import heading from '@salesforce/label/c.SecureSend_SetupSyncHeading';
import intro from '@salesforce/label/c.SecureSend_SetupSyncIntro';
import stateLabel from '@salesforce/label/c.SecureSend_SetupSyncStateLabel';
import scheduledText from '@salesforce/label/c.SecureSend_SetupSyncScheduled';
import notScheduledText from '@salesforce/label/c.SecureSend_SetupSyncNotScheduled';
import lastSync from '@salesforce/label/c.SecureSend_SetupLastSync';
import lastError from '@salesforce/label/c.SecureSend_SetupLastSyncError';
import cursorLabel from '@salesforce/label/c.SecureSend_SetupCursor';
import never from '@salesforce/label/c.SecureSend_SetupNever';
import none from '@salesforce/label/c.SecureSend_SetupNone';
import schedule from '@salesforce/label/c.SecureSend_SetupSchedule';
import unschedule from '@salesforce/label/c.SecureSend_SetupUnschedule';
import runNow from '@salesforce/label/c.SecureSend_SetupRunNow';
import working from '@salesforce/label/c.SecureSend_SetupSyncWorking';
import scheduledToast from '@salesforce/label/c.SecureSend_SetupScheduledToast';
import unscheduledToast from '@salesforce/label/c.SecureSend_SetupUnscheduledToast';
import runQueuedToast from '@salesforce/label/c.SecureSend_SetupRunQueuedToast';
import actionFailed from '@salesforce/label/c.SecureSend_SetupSyncActionFailed';
import genericError from '@salesforce/label/c.SecureSend_GenericError';

const LABELS = Object.freeze({
  heading,
  intro,
  schedule,
  unschedule,
  runNow,
  working,
});

/**
 * The status sync: whether it is scheduled, when it last ran, its last error and cursor, and the
 * Schedule / Unschedule / Run now actions. Each action shows a toast and then fires
 * `statuschange` so the page reloads the setup status, whether the action succeeded or not.
 */
export default class SecureSendSetupSync extends LightningElement {
  /** SetupStatus.syncScheduled. */
  @api scheduled = false;
  /** SetupStatus.lastSyncAt (ISO date-time), empty when the sync never ran. */
  @api lastSyncAt: string | null | undefined;
  /** SetupStatus.lastSyncError (an error code, never PHI). */
  @api lastSyncError: string | null | undefined;
  /** SetupStatus.cursor. */
  @api cursor: string | null | undefined;

  readonly labels = LABELS;

  isWorking = false;

  /** State, last sync (or never), last error and cursor (or none). */
  get details(): DetailItem[] {
    return [
      { key: 'state', label: stateLabel, value: this.scheduled ? scheduledText : notScheduledText },
      { key: 'lastSyncAt', label: lastSync, dateTime: this.lastSyncAt, value: never },
      { key: 'lastSyncError', label: lastError, value: this.lastSyncError ?? none },
      {
        key: 'cursor',
        label: cursorLabel,
        value: this.cursor ?? none,
        valueClass: 'slds-text-font_monospace',
      },
    ];
  }

  get scheduleDisabled(): boolean {
    return this.isWorking || this.scheduled;
  }

  get unscheduleDisabled(): boolean {
    return this.isWorking || !this.scheduled;
  }

  handleSchedule(): Promise<void> {
    return this.run(() => scheduleSync(), scheduledToast);
  }

  handleUnschedule(): Promise<void> {
    return this.run(() => unscheduleSync(), unscheduledToast);
  }

  handleRunNow(): Promise<void> {
    return this.run(() => runSyncNow(), runQueuedToast);
  }

  private async run(action: () => Promise<void>, successMessage: string): Promise<void> {
    this.isWorking = true;
    try {
      await action();
      this.toast(heading, successMessage, 'success');
    } catch (error) {
      const messages = reduceErrors(error);
      this.toast(actionFailed, messages.length > 0 ? messages.join(' ') : genericError, 'error');
    } finally {
      this.isWorking = false;
      this.dispatchEvent(new CustomEvent('statuschange'));
    }
  }

  private toast(title: string, message: string, variant: 'success' | 'error'): void {
    this.dispatchEvent(new ShowToastEvent({ title, message, variant }));
  }
}
