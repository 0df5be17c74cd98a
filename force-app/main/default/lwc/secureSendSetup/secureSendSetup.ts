import { LightningElement } from 'lwc';
import type { SetupStatus } from '@salesforce/apex-types';
import getSetupStatus from '@salesforce/apex/SecureSendSetupController.getSetupStatus';
import type { ConnectionTestDetail } from 'c/secureSendSetupConnection';
import title from '@salesforce/label/c.SecureSend_SetupTitle';
import intro from '@salesforce/label/c.SecureSend_SetupIntro';
import refresh from '@salesforce/label/c.SecureSend_SetupRefresh';
import loadError from '@salesforce/label/c.SecureSend_SetupLoadError';
import loading from '@salesforce/label/c.SecureSend_Loading';

const LABELS = Object.freeze({ title, intro, refresh, loadError, loading });

/**
 * SecureSend Setup, the admin page (App Page and the SecureSend_Setup tab): the setup checklist
 * with live status, the gateway connection test, the status sync, the PHI policy and who holds
 * each permission set.
 *
 * The status is read imperatively (SecureSendSetupController.getSetupStatus is not cacheable) on
 * load, on Refresh and after every status sync action, so it is always current.
 */
export default class SecureSendSetup extends LightningElement {
  readonly labels = LABELS;

  isLoading = false;
  status: SetupStatus | undefined;
  error: unknown;

  /** A connection test passed in this session; the server does not store it. */
  connectionTested = false;

  override connectedCallback(): void {
    this.loadStatus();
  }

  get hasError(): boolean {
    return this.error !== undefined;
  }

  handleRefresh(): void {
    this.loadStatus();
  }

  handleConnectionTest(event: CustomEvent<ConnectionTestDetail>): void {
    this.connectionTested = event.detail.ok;
  }

  handleStatusChange(): void {
    this.loadStatus();
  }

  /** Reads the status; shows an error (generic when Apex returned nothing) instead of failing. */
  private loadStatus(): void {
    this.isLoading = true;
    getSetupStatus().then(
      (status) => {
        this.status = status ?? undefined;
        this.error = status ? undefined : {};
        this.isLoading = false;
      },
      (error: unknown) => {
        this.status = undefined;
        this.error = error;
        this.isLoading = false;
      },
    );
  }
}
