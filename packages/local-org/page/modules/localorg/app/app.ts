/**
 * The local org's page: a Lightning Experience-like shell around the package's components.
 *   - the header: who is logged in (a persona switch) and the scheduler's "run the status sync";
 *   - tabs: each Case's record page, the recipients' inbox, and SecureSend Setup;
 *   - what Lightning Experience does for components: toasts (ShowToastEvent) and refresh
 *     (RefreshEvent runs every registered refresh handler).
 * Routes live in the address's hash (#/case/<Id>, #/inbox, #/setup); the persona in `?as=`.
 */
import { LightningElement, wire } from 'lwc';
import listCases, {
  type LocalOrgCaseRow,
  type WiredCases,
} from '@salesforce/apex/LocalOrgCasePage.listCases';
import { SHOW_TOAST_EVENT_NAME, type ShowToastEventDetail } from 'lightning/platformShowToastEvent';
import { REFRESH_EVENT_NAME, refreshView } from 'lightning/refresh';
import { addressAs, currentPersona } from 'localorg/session';
import type { PageToast } from 'localorg/toastStack';

interface PageConfig {
  personas: { key: string; label: string }[];
  quickActionLabel: string;
  syncIntervalSeconds: number;
}

interface SyncAnswer {
  fired: string | null;
  outcomes: { ok: boolean; error?: string }[];
  message?: string;
}

/** "Remains visible until the user clicks the close button or 3 seconds has elapsed." */
const DISMISSIBLE_TOAST_MS = 3000;

/** Replaces `{0}`, `{1}`... in a toast message with its messageData labels. */
function toastText(detail: ShowToastEventDetail): string {
  return (detail.message ?? '').replace(/\{(\d+)\}/g, (whole, index: string) => {
    const item = detail.messageData?.[Number(index)];
    if (item === undefined) return whole;
    return typeof item === 'string' ? item : item.label;
  });
}

export default class App extends LightningElement {
  config: PageConfig | undefined;
  cases: LocalOrgCaseRow[] = [];
  casesError: string | undefined;
  route = window.location.hash;
  toasts: PageToast[] = [];
  syncing = false;
  private nextToastId = 1;
  private readonly onHashChange = () => {
    this.route = window.location.hash;
  };
  private readonly onToast = (event: Event) => {
    this.showToast((event as CustomEvent<ShowToastEventDetail>).detail);
  };
  private readonly onRefresh = () => {
    refreshView().catch(() => undefined);
  };

  @wire(listCases)
  wiredCases({ data, error }: WiredCases): void {
    this.cases = data ?? [];
    this.casesError = error ? error.body.message : undefined;
  }

  connectedCallback(): void {
    window.addEventListener('hashchange', this.onHashChange);
    this.addEventListener(SHOW_TOAST_EVENT_NAME, this.onToast);
    this.addEventListener(REFRESH_EVENT_NAME, this.onRefresh);
    this.loadConfig().catch((error: unknown) => {
      this.showToast({
        title: 'The local org did not answer',
        message: error instanceof Error ? error.message : String(error),
        variant: 'error',
      });
    });
  }

  disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    this.removeEventListener(SHOW_TOAST_EVENT_NAME, this.onToast);
    this.removeEventListener(REFRESH_EVENT_NAME, this.onRefresh);
  }

  private async loadConfig(): Promise<void> {
    const response = await fetch('/api/page');
    this.config = (await response.json()) as PageConfig;
  }

  get personaOptions(): { key: string; label: string; selected: boolean }[] {
    const current = currentPersona();
    return (this.config?.personas ?? []).map((persona) => ({
      ...persona,
      selected: persona.key === current,
    }));
  }

  get quickActionLabel(): string {
    return this.config?.quickActionLabel ?? '';
  }

  get caseId(): string | undefined {
    const match = /^#\/case\/(\w+)$/.exec(this.route);
    return match?.[1] ?? this.cases[0]?.Id;
  }

  get showInbox(): boolean {
    return this.route === '#/inbox';
  }

  get showSetup(): boolean {
    return this.route === '#/setup';
  }

  get showCase(): boolean {
    return !this.showInbox && !this.showSetup && this.caseId !== undefined;
  }

  get tabs(): {
    key: string;
    label: string;
    href: string;
    active: boolean;
    className: string;
    current: string | undefined;
  }[] {
    const caseTabs = this.cases.map((row) => ({
      key: row.Id,
      label: `${row.CaseNumber ?? ''} ${row.Subject ?? ''}`,
      href: `#/case/${row.Id}`,
      active: this.showCase && this.caseId === row.Id,
    }));
    const pages = [
      { key: 'inbox', label: 'Inbox', href: '#/inbox', active: this.showInbox },
      { key: 'setup', label: 'SecureSend Setup', href: '#/setup', active: this.showSetup },
    ];
    return [...caseTabs, ...pages].map((tab) => ({
      ...tab,
      className: `slds-context-bar__item${tab.active ? ' slds-is-active' : ''}`,
      current: tab.active ? 'page' : undefined,
    }));
  }

  handlePersonaChange(event: Event): void {
    window.location.assign(addressAs((event.target as HTMLSelectElement).value));
  }

  async handleRunSync(): Promise<void> {
    this.syncing = true;
    try {
      const response = await fetch('/api/scheduler/run', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      const answer = (await response.json()) as SyncAnswer;
      if (!response.ok)
        throw new Error(answer.message ?? `The scheduler answered ${response.status}`);
      this.showSyncResult(answer);
      await refreshView();
    } catch (error) {
      this.showToast({
        title: 'The status sync did not run',
        message: error instanceof Error ? error.message : String(error),
        variant: 'error',
      });
    } finally {
      this.syncing = false;
    }
  }

  private showSyncResult(answer: SyncAnswer): void {
    if (answer.fired === null) {
      this.showToast({
        title: 'Nothing is scheduled',
        message: 'Schedule the status sync in SecureSend Setup (as an admin).',
        variant: 'warning',
      });
      return;
    }
    const failed = answer.outcomes.find((outcome) => !outcome.ok);
    this.showToast(
      failed
        ? { title: `${answer.fired} failed`, message: failed.error ?? '', variant: 'error' }
        : {
            title: 'Status sync ran',
            message: `${answer.fired}: ${answer.outcomes.length} job(s) completed`,
            variant: 'success',
          },
    );
  }

  private showToast(detail: ShowToastEventDetail): void {
    const toast: PageToast = {
      id: this.nextToastId,
      title: detail.title ?? '',
      message: toastText(detail),
      variant: detail.variant ?? 'info',
    };
    this.nextToastId += 1;
    this.toasts = [toast, ...this.toasts];
    if ((detail.mode ?? 'dismissible') !== 'sticky') {
      // eslint-disable-next-line @lwc/lwc/no-async-operation -- the page shell times its toasts out, as Lightning Experience does
      setTimeout(() => {
        this.dismiss(toast.id);
      }, DISMISSIBLE_TOAST_MS);
    }
  }

  private dismiss(id: number): void {
    this.toasts = this.toasts.filter((toast) => toast.id !== id);
  }

  handleDismiss(event: CustomEvent<{ id: number }>): void {
    this.dismiss(event.detail.id);
  }
}
