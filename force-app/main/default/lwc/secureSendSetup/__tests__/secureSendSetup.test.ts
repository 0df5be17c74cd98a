import SecureSendSetup from 'c/secureSendSetup';
import type { ConnectionStatus, SetupStatus } from '@salesforce/apex-types';
import getSetupStatus from '@salesforce/apex/SecureSendSetupController.getSetupStatus';
import scheduleSync from '@salesforce/apex/SecureSendSetupController.scheduleSync';
import unscheduleSync from '@salesforce/apex/SecureSendSetupController.unscheduleSync';
import runSyncNow from '@salesforce/apex/SecureSendSetupController.runSyncNow';
import testConnection from '@salesforce/apex/SecureSendController.testConnection';
import type {
  ButtonStub,
  DateTimeStub,
  ErrorPanelStub,
  IconStub,
  SpinnerStub,
} from '../../../../../test/jest-utils/stubs';
import {
  childRoot,
  flushPromises,
  mount,
  resetDom,
  shadowOf,
  text,
  texts,
} from '../../../../../test/jest-utils/dom';
import { deferred, listenToasts } from '../../../../../test/jest-utils/events';
import { detailListRoot } from '../../../../../test/jest-utils/detailList';

jest.mock(
  '@salesforce/apex/SecureSendSetupController.getSetupStatus',
  () => ({ default: jest.fn() }),
  { virtual: true },
);
jest.mock(
  '@salesforce/apex/SecureSendSetupController.scheduleSync',
  () => ({ default: jest.fn() }),
  {
    virtual: true,
  },
);
jest.mock(
  '@salesforce/apex/SecureSendSetupController.unscheduleSync',
  () => ({ default: jest.fn() }),
  { virtual: true },
);
jest.mock('@salesforce/apex/SecureSendSetupController.runSyncNow', () => ({ default: jest.fn() }), {
  virtual: true,
});
jest.mock('@salesforce/apex/SecureSendController.testConnection', () => ({ default: jest.fn() }), {
  virtual: true,
});
// Labels with placeholders, so the specs see them filled in.
jest.mock('@salesforce/label/c.SecureSend_SetupHolderCount', () => ({ default: 'Holders: {0}' }), {
  virtual: true,
});
jest.mock('@salesforce/label/c.SecureSend_SetupMoreHolders', () => ({ default: 'and {0} more' }), {
  virtual: true,
});
jest.mock('@salesforce/label/c.SecureSend_SetupLatencyValue', () => ({ default: '{0} ms' }), {
  virtual: true,
});
jest.mock(
  '@salesforce/label/c.SecureSend_SetupPolicyDefault',
  () => ({ default: 'Categories without a rule: {0}' }),
  { virtual: true },
);

const getSetupStatusMock = jest.mocked(getSetupStatus);
const scheduleSyncMock = jest.mocked(scheduleSync);
const unscheduleSyncMock = jest.mocked(unscheduleSync);
const runSyncNowMock = jest.mocked(runSyncNow);
const testConnectionMock = jest.mocked(testConnection);

// sfdx-lwc-jest resolves `@salesforce/label/c.Name` to the string "c.Name".
const LABEL = {
  loading: 'c.SecureSend_Loading',
  refresh: 'c.SecureSend_SetupRefresh',
  title: 'c.SecureSend_SetupTitle',
  loadError: 'c.SecureSend_SetupLoadError',
  genericError: 'c.SecureSend_GenericError',
  stepDone: 'c.SecureSend_SetupStepDone',
  stepNotDone: 'c.SecureSend_SetupStepNotDone',
  connectionTestedDetail: 'c.SecureSend_SetupConnectionTestedDetail',
  howToNamedCredential: 'c.SecureSend_SetupHowToNamedCredential',
  howToPrincipalAccess: 'c.SecureSend_SetupHowToPrincipalAccess',
  howToConnection: 'c.SecureSend_SetupHowToConnection',
  howToPersonas: 'c.SecureSend_SetupHowToPersonas',
  howToSyncScheduled: 'c.SecureSend_SetupHowToSyncScheduled',
  howToSyncHealthy: 'c.SecureSend_SetupHowToSyncHealthy',
  testConnection: 'c.SecureSend_SetupTestConnection',
  testing: 'c.SecureSend_SetupTestingConnection',
  connectionOk: 'c.SecureSend_SetupConnectionOk',
  connectionFailed: 'c.SecureSend_SetupConnectionFailed',
  connectionError: 'c.SecureSend_SetupConnectionError',
  none: 'c.SecureSend_SetupNone',
  notAvailable: 'c.SecureSend_SetupNotAvailable',
  policyNote: 'c.SecureSend_SetupPolicyNote',
  actionBlock: 'c.SecureSend_SetupActionBlock',
  actionWarn: 'c.SecureSend_SetupActionWarn',
  actionAllow: 'c.SecureSend_SetupActionAllow',
  noHolders: 'c.SecureSend_SetupNoHolders',
  syncHeading: 'c.SecureSend_SetupSyncHeading',
  syncScheduled: 'c.SecureSend_SetupSyncScheduled',
  syncNotScheduled: 'c.SecureSend_SetupSyncNotScheduled',
  never: 'c.SecureSend_SetupNever',
  working: 'c.SecureSend_SetupSyncWorking',
  scheduledToast: 'c.SecureSend_SetupScheduledToast',
  unscheduledToast: 'c.SecureSend_SetupUnscheduledToast',
  runQueuedToast: 'c.SecureSend_SetupRunQueuedToast',
  actionFailed: 'c.SecureSend_SetupSyncActionFailed',
} as const;

const STATUS: SetupStatus = {
  checklist: [
    { key: 'namedCredential', label: 'Gateway URL', done: true, detail: 'URL is set.' },
    { key: 'principalAccess', label: 'Principal access', done: true, detail: '3 users.' },
    { key: 'connection', label: 'Connection', done: false, detail: 'Run the test.' },
    { key: 'personasAssigned', label: 'Personas', done: false, detail: 'No auditor yet.' },
    { key: 'syncScheduled', label: 'Sync scheduled', done: true, detail: null },
    { key: 'syncHealthy', label: 'Sync healthy', done: false, detail: 'Last run failed.' },
  ],
  policy: {
    rules: [
      { category: 'SSN', action: 'block' },
      { category: 'EMAIL', action: 'warn' },
      { category: 'URL', action: 'allow' },
    ],
    defaultAction: 'warn',
  },
  permissionSets: [
    {
      name: 'SecureSend_Sender',
      label: 'SecureSend Sender',
      description: 'Compose and send secure messages.',
      holderCount: 5,
      holders: ['Ada Agent', 'Ben Agent'],
    },
    {
      name: 'SecureSend_Admin',
      label: 'SecureSend Admin',
      description: 'Configure SecureSend.',
      holderCount: 1,
      holders: ['Grace Admin'],
    },
    {
      name: 'SecureSend_Auditor',
      label: 'SecureSend Auditor',
      description: null,
      holderCount: 0,
      holders: [],
    },
  ],
  syncScheduled: true,
  lastSyncAt: '2025-01-02T03:04:05.000Z',
  lastSuccessAt: '2025-01-01T03:04:05.000Z',
  lastSyncError: 'The gateway did not answer in time.',
  cursor: 'cur_000123',
};

const CONNECTED: ConnectionStatus = {
  ok: true,
  message: 'The gateway answered.',
  tenantId: 'ten_acme',
  credentialId: 'key_0042',
  scopes: ['messages:write', 'status:read'],
  serverTime: '2025-01-02T03:04:05.000Z',
  latencyMs: 87,
  missingScopes: [],
};

const checklist = (element: HTMLElement): ShadowRoot =>
  childRoot(element, 'c-secure-send-setup-checklist');
const connection = (element: HTMLElement): ShadowRoot =>
  childRoot(element, 'c-secure-send-setup-connection');
const sync = (element: HTMLElement): ShadowRoot => childRoot(element, 'c-secure-send-setup-sync');
const policy = (element: HTMLElement): ShadowRoot =>
  childRoot(element, 'c-secure-send-setup-policy');
const permissions = (element: HTMLElement): ShadowRoot =>
  childRoot(element, 'c-secure-send-setup-permissions');

/** The rendered step with `key`: its status text, detail and how-to. */
function step(element: HTMLElement, key: string): Record<string, string | undefined> {
  const item = checklist(element).querySelector(`li[data-key="${key}"]`);
  return {
    label: item?.querySelector('.label')?.textContent.trim(),
    status: item?.querySelector('.status')?.textContent.trim(),
    detail: item?.querySelector('.detail')?.textContent.trim(),
    howTo: item?.querySelector('.how-to-text')?.textContent.trim(),
  };
}

function syncButton(element: HTMLElement, name: string): ButtonStub {
  const button = sync(element).querySelector<ButtonStub>(`lightning-button.${name}`);
  if (!button) {
    throw new Error(`no ${name} button`);
  }
  return button;
}

function connectionField(element: HTMLElement, field: string): string | undefined {
  return text(detailListRoot(connection(element)), `dd[data-field="${field}"]`);
}

function renderPage(): Promise<HTMLElement> {
  return mount('c-secure-send-setup', SecureSendSetup);
}

async function clickTest(element: HTMLElement): Promise<void> {
  connection(element).querySelector<HTMLElement>('lightning-button.test')?.click();
  await flushPromises();
}

describe('c-secure-send-setup', () => {
  beforeEach(() => {
    getSetupStatusMock.mockResolvedValue(STATUS);
  });

  afterEach(() => {
    resetDom();
    jest.clearAllMocks();
  });

  describe('while loading', () => {
    it('shows a spinner, disables Refresh and renders no section yet', async () => {
      getSetupStatusMock.mockReturnValue(deferred<SetupStatus | null>().promise);
      const element = await renderPage();
      const root = shadowOf(element);

      expect(text(root, 'h1')).toBe(LABEL.title);
      expect(root.querySelector<SpinnerStub>('lightning-spinner')?.alternativeText).toBe(
        LABEL.loading,
      );
      const refresh = root.querySelector<ButtonStub>('lightning-button.refresh');
      expect(refresh?.label).toBe(LABEL.refresh);
      expect(refresh?.disabled).toBe(true);
      expect(root.querySelector('c-secure-send-setup-checklist')).toBeNull();
      expect(root.querySelector('c-error-panel')).toBeNull();
      await expect(element).toBeAccessible();
    });
  });

  describe('with the setup status', () => {
    it('calls getSetupStatus once on load and hides the spinner', async () => {
      const element = await renderPage();

      expect(getSetupStatusMock).toHaveBeenCalledTimes(1);
      expect(shadowOf(element).querySelector('lightning-spinner')).toBeNull();
      expect(
        shadowOf(element).querySelector<ButtonStub>('lightning-button.refresh')?.disabled,
      ).toBe(false);
    });

    it('shows every checklist step as done or not done, with its detail and how-to', async () => {
      const element = await renderPage();

      expect(texts(checklist(element), 'h2')).toEqual(['c.SecureSend_SetupChecklistHeading']);
      expect(texts(checklist(element), 'li .label')).toEqual([
        'Gateway URL',
        'Principal access',
        'Connection',
        'Personas',
        'Sync scheduled',
        'Sync healthy',
      ]);
      expect(step(element, 'namedCredential')).toEqual({
        label: 'Gateway URL',
        status: LABEL.stepDone,
        detail: 'URL is set.',
        howTo: LABEL.howToNamedCredential,
      });
      expect(step(element, 'connection')).toEqual({
        label: 'Connection',
        status: LABEL.stepNotDone,
        detail: 'Run the test.',
        howTo: LABEL.howToConnection,
      });
      expect(step(element, 'principalAccess').howTo).toBe(LABEL.howToPrincipalAccess);
      expect(step(element, 'personasAssigned').howTo).toBe(LABEL.howToPersonas);
      expect(step(element, 'syncScheduled')).toEqual({
        label: 'Sync scheduled',
        status: LABEL.stepDone,
        detail: undefined,
        howTo: LABEL.howToSyncScheduled,
      });
      expect(step(element, 'syncHealthy').howTo).toBe(LABEL.howToSyncHealthy);
      const icons = Array.from(
        checklist(element).querySelectorAll<IconStub>('lightning-icon'),
        (icon) => icon.iconName,
      );
      expect(icons).toEqual([
        'utility:success',
        'utility:success',
        'utility:warning',
        'utility:warning',
        'utility:success',
        'utility:warning',
      ]);
      await expect(element).toBeAccessible();
    });

    it('shows the PHI policy with an action badge per category and where to change it', async () => {
      const element = await renderPage();
      const root = policy(element);

      expect(text(root, '.note')).toBe(LABEL.policyNote);
      expect(texts(root, 'tbody th')).toEqual(['SSN', 'EMAIL', 'URL']);
      expect(texts(root, 'tbody .slds-badge')).toEqual([
        LABEL.actionBlock,
        LABEL.actionWarn,
        LABEL.actionAllow,
      ]);
      expect(root.querySelector('tr[data-category="SSN"] .slds-badge')?.className).toContain(
        'slds-theme_error',
      );
      expect(text(root, '.default')).toBe(`Categories without a rule: ${LABEL.actionWarn}`);
    });

    it('shows who holds each permission set', async () => {
      const element = await renderPage();
      const root = permissions(element);

      expect(texts(root, 'h3')).toEqual([
        'SecureSend Sender',
        'SecureSend Admin',
        'SecureSend Auditor',
      ]);
      const row = (name: string): Element | null => root.querySelector(`li[data-name="${name}"]`);
      expect(row('SecureSend_Sender')?.querySelector('.description')?.textContent).toBe(
        'Compose and send secure messages.',
      );
      expect(row('SecureSend_Sender')?.querySelector('.count')?.textContent).toBe('Holders: 5');
      expect(row('SecureSend_Sender')?.querySelector('.holders')?.textContent).toBe(
        'Ada Agent, Ben Agent and 3 more',
      );
      expect(row('SecureSend_Admin')?.querySelector('.holders')?.textContent).toBe('Grace Admin');
      expect(row('SecureSend_Auditor')?.querySelector('.description')).toBeNull();
      expect(row('SecureSend_Auditor')?.querySelector('.count')?.textContent).toBe('Holders: 0');
      expect(row('SecureSend_Auditor')?.querySelector('.holders')?.textContent).toBe(
        LABEL.noHolders,
      );
    });

    it('shows the status sync: scheduled, last sync, last error and cursor', async () => {
      const element = await renderPage();
      const root = sync(element);

      expect(text(root, 'h2')).toBe(LABEL.syncHeading);
      expect(text(detailListRoot(root), 'dd[data-field="state"]')).toBe(LABEL.syncScheduled);
      expect(
        detailListRoot(root).querySelector<DateTimeStub>(
          'dd[data-field="lastSyncAt"] lightning-formatted-date-time',
        )?.value,
      ).toBe('2025-01-02T03:04:05.000Z');
      expect(text(detailListRoot(root), 'dd[data-field="lastSyncError"]')).toBe(
        'The gateway did not answer in time.',
      );
      expect(text(detailListRoot(root), 'dd[data-field="cursor"]')).toBe('cur_000123');
      expect(syncButton(element, 'schedule').disabled).toBe(true);
      expect(syncButton(element, 'unschedule').disabled).toBe(false);
      expect(syncButton(element, 'run-now').disabled).toBe(false);
      await expect(element).toBeAccessible();
    });

    it('shows a sync that never ran and is not scheduled', async () => {
      getSetupStatusMock.mockResolvedValue({
        ...STATUS,
        syncScheduled: false,
        lastSyncAt: null,
        lastSyncError: null,
        cursor: null,
      });
      const element = await renderPage();
      const root = sync(element);

      expect(text(detailListRoot(root), 'dd[data-field="state"]')).toBe(LABEL.syncNotScheduled);
      expect(text(detailListRoot(root), 'dd[data-field="lastSyncAt"]')).toBe(LABEL.never);
      expect(detailListRoot(root).querySelector('lightning-formatted-date-time')).toBeNull();
      expect(text(detailListRoot(root), 'dd[data-field="lastSyncError"]')).toBe(LABEL.none);
      expect(text(detailListRoot(root), 'dd[data-field="cursor"]')).toBe(LABEL.none);
      expect(syncButton(element, 'schedule').disabled).toBe(false);
      expect(syncButton(element, 'unschedule').disabled).toBe(true);
      await expect(element).toBeAccessible();
    });
  });

  describe('when the setup status cannot be loaded', () => {
    it('shows the Apex error in the error panel and keeps Refresh', async () => {
      getSetupStatusMock.mockRejectedValue({
        body: { message: 'You need the SecureSend Admin permission set.' },
        status: 400,
      });
      const element = await renderPage();
      const root = shadowOf(element);

      const panel = root.querySelector<ErrorPanelStub>('c-error-panel');
      expect(panel?.friendlyMessage).toBe(LABEL.loadError);
      expect(texts(shadowOf(panel), 'li')).toEqual([
        'You need the SecureSend Admin permission set.',
      ]);
      expect(root.querySelector('c-secure-send-setup-checklist')).toBeNull();
      expect(root.querySelector('lightning-spinner')).toBeNull();
      expect(root.querySelector<ButtonStub>('lightning-button.refresh')?.disabled).toBe(false);
      await expect(element).toBeAccessible();
    });

    it('shows the generic error when Apex returns no status', async () => {
      getSetupStatusMock.mockResolvedValue(null);
      const element = await renderPage();

      const panel = shadowOf(element).querySelector('c-error-panel');
      expect(texts(shadowOf(panel), 'li')).toEqual([LABEL.genericError]);
      expect(shadowOf(element).querySelector('c-secure-send-setup-checklist')).toBeNull();
    });

    it('recovers on Refresh', async () => {
      getSetupStatusMock.mockRejectedValueOnce({ body: { message: 'Try again later.' } });
      const element = await renderPage();

      shadowOf(element).querySelector<HTMLElement>('lightning-button.refresh')?.click();
      await flushPromises();

      expect(getSetupStatusMock).toHaveBeenCalledTimes(2);
      expect(shadowOf(element).querySelector('c-error-panel')).toBeNull();
      expect(step(element, 'namedCredential').status).toBe(LABEL.stepDone);
    });
  });

  describe('Refresh', () => {
    it('reloads the status and shows what changed', async () => {
      const element = await renderPage();
      const pending = deferred<SetupStatus | null>();
      getSetupStatusMock.mockReturnValueOnce(pending.promise);

      shadowOf(element).querySelector<HTMLElement>('lightning-button.refresh')?.click();
      await flushPromises();

      expect(getSetupStatusMock).toHaveBeenCalledTimes(2);
      expect(shadowOf(element).querySelector('lightning-spinner')).not.toBeNull();
      expect(
        shadowOf(element).querySelector<ButtonStub>('lightning-button.refresh')?.disabled,
      ).toBe(true);
      // The last known status stays visible while the new one loads.
      expect(step(element, 'personasAssigned').status).toBe(LABEL.stepNotDone);
      await expect(element).toBeAccessible();

      pending.resolve({
        ...STATUS,
        checklist: [{ key: 'personasAssigned', label: 'Personas', done: true, detail: 'All set.' }],
      });
      await flushPromises();

      expect(shadowOf(element).querySelector('lightning-spinner')).toBeNull();
      expect(step(element, 'personasAssigned')).toMatchObject({
        status: LABEL.stepDone,
        detail: 'All set.',
      });
      expect(checklist(element).querySelectorAll('li')).toHaveLength(1);
    });
  });

  describe('connection test', () => {
    it('shows a spinner while testing, then the result, and marks the connection step done', async () => {
      const element = await renderPage();
      const toasts = listenToasts(element);
      const pending = deferred<ConnectionStatus | null>();
      testConnectionMock.mockReturnValue(pending.promise);

      await clickTest(element);

      const root = connection(element);
      expect(testConnectionMock).toHaveBeenCalledTimes(1);
      expect(root.querySelector<SpinnerStub>('lightning-spinner')?.alternativeText).toBe(
        LABEL.testing,
      );
      expect(root.querySelector<ButtonStub>('lightning-button.test')?.disabled).toBe(true);
      await expect(element).toBeAccessible();

      pending.resolve(CONNECTED);
      await flushPromises();

      expect(root.querySelector('lightning-spinner')).toBeNull();
      expect(root.querySelector<ButtonStub>('lightning-button.test')?.disabled).toBe(false);
      expect(text(root, '.status')).toBe(LABEL.connectionOk);
      expect(root.querySelector<IconStub>('.result lightning-icon')?.iconName).toBe(
        'utility:success',
      );
      expect(text(root, '.message')).toBe('The gateway answered.');
      expect(connectionField(element, 'latency')).toBe('87 ms');
      expect(connectionField(element, 'tenantId')).toBe('ten_acme');
      expect(connectionField(element, 'credentialId')).toBe('key_0042');
      expect(connectionField(element, 'scopes')).toBe('messages:write, status:read');
      expect(connectionField(element, 'missingScopes')).toBe(LABEL.none);
      expect(
        detailListRoot(root).querySelector<DateTimeStub>(
          'dd[data-field="serverTime"] lightning-formatted-date-time',
        )?.value,
      ).toBe('2025-01-02T03:04:05.000Z');
      expect(step(element, 'connection')).toMatchObject({
        status: LABEL.stepDone,
        detail: LABEL.connectionTestedDetail,
      });
      expect(toasts).toEqual([]);
      await expect(element).toBeAccessible();
    });

    it('shows a failed test with the missing scopes and leaves the step not done', async () => {
      const element = await renderPage();
      testConnectionMock.mockResolvedValue({
        ok: false,
        message: 'The API key lacks scopes.',
        tenantId: null,
        credentialId: null,
        scopes: ['status:read'],
        serverTime: null,
        latencyMs: null,
        missingScopes: ['messages:write', 'content:read'],
      });

      await clickTest(element);

      const root = connection(element);
      expect(text(root, '.status')).toBe(LABEL.connectionFailed);
      expect(root.querySelector<IconStub>('.result lightning-icon')?.iconName).toBe(
        'utility:error',
      );
      expect(text(root, '.message')).toBe('The API key lacks scopes.');
      expect(connectionField(element, 'missingScopes')).toBe('messages:write, content:read');
      expect(connectionField(element, 'latency')).toBe(LABEL.notAvailable);
      expect(connectionField(element, 'tenantId')).toBe(LABEL.notAvailable);
      expect(connectionField(element, 'credentialId')).toBe(LABEL.notAvailable);
      expect(connectionField(element, 'serverTime')).toBe(LABEL.notAvailable);
      expect(step(element, 'connection').status).toBe(LABEL.stepNotDone);
      await expect(element).toBeAccessible();
    });

    it('shows the Apex error in the section, without a toast, and un-marks the step', async () => {
      const element = await renderPage();
      const toasts = listenToasts(element);
      testConnectionMock.mockResolvedValueOnce(CONNECTED);
      await clickTest(element);
      expect(step(element, 'connection').status).toBe(LABEL.stepDone);

      testConnectionMock.mockRejectedValueOnce({
        body: { message: 'The gateway did not answer within 20 seconds.' },
        status: 500,
      });
      await clickTest(element);

      const root = connection(element);
      const panel = root.querySelector<ErrorPanelStub>('c-error-panel');
      expect(panel?.friendlyMessage).toBe(LABEL.connectionError);
      expect(texts(shadowOf(panel), 'li')).toEqual([
        'The gateway did not answer within 20 seconds.',
      ]);
      expect(root.querySelector('.status')).toBeNull();
      expect(root.querySelector('dl')).toBeNull();
      expect(step(element, 'connection')).toMatchObject({
        status: LABEL.stepNotDone,
        detail: 'Run the test.',
      });
      expect(toasts).toEqual([]);
      expect(shadowOf(element).querySelector('c-error-panel')).toBeNull();
      await expect(element).toBeAccessible();
    });

    it('shows a minimal result without a message or lists', async () => {
      const element = await renderPage();
      testConnectionMock.mockResolvedValue({ ok: true });

      await clickTest(element);

      const root = connection(element);
      expect(text(root, '.status')).toBe(LABEL.connectionOk);
      expect(root.querySelector('.message')).toBeNull();
      expect(connectionField(element, 'scopes')).toBe(LABEL.none);
      expect(connectionField(element, 'missingScopes')).toBe(LABEL.none);
      expect(step(element, 'connection').status).toBe(LABEL.stepDone);
      await expect(element).toBeAccessible();
    });

    it('shows the generic error when Apex returns no result', async () => {
      const element = await renderPage();
      testConnectionMock.mockResolvedValue(null);

      await clickTest(element);

      const panel = connection(element).querySelector('c-error-panel');
      expect(texts(shadowOf(panel), 'li')).toEqual([LABEL.genericError]);
      expect(step(element, 'connection').status).toBe(LABEL.stepNotDone);
    });
  });

  describe('status sync actions', () => {
    const ACTIONS = [
      ['schedule', scheduleSyncMock, LABEL.scheduledToast, { syncScheduled: false }],
      ['unschedule', unscheduleSyncMock, LABEL.unscheduledToast, { syncScheduled: true }],
      ['run-now', runSyncNowMock, LABEL.runQueuedToast, { syncScheduled: true }],
    ] as const;

    it.each(ACTIONS)(
      '%s: shows a success toast and reloads the status',
      async (button, apexMock, message, initial) => {
        getSetupStatusMock.mockResolvedValueOnce({ ...STATUS, ...initial });
        const element = await renderPage();
        const toasts = listenToasts(element);
        const pending = deferred<undefined>();
        apexMock.mockReturnValue(pending.promise);

        syncButton(element, button).click();
        await flushPromises();

        expect(apexMock).toHaveBeenCalledTimes(1);
        expect(syncButton(element, 'schedule').disabled).toBe(true);
        expect(syncButton(element, 'unschedule').disabled).toBe(true);
        expect(syncButton(element, 'run-now').disabled).toBe(true);
        expect(sync(element).querySelector<SpinnerStub>('lightning-spinner')?.alternativeText).toBe(
          LABEL.working,
        );
        await expect(element).toBeAccessible();

        getSetupStatusMock.mockResolvedValueOnce({
          ...STATUS,
          syncScheduled: button !== 'unschedule',
        });
        pending.resolve(undefined);
        await flushPromises();

        expect(toasts).toEqual([{ title: LABEL.syncHeading, message, variant: 'success' }]);
        expect(getSetupStatusMock).toHaveBeenCalledTimes(2);
        expect(sync(element).querySelector('lightning-spinner')).toBeNull();
        expect(text(detailListRoot(sync(element)), 'dd[data-field="state"]')).toBe(
          button === 'unschedule' ? LABEL.syncNotScheduled : LABEL.syncScheduled,
        );
        expect(syncButton(element, 'run-now').disabled).toBe(false);
      },
    );

    it.each(ACTIONS)(
      '%s: shows an error toast with the Apex message and reloads the status',
      async (button, apexMock, _message, initial) => {
        getSetupStatusMock.mockResolvedValueOnce({ ...STATUS, ...initial });
        const element = await renderPage();
        const toasts = listenToasts(element);
        apexMock.mockRejectedValue({ body: { message: 'The job is already scheduled.' } });

        syncButton(element, button).click();
        await flushPromises();

        expect(toasts).toEqual([
          { title: LABEL.actionFailed, message: 'The job is already scheduled.', variant: 'error' },
        ]);
        expect(getSetupStatusMock).toHaveBeenCalledTimes(2);
        expect(syncButton(element, 'run-now').disabled).toBe(false);
        await expect(element).toBeAccessible();
      },
    );

    it('shows the generic error in the toast when the error has no message', async () => {
      const element = await renderPage();
      const toasts = listenToasts(element);
      runSyncNowMock.mockRejectedValue({ status: 500 });

      syncButton(element, 'run-now').click();
      await flushPromises();

      expect(toasts).toEqual([
        { title: LABEL.actionFailed, message: LABEL.genericError, variant: 'error' },
      ]);
      expect(getSetupStatusMock).toHaveBeenCalledTimes(2);
    });
  });
});
