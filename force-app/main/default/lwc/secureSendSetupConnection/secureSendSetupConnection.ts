import { LightningElement } from 'lwc';
import type { ConnectionStatus } from '@salesforce/apex-types';
import testConnection from '@salesforce/apex/SecureSendController.testConnection';
import type { DetailItem } from 'c/detailList';
import { formatLabel } from 'c/secureSendSetupFormat';
import heading from '@salesforce/label/c.SecureSend_SetupConnectionHeading';
import intro from '@salesforce/label/c.SecureSend_SetupConnectionIntro';
import testButton from '@salesforce/label/c.SecureSend_SetupTestConnection';
import testing from '@salesforce/label/c.SecureSend_SetupTestingConnection';
import connectionOk from '@salesforce/label/c.SecureSend_SetupConnectionOk';
import connectionFailed from '@salesforce/label/c.SecureSend_SetupConnectionFailed';
import connectionError from '@salesforce/label/c.SecureSend_SetupConnectionError';
import latency from '@salesforce/label/c.SecureSend_SetupLatency';
import latencyValue from '@salesforce/label/c.SecureSend_SetupLatencyValue';
import tenantId from '@salesforce/label/c.SecureSend_SetupTenantId';
import credentialId from '@salesforce/label/c.SecureSend_SetupCredentialId';
import scopes from '@salesforce/label/c.SecureSend_SetupScopes';
import missingScopes from '@salesforce/label/c.SecureSend_SetupMissingScopes';
import serverTime from '@salesforce/label/c.SecureSend_SetupServerTime';
import none from '@salesforce/label/c.SecureSend_SetupNone';
import notAvailable from '@salesforce/label/c.SecureSend_SetupNotAvailable';

const LABELS = Object.freeze({
  heading,
  intro,
  testButton,
  testing,
  connectionError,
});

/** `detail` of the `connectiontest` event: whether the gateway answered with every scope. */
export interface ConnectionTestDetail {
  readonly ok: boolean;
}

/** The result's fields as label/value pairs; a value not returned shows as "not available". */
function resultFields(result: ConnectionStatus): DetailItem[] {
  const latencyMs = result.latencyMs;
  return [
    {
      key: 'latency',
      label: latency,
      value: typeof latencyMs === 'number' ? formatLabel(latencyValue, latencyMs) : notAvailable,
    },
    { key: 'tenantId', label: tenantId, value: result.tenantId ?? notAvailable },
    { key: 'credentialId', label: credentialId, value: result.credentialId ?? notAvailable },
    { key: 'scopes', label: scopes, value: listOrNone(result.scopes) },
    { key: 'missingScopes', label: missingScopes, value: listOrNone(result.missingScopes) },
    {
      key: 'serverTime',
      label: serverTime,
      dateTime: result.serverTime,
      precise: true,
      value: notAvailable,
    },
  ];
}

function listOrNone(values: readonly string[] | null | undefined): string {
  return values && values.length > 0 ? values.join(', ') : none;
}

/**
 * Tests the gateway connection through the named credential (SecureSendController.testConnection)
 * and shows the outcome: ok or failed, latency, tenant, credential, scopes and server time.
 * Fires `connectiontest` ({@link ConnectionTestDetail}) after each test. An Apex error shows in
 * the error panel, not as a toast: the admin is looking at this section.
 */
export default class SecureSendSetupConnection extends LightningElement {
  readonly labels = LABELS;

  isTesting = false;
  result: ConnectionStatus | undefined;
  fields: DetailItem[] = [];
  error: unknown;

  get hasResult(): boolean {
    return this.result !== undefined;
  }

  get hasError(): boolean {
    return this.error !== undefined;
  }

  get isOk(): boolean {
    return this.result?.ok === true;
  }

  get statusText(): string {
    return this.isOk ? connectionOk : connectionFailed;
  }

  get statusIcon(): string {
    return this.isOk ? 'utility:success' : 'utility:error';
  }

  get statusVariant(): string {
    return this.isOk ? 'success' : 'error';
  }

  get message(): string {
    return this.result?.message ?? '';
  }

  async handleTest(): Promise<void> {
    this.isTesting = true;
    this.result = undefined;
    this.error = undefined;
    try {
      const result = await testConnection();
      if (result) {
        this.result = result;
        this.fields = resultFields(result);
      } else {
        // An empty error shows the generic message.
        this.error = {};
      }
    } catch (error) {
      this.error = error;
    } finally {
      this.isTesting = false;
    }
    this.dispatchEvent(
      new CustomEvent<ConnectionTestDetail>('connectiontest', { detail: { ok: this.isOk } }),
    );
  }
}
