/**
 * A Case record page as Lightning Experience lays it out: the highlights panel with the
 * Send Securely quick action, the details and the PHI warning in the main column, the secure
 * message history beside them. The quick action opens in a modal, as a screen action does, and
 * closes on CloseActionScreenEvent. The Case itself is read through LocalOrgCasePage (user
 * mode), re-read when a component says the record changed (notifyRecordUpdateAvailable).
 */
import { LightningElement, api, wire } from 'lwc';
import { refreshApex } from '@salesforce/apex';
import getCase, {
  type LocalOrgCase,
  type WiredCase,
} from '@salesforce/apex/LocalOrgCasePage.getCase';
import { CLOSE_ACTION_SCREEN_EVENT_NAME } from 'lightning/actions';
import { onRecordUpdateAvailable } from 'lightning/uiRecordApi';

export default class RecordPage extends LightningElement {
  @api recordId: string | undefined;
  /** The quick action's label, from its metadata. */
  @api actionLabel = 'Send Securely';

  actionOpen = false;
  private wired: WiredCase | undefined;
  private stopListening: (() => void) | undefined;
  private readonly closeAction = () => {
    this.actionOpen = false;
  };

  @wire(getCase, { caseId: '$recordId' })
  wiredCase(value: WiredCase): void {
    this.wired = value;
  }

  connectedCallback(): void {
    this.addEventListener(CLOSE_ACTION_SCREEN_EVENT_NAME, this.closeAction);
    this.stopListening = onRecordUpdateAvailable((ids) => {
      if (this.recordId && ids.includes(this.recordId)) {
        refreshApex(this.wired).catch(() => undefined);
      }
    });
  }

  disconnectedCallback(): void {
    this.removeEventListener(CLOSE_ACTION_SCREEN_EVENT_NAME, this.closeAction);
    this.stopListening?.();
  }

  get record(): LocalOrgCase | undefined {
    return this.wired?.data;
  }

  get loadError(): string | undefined {
    return this.wired?.error?.body.message;
  }

  get title(): string {
    const record = this.record;
    return record ? `${record.CaseNumber ?? ''} · ${record.Subject ?? ''}` : '';
  }

  get contactName(): string {
    return this.record?.Contact?.Name ?? '—';
  }

  get contactEmail(): string {
    return this.record?.Contact?.Email ?? '—';
  }

  openAction(): void {
    this.actionOpen = true;
  }

  handleModalKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') this.actionOpen = false;
  }
}
