import SecureMessageHistory from 'c/secureMessageHistory';
import type { MessageBody, SecureMessageSummary } from '@salesforce/apex-types';
import { refreshApex } from '@salesforce/apex';
import { registerRefreshHandler, unregisterRefreshHandler } from 'lightning/refresh';
import getMessages from '@salesforce/apex/SecureSendController.getMessages';
import getMessageBody from '@salesforce/apex/SecureSendController.getMessageBody';
import revoke from '@salesforce/apex/SecureSendController.revoke';
import type * as SfdxLwcJest from '@salesforce/sfdx-lwc-jest';
import { apexTestWireAdapter } from '../../../../../test/jest-utils/apexWire';
import type {
  ButtonIconStub,
  ButtonStub,
  CardStub,
  DateTimeStub,
  ErrorPanelStub,
  IconStub,
  SpinnerStub,
} from '../../../../../test/jest-utils/stubs';
import {
  childRoot,
  click,
  find,
  findAll,
  flushPromises,
  mount,
  resetDom,
  shadowOf,
  text,
} from '../../../../../test/jest-utils/dom';
import { detailListRoot, detailValues } from '../../../../../test/jest-utils/detailList';
import { deferred, listenToasts } from '../../../../../test/jest-utils/events';
import {
  confirmStep,
  confirmStepButton,
  confirmStepPrompt,
} from '../../../../../test/jest-utils/confirmAction';

jest.mock(
  '@salesforce/apex/SecureSendController.getMessages',
  () => {
    const { createApexTestWireAdapter } = jest.requireActual<typeof SfdxLwcJest>(
      '@salesforce/sfdx-lwc-jest',
    );
    return { default: createApexTestWireAdapter(jest.fn()) };
  },
  { virtual: true },
);
jest.mock('@salesforce/apex/SecureSendController.getMessageBody', () => ({ default: jest.fn() }), {
  virtual: true,
});
jest.mock('@salesforce/apex/SecureSendController.revoke', () => ({ default: jest.fn() }), {
  virtual: true,
});
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), {
  virtual: true,
});

const messagesWire = apexTestWireAdapter(getMessages);
const mockGetMessageBody = jest.mocked(getMessageBody);
const mockRevoke = jest.mocked(revoke);
const mockRefreshApex = jest.mocked(refreshApex);

// sfdx-lwc-jest resolves `@salesforce/label/c.Name` to the string "c.Name".
const LABEL = {
  title: 'c.SecureSend_HistoryTitle',
  refresh: 'c.SecureSend_HistoryRefresh',
  empty: 'c.SecureSend_HistoryEmpty',
  loadError: 'c.SecureSend_HistoryLoadError',
  listLabel: 'c.SecureSend_HistoryListLabel',
  repliesLabel: 'c.SecureSend_HistoryRepliesLabel',
  loading: 'c.SecureSend_Loading',
  outbound: 'c.SecureSend_HistoryOutbound',
  inbound: 'c.SecureSend_HistoryInbound',
  delivery: 'c.SecureSend_HistoryDelivery',
  deliveryTls: 'c.SecureSend_HistoryDeliveryTls',
  deliveryPickup: 'c.SecureSend_HistoryDeliveryPickup',
  recipient: 'c.SecureSend_HistoryRecipient',
  sentBy: 'c.SecureSend_HistorySentBy',
  sentAt: 'c.SecureSend_HistorySentAt',
  openedAt: 'c.SecureSend_HistoryOpenedAt',
  repliedAt: 'c.SecureSend_HistoryRepliedAt',
  expiresAt: 'c.SecureSend_HistoryExpiresAt',
  phiCategories: 'c.SecureSend_HistoryPhiCategories',
  attachments: 'c.SecureSend_HistoryAttachments',
  lastError: 'c.SecureSend_HistoryLastError',
  valueWithDetail: 'c.SecureSend_ValueWithDetail',
  showEvents: 'c.SecureSend_HistoryShowEvents',
  hideEvents: 'c.SecureSend_HistoryHideEvents',
  eventsCaption: 'c.SecureSend_HistoryEventsCaption',
  eventDelivered: 'c.SecureSend_EventType_Delivered',
  eventSent: 'c.SecureSend_EventType_Sent',
  revoke: 'c.SecureSend_HistoryRevoke',
  revokePrompt: 'c.SecureSend_HistoryRevokePrompt',
  revokeConfirm: 'c.SecureSend_HistoryRevokeConfirm',
  cancel: 'c.SecureSend_Cancel',
  revokedTitle: 'c.SecureSend_HistoryRevokedTitle',
  revokedMessage: 'c.SecureSend_HistoryRevokedMessage',
  revokeFailed: 'c.SecureSend_HistoryRevokeFailed',
  working: 'c.SecureSend_HistoryWorking',
  viewBody: 'c.SecureSend_HistoryViewBody',
  viewFailed: 'c.SecureSend_HistoryViewFailed',
  viewHeading: 'c.SecureSend_HistoryViewHeading',
  viewAudited: 'c.SecureSend_HistoryViewAudited',
  viewClose: 'c.SecureSend_HistoryViewClose',
  viewFrom: 'c.SecureSend_HistoryViewFrom',
  genericError: 'c.SecureSend_GenericError',
  ssn: 'c.SecureSend_PhiCategory_SSN',
  healthPlanId: 'c.SecureSend_PhiCategory_HEALTH_PLAN_ID',
} as const;

const CASE_ID = '500000000000001AAA';
const SENT_ID = 'a01000000000001AAA';
const REPLY_ID = 'a01000000000002AAA';
const FAILED_ID = 'a01000000000003AAA';

const SENT: SecureMessageSummary = {
  id: SENT_ID,
  name: 'SM-00000001',
  direction: 'Outbound',
  status: 'Delivered',
  statusLabel: 'Delivered',
  deliveryMethod: 'TLS',
  recipientName: 'Ada Patient',
  recipientHint: 'a***@example.com',
  sentByName: 'Sam Sender',
  sentAt: '2024-05-01T10:00:00.000Z',
  openedAt: '2024-05-01T11:00:00.000Z',
  repliedAt: '2024-05-02T09:00:00.000Z',
  expiresAt: '2024-05-31T10:00:00.000Z',
  phiCategories: ['SSN', 'HEALTH_PLAN_ID'],
  attachmentCount: 2,
  lastError: null,
  parentMessageId: null,
  canRevoke: true,
  canViewContent: true,
  events: [
    {
      type: 'Sent',
      status: 'queued',
      occurredAt: '2024-05-01T10:00:00.000Z',
      reason: null,
      deliveryMethod: null,
      actorName: 'Sam Sender',
    },
    {
      type: 'Delivered',
      status: 'delivered_tls',
      occurredAt: '2024-05-01T10:01:00.000Z',
      reason: null,
      deliveryMethod: 'tls',
      actorName: null,
    },
  ],
};

const REPLY: SecureMessageSummary = {
  id: REPLY_ID,
  name: 'SM-00000002',
  direction: 'Inbound',
  status: 'Received',
  statusLabel: 'Received',
  deliveryMethod: null,
  recipientName: null,
  recipientHint: null,
  sentByName: null,
  sentAt: '2024-05-02T09:00:00.000Z',
  phiCategories: [],
  attachmentCount: 0,
  parentMessageId: SENT_ID,
  canRevoke: false,
  canViewContent: true,
  events: [],
};

const FAILED: SecureMessageSummary = {
  id: FAILED_ID,
  name: 'SM-00000003',
  direction: 'Outbound',
  status: 'Failed',
  statusLabel: 'Failed',
  deliveryMethod: 'Pickup',
  recipientName: null,
  recipientHint: 'b***@example.com',
  sentByName: 'Sam Sender',
  sentAt: null,
  phiCategories: null,
  attachmentCount: null,
  lastError: 'GATEWAY_TIMEOUT',
  parentMessageId: null,
  canRevoke: false,
  canViewContent: false,
  events: null,
};

const MESSAGES = [SENT, REPLY, FAILED];

const BODY_TEXT = 'Hello Ada,\nyour results are attached. <b>Not markup</b>';
const REPLY_TEXT = 'Thanks, got them.';
const BODY: MessageBody = {
  secureMessageId: SENT_ID,
  subject: 'Case 00001026: your lab results',
  body: BODY_TEXT,
  sentAt: '2024-05-01T10:00:00.000Z',
  attachments: [
    { fileName: 'results.pdf', contentType: 'application/pdf', sizeBytes: 1024 },
    { fileName: 'notes.txt', contentType: 'text/plain', sizeBytes: null },
  ],
  replies: [
    {
      replyId: 'rpl_0123456789abcdef0123456789abcdef',
      fromAddress: 'ada@example.org',
      receivedAt: '2024-05-02T09:00:00.000Z',
      body: REPLY_TEXT,
      attachments: [{ fileName: 'insurance-card.jpg', contentType: 'image/jpeg', sizeBytes: 2048 }],
    },
    { replyId: null, fromAddress: null, receivedAt: null, body: null, attachments: null },
  ],
};

function renderHistory(): Promise<HTMLElement> {
  return mount<{ recordId?: string }>('c-secure-message-history', SecureMessageHistory, {
    recordId: CASE_ID,
  });
}

async function emit(data: SecureMessageSummary[] | null): Promise<void> {
  messagesWire.emit(data);
  await flushPromises();
}

/** The row component of a message, wherever it is in the list. */
function messageRow(element: HTMLElement, id: string): HTMLElement {
  const row = find(element, `li[data-id="${id}"] > c-secure-message-row`);
  if (!row) {
    throw new Error(`no row for ${id}`);
  }
  return row;
}

/** The row's details as label -> text. */
function details(row: HTMLElement): Record<string, string> {
  return detailValues(shadowOf(row));
}

function viewer(element: HTMLElement): HTMLElement | null {
  return find(element, 'c-secure-message-viewer');
}

async function openViewer(element: HTMLElement): Promise<void> {
  click(find(messageRow(element, SENT_ID), 'lightning-button.view-body'));
  await flushPromises();
}

describe('c-secure-message-history', () => {
  beforeEach(() => {
    mockRefreshApex.mockResolvedValue(undefined);
  });

  afterEach(() => {
    resetDom();
    jest.clearAllMocks();
  });

  it('wires the messages of the Case it is on', async () => {
    await renderHistory();

    expect(messagesWire.getLastConfig()).toEqual({ caseId: CASE_ID });
  });

  it('shows a spinner while loading, with Refresh disabled', async () => {
    const element = await renderHistory();

    expect(find<CardStub>(element, 'lightning-card')?.title).toBe(LABEL.title);
    expect(find<SpinnerStub>(element, 'lightning-spinner')?.alternativeText).toBe(LABEL.loading);
    expect(find<ButtonIconStub>(element, 'lightning-button-icon.refresh')?.disabled).toBe(true);
    expect(find(element, 'ul.messages')).toBeNull();
    await expect(element).toBeAccessible();
  });

  describe('with messages', () => {
    it('shows each message with labelled details', async () => {
      const element = await renderHistory();

      await emit(MESSAGES);

      expect(find(element, 'lightning-spinner')).toBeNull();
      expect(find(element, 'ul.messages')?.getAttribute('aria-label')).toBe(LABEL.listLabel);
      const sent = messageRow(element, SENT_ID);
      expect(find(sent, '.name')?.textContent).toBe('SM-00000001');
      expect(find(sent, '.direction')?.textContent).toBe(LABEL.outbound);
      expect(find(sent, '.status .slds-badge')?.textContent).toBe('Delivered');
      expect(find(sent, '.status .slds-badge')?.className).toBe('slds-badge slds-theme_success');
      expect(find<IconStub>(sent, '.status lightning-icon')?.iconName).toBe('utility:success');
      expect(details(sent)).toEqual({
        [LABEL.delivery]: LABEL.deliveryTls,
        [LABEL.recipient]: LABEL.valueWithDetail,
        [LABEL.sentBy]: 'Sam Sender',
        [LABEL.sentAt]: '2024-05-01T10:00:00.000Z',
        [LABEL.openedAt]: '2024-05-01T11:00:00.000Z',
        [LABEL.repliedAt]: '2024-05-02T09:00:00.000Z',
        [LABEL.expiresAt]: '2024-05-31T10:00:00.000Z',
        [LABEL.phiCategories]: `${LABEL.ssn}, ${LABEL.healthPlanId}`,
        [LABEL.attachments]: '2',
      });
      const failed = messageRow(element, FAILED_ID);
      expect(find(failed, '.status .slds-badge')?.className).toBe('slds-badge slds-theme_error');
      expect(details(failed)).toEqual({
        [LABEL.delivery]: LABEL.deliveryPickup,
        [LABEL.recipient]: 'b***@example.com',
        [LABEL.sentBy]: 'Sam Sender',
        [LABEL.lastError]: 'GATEWAY_TIMEOUT',
      });
      await expect(element).toBeAccessible();
    });

    it('nests a reply under the message it answers', async () => {
      const element = await renderHistory();

      await emit(MESSAGES);

      const topLevel = findAll(element, 'ul.messages > li.message').map((item) => item.dataset.id);
      expect(topLevel).toEqual([SENT_ID, FAILED_ID]);
      const replies = find(element, `li[data-id="${SENT_ID}"] > ul.replies`);
      expect(replies?.getAttribute('aria-label')).toBe(LABEL.repliesLabel);
      const reply = replies?.querySelector<HTMLElement>('li.reply');
      expect(reply?.dataset.id).toBe(REPLY_ID);
      const replyRow = messageRow(element, REPLY_ID);
      expect(find(replyRow, '.direction')?.textContent).toBe(LABEL.inbound);
      expect(details(replyRow)).toEqual({
        [LABEL.sentAt]: '2024-05-02T09:00:00.000Z',
        [LABEL.attachments]: '0',
      });
      expect(find(element, `li[data-id="${FAILED_ID}"] > ul.replies`)).toBeNull();
    });

    it('shows a reply whose message is not listed at the top', async () => {
      const element = await renderHistory();

      await emit([REPLY, FAILED]);

      const topLevel = findAll(element, 'ul.messages > li.message').map((item) => item.dataset.id);
      expect(topLevel).toEqual([REPLY_ID, FAILED_ID]);
    });

    it('expands the audit events of a message that has them', async () => {
      const element = await renderHistory();
      await emit(MESSAGES);
      const sent = messageRow(element, SENT_ID);
      const toggle = find<HTMLButtonElement>(sent, 'button.events-toggle');
      expect(toggle?.textContent.trim()).toBe(LABEL.showEvents);
      expect(toggle?.getAttribute('aria-expanded')).toBe('false');
      expect(find(sent, 'c-secure-message-events')).toBeNull();
      expect(find(messageRow(element, FAILED_ID), 'button.events-toggle')).toBeNull();

      click(toggle);
      await flushPromises();

      expect(toggle?.getAttribute('aria-expanded')).toBe('true');
      expect(toggle?.textContent.trim()).toBe(LABEL.hideEvents);
      const events = childRoot(sent, 'c-secure-message-events');
      expect(events.querySelector('caption')?.textContent.trim()).toBe(LABEL.eventsCaption);
      const cells = Array.from(events.querySelectorAll('tbody tr'), (tr) =>
        Array.from(tr.children, (cell) => {
          const date = cell.querySelector<DateTimeStub>('lightning-formatted-date-time');
          return date?.value ?? cell.textContent.trim();
        }),
      );
      expect(cells).toEqual([
        [LABEL.eventSent, 'queued', '2024-05-01T10:00:00.000Z', '', '', 'Sam Sender'],
        [
          LABEL.eventDelivered,
          'delivered_tls',
          '2024-05-01T10:01:00.000Z',
          LABEL.deliveryTls,
          '',
          '',
        ],
      ]);
      await expect(element).toBeAccessible();

      click(toggle);
      await flushPromises();

      expect(find(sent, 'c-secure-message-events')).toBeNull();
    });
  });

  describe('revoke', () => {
    it('is offered only for messages the user may revoke', async () => {
      const element = await renderHistory();

      await emit(MESSAGES);

      expect(find<ButtonStub>(messageRow(element, SENT_ID), 'lightning-button.revoke')?.label).toBe(
        LABEL.revoke,
      );
      expect(find(messageRow(element, REPLY_ID), 'lightning-button.revoke')).toBeNull();
      expect(find(messageRow(element, FAILED_ID), 'lightning-button.revoke')).toBeNull();
      expect(find(messageRow(element, FAILED_ID), '.actions')).toBeNull();
    });

    it('asks for confirmation, then revokes, confirms with a toast and refreshes', async () => {
      const pending = deferred<SecureMessageSummary | null>();
      mockRevoke.mockReturnValue(pending.promise);
      const element = await renderHistory();
      const toasts = listenToasts(element);
      await emit(MESSAGES);
      const sent = messageRow(element, SENT_ID);
      const focus = jest.spyOn(HTMLElement.prototype, 'focus');

      click(find(sent, 'lightning-button.revoke'));
      await flushPromises();

      expect(confirmStepPrompt(sent)).toBe(LABEL.revokePrompt);
      const confirm = confirmStepButton<ButtonStub>(sent, 'confirm');
      expect(confirm?.label).toBe(LABEL.revokeConfirm);
      expect(confirm?.variant).toBe('destructive');
      expect(confirmStepButton<ButtonStub>(sent, 'cancel')?.label).toBe(LABEL.cancel);
      expect(focus.mock.contexts).toContain(confirm);
      focus.mockRestore();
      expect(find(sent, 'lightning-button.revoke')).toBeNull();
      expect(mockRevoke).not.toHaveBeenCalled();
      await expect(element).toBeAccessible();

      click(confirm);
      await flushPromises();

      expect(mockRevoke).toHaveBeenCalledWith({ secureMessageId: SENT_ID });
      expect(find<SpinnerStub>(sent, 'lightning-spinner')?.alternativeText).toBe(LABEL.working);
      expect(confirmStep(sent)).toBeNull();
      await expect(element).toBeAccessible();

      pending.resolve({ ...SENT, status: 'Revoked', statusLabel: 'Revoked', canRevoke: false });
      await flushPromises();

      expect(toasts).toEqual([
        { title: LABEL.revokedTitle, message: LABEL.revokedMessage, variant: 'success' },
      ]);
      expect(mockRefreshApex).toHaveBeenCalledWith(expect.objectContaining({ data: MESSAGES }));
      expect(find(sent, 'lightning-spinner')).toBeNull();

      await emit([{ ...SENT, status: 'Revoked', statusLabel: 'Revoked', canRevoke: false }]);
      const revoked = messageRow(element, SENT_ID);
      expect(find(revoked, '.status .slds-badge')?.className).toBe(
        'slds-badge slds-badge_lightest',
      );
      expect(find(revoked, 'lightning-button.revoke')).toBeNull();
    });

    it('does nothing when the confirmation is cancelled', async () => {
      const element = await renderHistory();
      await emit(MESSAGES);
      const sent = messageRow(element, SENT_ID);
      click(find(sent, 'lightning-button.revoke'));
      await flushPromises();

      click(confirmStepButton(sent, 'cancel'));
      await flushPromises();

      expect(confirmStep(sent)).toBeNull();
      expect(find(sent, 'lightning-button.revoke')).not.toBeNull();
      expect(mockRevoke).not.toHaveBeenCalled();
    });

    it('shows the Apex error in a toast and does not refresh', async () => {
      mockRevoke.mockRejectedValue({ body: { message: 'The gateway did not answer in time.' } });
      const element = await renderHistory();
      const toasts = listenToasts(element);
      await emit(MESSAGES);
      const sent = messageRow(element, SENT_ID);
      click(find(sent, 'lightning-button.revoke'));
      await flushPromises();

      click(confirmStepButton(sent, 'confirm'));
      await flushPromises();

      expect(toasts).toEqual([
        {
          title: LABEL.revokeFailed,
          message: 'The gateway did not answer in time.',
          variant: 'error',
        },
      ]);
      expect(mockRefreshApex).not.toHaveBeenCalled();
      expect(find(sent, 'lightning-button.revoke')).not.toBeNull();
    });

    it('runs one action at a time', async () => {
      const pending = deferred<SecureMessageSummary | null>();
      mockRevoke.mockReturnValue(pending.promise);
      const element = await renderHistory();
      await emit(MESSAGES);
      const sent = messageRow(element, SENT_ID);
      click(find(sent, 'lightning-button.revoke'));
      await flushPromises();
      click(confirmStepButton(sent, 'confirm'));
      await flushPromises();

      // The reply's View message fires while the revoke runs.
      click(find(messageRow(element, REPLY_ID), 'lightning-button.view-body'));
      sent.dispatchEvent(new CustomEvent('revoke', { detail: { id: SENT_ID } }));
      await flushPromises();

      expect(mockGetMessageBody).not.toHaveBeenCalled();
      expect(mockRevoke).toHaveBeenCalledTimes(1);
      pending.resolve(null);
      await flushPromises();
    });
  });

  describe('view message', () => {
    it('is offered only for messages whose content the user may view', async () => {
      const element = await renderHistory();

      await emit(MESSAGES);

      expect(
        find<ButtonStub>(messageRow(element, SENT_ID), 'lightning-button.view-body')?.label,
      ).toBe(LABEL.viewBody);
      expect(find(messageRow(element, REPLY_ID), 'lightning-button.view-body')).not.toBeNull();
      expect(find(messageRow(element, FAILED_ID), 'lightning-button.view-body')).toBeNull();
    });

    it('fetches the content on demand and shows it as plain text', async () => {
      const pending = deferred<MessageBody | null>();
      mockGetMessageBody.mockReturnValue(pending.promise);
      const element = await renderHistory();
      await emit(MESSAGES);
      expect(mockGetMessageBody).not.toHaveBeenCalled();

      await openViewer(element);

      expect(mockGetMessageBody).toHaveBeenCalledWith({ secureMessageId: SENT_ID });
      expect(find(messageRow(element, SENT_ID), 'lightning-spinner')).not.toBeNull();
      const focus = jest.spyOn(HTMLElement.prototype, 'focus');
      pending.resolve(BODY);
      await flushPromises();

      const content = shadowOf(viewer(element));
      expect(content.querySelector('h3')?.textContent).toBe(LABEL.viewHeading);
      expect(content.querySelector('.audit-note')?.textContent).toBe(LABEL.viewAudited);
      expect(text(detailListRoot(content), 'dd[data-field="subject"]')).toBe(BODY.subject);
      expect(content.querySelector('.body')?.textContent).toBe(BODY_TEXT);
      expect(content.querySelector('.body b')).toBeNull();
      expect(
        Array.from(content.querySelectorAll('ul.attachments li'), (li) => li.textContent),
      ).toEqual([LABEL.valueWithDetail, 'notes.txt']);
      const replies = Array.from(content.querySelectorAll('ul.replies > li.reply'));
      expect(replies).toHaveLength(2);
      expect(text(detailListRoot(replies[0]), 'dd[data-field="from"]')).toBe('ada@example.org');
      expect(replies[0]?.querySelector('.reply-body')?.textContent).toBe(REPLY_TEXT);
      expect(replies[0]?.querySelectorAll('.reply-attachments li')).toHaveLength(1);
      expect(replies[1]?.querySelector('.reply-attachments')).toBeNull();
      const close = content.querySelector<ButtonIconStub>('lightning-button-icon.close');
      expect(close?.alternativeText).toBe(LABEL.viewClose);
      expect(focus.mock.contexts).toContain(close);
      focus.mockRestore();
      expect(find(messageRow(element, SENT_ID), 'lightning-spinner')).toBeNull();
      await expect(element).toBeAccessible();
    });

    it('drops the content when closed', async () => {
      mockGetMessageBody.mockResolvedValue(BODY);
      const element = await renderHistory();
      await emit(MESSAGES);
      await openViewer(element);

      click(find(viewer(element), 'lightning-button-icon.close'));
      await flushPromises();

      expect(viewer(element)).toBeNull();
      expect(shadowOf(element).textContent).not.toContain('your results');
      // Re-rendering from state shows nothing either: the content is gone, not hidden.
      await emit([...MESSAGES]);
      expect(viewer(element)).toBeNull();
      await expect(element).toBeAccessible();
    });

    it('shows the body of a message without subject, file details or replies', async () => {
      mockGetMessageBody.mockResolvedValue({
        secureMessageId: REPLY_ID,
        subject: null,
        body: REPLY_TEXT,
        sentAt: null,
        attachments: [{ fileName: null, contentType: null, sizeBytes: null }],
        replies: null,
      });
      const element = await renderHistory();
      await emit(MESSAGES);

      click(find(messageRow(element, REPLY_ID), 'lightning-button.view-body'));
      await flushPromises();

      const content = shadowOf(viewer(element));
      expect(content.querySelector('.body')?.textContent).toBe(REPLY_TEXT);
      expect(text(detailListRoot(content), 'dd[data-field="subject"]')).toBe('');
      expect(content.querySelectorAll('ul.attachments li')).toHaveLength(1);
      expect(content.querySelector('ul.replies')).toBeNull();
      await expect(element).toBeAccessible();
    });

    it('shows nothing when Apex returns no content', async () => {
      mockGetMessageBody.mockResolvedValue(null);
      const element = await renderHistory();
      await emit(MESSAGES);

      await openViewer(element);

      expect(viewer(element)).toBeNull();
      expect(find(messageRow(element, SENT_ID), 'lightning-spinner')).toBeNull();
    });

    it('shows the Apex error in a toast and no content', async () => {
      mockGetMessageBody.mockRejectedValue({ status: 502 });
      const element = await renderHistory();
      const toasts = listenToasts(element);
      await emit(MESSAGES);

      await openViewer(element);

      expect(toasts).toEqual([
        { title: LABEL.viewFailed, message: LABEL.genericError, variant: 'error' },
      ]);
      expect(viewer(element)).toBeNull();
      expect(find(messageRow(element, SENT_ID), 'lightning-button.view-body')).not.toBeNull();
    });
  });

  it('reloads when the record page refreshes its view (after a send) and unregisters on removal', async () => {
    const register = jest.mocked(registerRefreshHandler);
    register.mockClear();
    const element = await renderHistory();
    await emit(MESSAGES);

    expect(register).toHaveBeenCalledTimes(1);
    const handler = register.mock.calls[0]?.[1];
    mockRefreshApex.mockClear();
    await expect(handler?.()).resolves.toBe(true);
    expect(mockRefreshApex).toHaveBeenCalledWith(expect.objectContaining({ data: MESSAGES }));

    const id = register.mock.results[0]?.value as number;
    document.body.removeChild(element);
    expect(jest.mocked(unregisterRefreshHandler)).toHaveBeenCalledWith(id);
  });

  it('refreshes the list on Refresh, disabled meanwhile', async () => {
    const pending = deferred<undefined>();
    mockRefreshApex.mockReturnValue(pending.promise);
    const element = await renderHistory();
    await emit(MESSAGES);
    const refresh = find<ButtonIconStub>(element, 'lightning-button-icon.refresh');
    expect(refresh?.alternativeText).toBe(LABEL.refresh);
    expect(refresh?.disabled).toBe(false);

    click(refresh);
    await flushPromises();

    expect(mockRefreshApex).toHaveBeenCalledWith(expect.objectContaining({ data: MESSAGES }));
    expect(refresh?.disabled).toBe(true);
    pending.resolve(undefined);
    await flushPromises();
    expect(refresh?.disabled).toBe(false);
  });

  it.each<[string, SecureMessageSummary[] | null]>([
    ['no messages', []],
    ['no list', null],
  ])('shows the empty state for %s', async (_case, data) => {
    const element = await renderHistory();

    await emit(data);

    expect(find(element, '.empty')?.textContent).toBe(LABEL.empty);
    expect(find(element, 'ul.messages')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('shows a wire error in the error panel', async () => {
    const element = await renderHistory();

    messagesWire.error({ message: 'You do not have access to this case.' }, 403);
    await flushPromises();

    const panel = find<ErrorPanelStub>(element, 'c-error-panel');
    expect(panel?.friendlyMessage).toBe(LABEL.loadError);
    expect(find(panel, 'li')?.textContent).toBe('You do not have access to this case.');
    expect(find(element, 'ul.messages')).toBeNull();
    await expect(element).toBeAccessible();
  });
});
