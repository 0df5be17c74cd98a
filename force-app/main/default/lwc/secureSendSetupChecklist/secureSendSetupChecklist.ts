import { LightningElement, api } from 'lwc';
import type { SetupStatus_Step } from '@salesforce/apex-types';
import heading from '@salesforce/label/c.SecureSend_SetupChecklistHeading';
import stepDone from '@salesforce/label/c.SecureSend_SetupStepDone';
import stepNotDone from '@salesforce/label/c.SecureSend_SetupStepNotDone';
import howToLabel from '@salesforce/label/c.SecureSend_SetupHowToLabel';
import connectionTestedDetail from '@salesforce/label/c.SecureSend_SetupConnectionTestedDetail';
import howToNamedCredential from '@salesforce/label/c.SecureSend_SetupHowToNamedCredential';
import howToPrincipalAccess from '@salesforce/label/c.SecureSend_SetupHowToPrincipalAccess';
import howToConnection from '@salesforce/label/c.SecureSend_SetupHowToConnection';
import howToPersonas from '@salesforce/label/c.SecureSend_SetupHowToPersonas';
import howToSyncScheduled from '@salesforce/label/c.SecureSend_SetupHowToSyncScheduled';
import howToSyncHealthy from '@salesforce/label/c.SecureSend_SetupHowToSyncHealthy';

const LABELS = Object.freeze({ heading, howToLabel });

/** The checklist step a successful connection test in this session completes. */
const CONNECTION_STEP = 'connection';

/** Where in Setup each step is done, by checklist key (SetupStatus.Step.key). */
const HOW_TO: Readonly<Record<string, string>> = Object.freeze({
  namedCredential: howToNamedCredential,
  principalAccess: howToPrincipalAccess,
  connection: howToConnection,
  personasAssigned: howToPersonas,
  syncScheduled: howToSyncScheduled,
  syncHealthy: howToSyncHealthy,
});

/** One rendered checklist row. */
export interface ChecklistItem {
  readonly key: string;
  readonly label: string;
  readonly done: boolean;
  readonly statusText: string;
  readonly statusClass: string;
  readonly iconName: string;
  readonly iconVariant: string;
  readonly detail: string;
  readonly howTo: string;
}

/**
 * The setup checklist: each step with a done/not-done icon and status text, its detail from the
 * server, and where in Setup to complete it.
 */
export default class SecureSendSetupChecklist extends LightningElement {
  /** The steps from SetupStatus.checklist. */
  @api steps: readonly SetupStatus_Step[] | null | undefined;

  /** True after a connection test passed in this session (the server does not store it). */
  @api connectionTested = false;

  readonly labels = LABELS;

  get items(): ChecklistItem[] {
    return (this.steps ?? []).map((step, index) => {
      const key = step.key ?? String(index);
      const testedNow = key === CONNECTION_STEP && this.connectionTested;
      const done = testedNow || step.done === true;
      return {
        key,
        label: step.label ?? key,
        done,
        statusText: done ? stepDone : stepNotDone,
        statusClass: done
          ? 'status slds-badge slds-theme_success'
          : 'status slds-badge slds-theme_warning',
        iconName: done ? 'utility:success' : 'utility:warning',
        iconVariant: done ? 'success' : 'warning',
        detail: testedNow ? connectionTestedDetail : (step.detail ?? ''),
        howTo: HOW_TO[key] ?? '',
      };
    });
  }
}
