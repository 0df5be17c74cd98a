/**
 * c-secure-send-action with the REAL phi-detect engine (c/phiScanner, built by `npm run build`)
 * and its real children (c-phi-highlighted-text, c-phi-finding-list, c-send-policy-banner,
 * c-error-panel). Only Apex and the platform modules are stand-ins.
 */
import { randomUUID } from 'node:crypto';
import SecureSendAction from 'c/secureSendAction';
import { CloseActionScreenEvent } from 'lightning/actions';
import { notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import type { ComposeContext, SendRequest, SendResult } from '@salesforce/apex-types';
import getComposeContext from '@salesforce/apex/SecureSendController.getComposeContext';
import send from '@salesforce/apex/SecureSendController.send';
import type * as SfdxLwcJest from '@salesforce/sfdx-lwc-jest';
import { apexTestWireAdapter } from '../../../../../test/jest-utils/apexWire';
import type {
  Stub,
  ButtonStub,
  ErrorPanelStub,
  SpinnerStub,
} from '../../../../../test/jest-utils/stubs';
import {
  childRoot,
  find,
  findAll,
  flushPromises,
  mount,
  resetDom,
  shadowOf,
  text,
} from '../../../../../test/jest-utils/dom';
import { listen, listenToasts } from '../../../../../test/jest-utils/events';

jest.mock(
  '@salesforce/apex/SecureSendController.getComposeContext',
  () => {
    const { createApexTestWireAdapter } = jest.requireActual<typeof SfdxLwcJest>(
      '@salesforce/sfdx-lwc-jest',
    );
    return { default: createApexTestWireAdapter(jest.fn()) };
  },
  { virtual: true },
);
jest.mock('@salesforce/apex/SecureSendController.send', () => ({ default: jest.fn() }), {
  virtual: true,
});
// sfdx-lwc-jest resolves a label to "c.Name"; labels with placeholders get their real text here
// so the formatting is visible.
jest.mock('@salesforce/label/c.SecureSend_SubjectTemplate', () => ({ default: 'Case {0}' }), {
  virtual: true,
});
jest.mock('@salesforce/label/c.SecureSend_CategoryCount', () => ({ default: '{0}: {1}' }), {
  virtual: true,
});
jest.mock(
  '@salesforce/label/c.SecureSend_FindingsCount',
  () => ({ default: '{0} possible PHI findings.' }),
  { virtual: true },
);
jest.mock(
  '@salesforce/label/c.SecureSend_AttachmentsTotal',
  () => ({ default: 'Selected {0} of {1}' }),
  { virtual: true },
);
jest.mock(
  '@salesforce/label/c.SecureSend_FileOverLimit',
  () => ({ default: 'Too large to attach (limit {0})' }),
  { virtual: true },
);

const composeContextWire = apexTestWireAdapter(getComposeContext);
// jsdom's Crypto has no randomUUID (browsers and Lightning Web Security do): lend node's.
const randomUuid = jest.fn(randomUUID);
Object.defineProperty(globalThis.crypto, 'randomUUID', { value: randomUuid, configurable: true });
const sendMock = send as jest.MockedFunction<typeof send>;
const notifyMock = notifyRecordUpdateAvailable as jest.MockedFunction<
  typeof notifyRecordUpdateAvailable
>;

const LABEL = {
  loading: 'c.SecureSend_Loading',
  composeTitle: 'c.SecureSend_ComposeTitle',
  noRecipient: 'c.SecureSend_NoRecipient',
  genericError: 'c.SecureSend_GenericError',
  sendErrorTitle: 'c.SecureSend_SendErrorTitle',
  sendSuccessTitle: 'c.SecureSend_SendSuccessTitle',
  sendSuccessMessage: 'c.SecureSend_SendSuccessMessage',
  sendReplayedMessage: 'c.SecureSend_SendReplayedMessage',
  sending: 'c.SecureSend_Sending',
  findingsNone: 'c.SecureSend_FindingsNone',
  fileOverTotal: 'c.SecureSend_FileOverTotal',
  verificationLocked: 'c.SecureSend_VerificationLocked',
  noFiles: 'c.SecureSend_NoFiles',
  ssn: 'c.SecureSend_PhiCategory_SSN',
  healthPlanId: 'c.SecureSend_PhiCategory_HEALTH_PLAN_ID',
  personName: 'c.SecureSend_PhiCategory_PERSON_NAME',
  phone: 'c.SecureSend_PhiCategory_PHONE',
} as const;

const CASE_ID = '500000000000001AAA';
const FILE_REPORT = '068000000000001AAA';
const FILE_SCAN = '068000000000002AAA';
const FILE_NOTES = '068000000000003AAA';
const FILE_HUGE = '068000000000004AAA';

/** "SSN" is blocked, "HEALTH_PLAN_ID" warned, "EMAIL" allowed; anything else warned. */
const CONTEXT: ComposeContext = {
  caseId: CASE_ID,
  caseNumber: '00001026',
  subject: 'Lab results',
  recipient: { contactId: '003000000000001AAA', name: 'Ada Patient', email: 'ada@example.org' },
  knownIdentifiers: [
    { category: 'PERSON_NAME', value: 'Ada Patient' },
    { category: 'PHONE', value: '(217) 555-0142' },
    { category: 'EMAIL', value: 'ada@example.org' },
    { category: 'NOT_A_CATEGORY', value: 'ignored' },
  ],
  threadReference: 'ref:500000000000001AAA',
  files: [
    {
      contentVersionId: FILE_REPORT,
      title: 'Lab report',
      fileExtension: 'pdf',
      sizeBytes: 600_000,
      withinLimit: true,
    },
    {
      contentVersionId: FILE_SCAN,
      title: 'Scan',
      fileExtension: 'png',
      sizeBytes: 800_000,
      withinLimit: true,
    },
    {
      contentVersionId: FILE_NOTES,
      title: 'Notes',
      fileExtension: 'txt',
      sizeBytes: 200_000,
      withinLimit: true,
    },
    {
      contentVersionId: FILE_HUGE,
      title: 'Imaging',
      fileExtension: 'zip',
      sizeBytes: 2_000_000,
      withinLimit: false,
    },
  ],
  policy: {
    rules: [
      { category: 'SSN', action: 'block' },
      { category: 'HEALTH_PLAN_ID', action: 'warn' },
      { category: 'EMAIL', action: 'allow' },
    ],
    defaultAction: 'warn',
  },
  canOverride: false,
  defaultExpiryDays: 30,
  maxExpiryDays: 90,
  requireVerification: true,
  allowVerificationOptOut: false,
  maxFileBytes: 1_000_000,
  maxTotalAttachmentBytes: 1_500_000,
};

const SUPERVISOR: ComposeContext = { ...CONTEXT, canOverride: true };
const CLEAN_BODY = 'Your results are ready.';
const SSN_AND_MEMBER = 'SSN 123-45-6789 and member id XWH123456789';
const RESULT: SendResult = {
  secureMessageId: 'a00000000000001AAA',
  gatewayMessageId: 'msg_0123456789abcdef0123456789abcdef',
  status: 'Queued',
  replayed: false,
  findingCategories: [],
};

type InputStub = Stub<{
  label: string;
  value: unknown;
  checked: boolean;
  disabled: boolean;
  fieldLevelHelp: string;
  max: unknown;
}>;

function render(recordId: string | undefined = CASE_ID): Promise<HTMLElement> {
  return mount<{ recordId?: string }>('c-secure-send-action', SecureSendAction, { recordId });
}

async function renderWith(context: ComposeContext = CONTEXT): Promise<HTMLElement> {
  const element = await render();
  composeContextWire.emit(context);
  await flushPromises();
  return element;
}

function sendButton(element: HTMLElement): ButtonStub {
  const button = find<ButtonStub>(element, 'lightning-button.send');
  if (!button) {
    throw new Error('no Send button');
  }
  return button;
}

async function change(
  element: HTMLElement,
  selector: string,
  detail: { value?: unknown; checked?: boolean },
): Promise<void> {
  const target = find(element, selector);
  if (!target) {
    throw new Error(`nothing matches ${selector}`);
  }
  target.dispatchEvent(new CustomEvent('change', { detail }));
  await flushPromises();
}

async function typeBody(element: HTMLElement, value: string): Promise<void> {
  await change(element, 'lightning-textarea.body', { value });
}

function bodyValue(element: HTMLElement): unknown {
  return find<InputStub>(element, 'lightning-textarea.body')?.value;
}

/** The highlighted stretches of the preview: [text, category label]. */
function marks(element: HTMLElement): [string, string | null][] {
  const preview = childRoot(element, 'c-phi-highlighted-text');
  return Array.from(preview.querySelectorAll('mark'), (mark) => [
    mark.firstChild?.textContent ?? '',
    mark.getAttribute('title'),
  ]);
}

function findingRows(element: HTMLElement): string[] {
  const list = childRoot(element, 'c-phi-finding-list');
  return Array.from(list.querySelectorAll('li.finding'), (row) =>
    [text(row, '.category'), text(row, '.value')].join(' '),
  );
}

function fileOption(element: HTMLElement, id: string): InputStub {
  const option = find<InputStub>(element, `lightning-input.file-option[data-id="${id}"]`);
  if (!option) {
    throw new Error(`no file option ${id}`);
  }
  return option;
}

async function clickSend(element: HTMLElement): Promise<void> {
  sendButton(element).click();
  await flushPromises();
}

function lastRequest(): SendRequest | null | undefined {
  const call = sendMock.mock.calls.at(-1);
  return call?.[0]?.request;
}

describe('c-secure-send-action', () => {
  beforeEach(() => {
    sendMock.mockReset();
    notifyMock.mockClear();
    randomUuid.mockClear();
  });

  afterEach(resetDom);

  it('wires the compose context to the Case it was opened on', async () => {
    await render();

    expect(composeContextWire.getLastConfig()).toEqual({ caseId: CASE_ID });
  });

  describe('loading', () => {
    it('shows a spinner, Cancel and a disabled Send', async () => {
      const element = await render();

      expect(find<SpinnerStub>(element, 'lightning-spinner')?.alternativeText).toBe(LABEL.loading);
      expect(find(element, 'lightning-textarea')).toBeNull();
      expect(sendButton(element).disabled).toBe(true);
      await expect(element).toBeAccessible();
    });

    it('shows the wire error in the error panel', async () => {
      const element = await render();

      composeContextWire.error({ message: 'You do not have access to this Case.' }, 403);
      await flushPromises();

      expect(find(element, 'lightning-spinner')).toBeNull();
      const panel = find<ErrorPanelStub>(element, 'c-error-panel.load-error');
      expect(text(shadowOf(panel), 'li')).toBe('You do not have access to this Case.');
      expect(find(element, 'lightning-textarea')).toBeNull();
      expect(sendButton(element).disabled).toBe(true);
      await expect(element).toBeAccessible();
    });

    it('shows the generic error when Apex returns no context', async () => {
      const element = await render();

      composeContextWire.emit(null);
      await flushPromises();

      const panel = find(element, 'c-error-panel.load-error');
      expect(text(shadowOf(panel), 'li')).toBe(LABEL.genericError);
    });
  });

  describe('with a loaded context', () => {
    it('shows the Case, the recipient, a subject with the Case number and the defaults', async () => {
      const element = await renderWith();

      expect(text(shadowOf(element), '.case-number')).toBe('00001026');
      expect(text(shadowOf(element), '.recipient-name')).toBe('Ada Patient');
      expect(text(shadowOf(element), '.recipient-email')).toBe('ada@example.org');
      expect(find<InputStub>(element, 'lightning-input.subject')?.value).toBe('Case 00001026');
      expect(bodyValue(element)).toBe('');
      expect(find<InputStub>(element, 'lightning-input.expiry')?.value).toBe(30);
      expect(find<InputStub>(element, 'lightning-input.expiry')?.max).toBe(90);
      const verification = find<InputStub>(element, 'lightning-input.verification');
      expect(verification?.checked).toBe(true);
      expect(verification?.disabled).toBe(true);
      expect(verification?.fieldLevelHelp).toBe(LABEL.verificationLocked);
      expect(text(childRoot(element, 'c-phi-finding-list'), '.count')).toBe(LABEL.findingsNone);
      expect(find(element, 'lightning-input.acknowledge')).toBeNull();
      expect(find(element, 'lightning-textarea.override-reason')).toBeNull();
      // Nothing typed yet: nothing to send.
      expect(sendButton(element).disabled).toBe(true);
      await expect(element).toBeAccessible();
    });

    it('lists the Case files with sizes and the selected total', async () => {
      const element = await renderWith();

      expect(
        findAll<InputStub>(element, 'lightning-input.file-option').map((f) => f.label),
      ).toEqual([
        'Lab report.pdf (600 kB)',
        'Scan.png (800 kB)',
        'Notes.txt (200 kB)',
        'Imaging.zip (2 MB)',
      ]);
      expect(text(shadowOf(element), '.files-total')).toBe('Selected 0 byte of 1.5 MB');
    });

    it('says so when the Case has no files', async () => {
      const element = await renderWith({ ...CONTEXT, files: [] });

      expect(text(shadowOf(element), '.no-files')).toBe(LABEL.noFiles);
      expect(find(element, 'lightning-input.file-option')).toBeNull();
    });

    it('enables Send for a clean message and sends the whole request', async () => {
      const element = await renderWith();
      await typeBody(element, CLEAN_BODY);
      sendMock.mockResolvedValue(RESULT);

      expect(sendButton(element).disabled).toBe(false);
      await clickSend(element);

      expect(sendMock).toHaveBeenCalledTimes(1);
      expect(lastRequest()).toEqual({
        caseId: CASE_ID,
        idempotencyKey: expect.stringMatching(/^[A-Za-z0-9_-]{8,64}$/) as unknown,
        subject: 'Case 00001026',
        body: CLEAN_BODY,
        contentVersionIds: [],
        expiryDays: 30,
        requireVerification: true,
        phiCategories: [],
        acknowledgedWarnings: false,
        overrideReason: null,
      });
    });

    it('sends the subject as edited, and needs one', async () => {
      const element = await renderWith();
      await typeBody(element, CLEAN_BODY);

      await change(element, 'lightning-input.subject', { value: '   ' });
      expect(sendButton(element).disabled).toBe(true);

      await change(element, 'lightning-input.subject', { value: ' Your lab results ' });
      sendMock.mockResolvedValue(RESULT);
      await clickSend(element);

      expect(lastRequest()?.subject).toBe('Your lab results');
    });

    it('needs a body that is more than blanks', async () => {
      const element = await renderWith();

      await typeBody(element, '   ');
      expect(sendButton(element).disabled).toBe(true);

      await change(element, 'lightning-textarea.body', { value: null });
      expect(bodyValue(element)).toBe('');
    });

    it('closes when Cancel is clicked', async () => {
      const element = await renderWith();
      const closes = listen(element, new CloseActionScreenEvent().type);

      find(element, 'lightning-button.cancel')?.click();

      expect(closes).toHaveLength(1);
    });
  });

  describe('without a recipient', () => {
    it.each<[string, ComposeContext['recipient']]>([
      ['no contact', null],
      [
        'a contact without email',
        { contactId: '003000000000002AAA', name: 'No Mail', email: null },
      ],
    ])('explains that it cannot send for %s', async (_case, recipient) => {
      const element = await renderWith({ ...CONTEXT, recipient });

      expect(text(shadowOf(element), '.no-recipient')).toBe(LABEL.noRecipient);
      expect(find(element, '.recipient-name')).toBeNull();
      expect(find(element, 'lightning-textarea.body')).toBeNull();
      expect(sendButton(element).disabled).toBe(true);
      await expect(element).toBeAccessible();
    });
  });

  describe('live scan', () => {
    it('highlights an SSN and a member id as they are typed', async () => {
      const element = await renderWith();

      await typeBody(element, 'SSN 123-45-6789');
      expect(marks(element)).toEqual([['123-45-6789', LABEL.ssn]]);

      await typeBody(element, SSN_AND_MEMBER);
      expect(marks(element)).toEqual([
        ['123-45-6789', LABEL.ssn],
        ['XWH123456789', LABEL.healthPlanId],
      ]);
      expect(findingRows(element)).toEqual([
        `${LABEL.ssn} 123-45-6789`,
        `${LABEL.healthPlanId} XWH123456789`,
      ]);
      expect(text(childRoot(element, 'c-phi-finding-list'), '.count')).toBe(
        '2 possible PHI findings.',
      );
      // The text around the findings is shown as typed.
      expect(text(childRoot(element, 'c-phi-highlighted-text'), '.text')).toContain(
        'and member id',
      );
      await expect(element).toBeAccessible();
    });

    it("finds the Case's own known identifiers (the contact's name and phone)", async () => {
      const element = await renderWith();

      await typeBody(element, 'Hello Ada, please call 217-555-0142 today.');

      expect(marks(element)).toEqual([
        ['Ada', LABEL.personName],
        ['217-555-0142', LABEL.phone],
      ]);
    });

    it('clears the highlights when the findings are deleted', async () => {
      const element = await renderWith();
      await typeBody(element, SSN_AND_MEMBER);

      await typeBody(element, CLEAN_BODY);

      expect(marks(element)).toEqual([]);
      expect(findingRows(element)).toEqual([]);
    });

    it('rescans the draft when the context is refreshed', async () => {
      const element = await renderWith({ ...CONTEXT, knownIdentifiers: [] });
      await typeBody(element, 'Thanks, call 217-555-0142 if needed');
      const before = marks(element);

      composeContextWire.emit({ ...CONTEXT });
      await flushPromises();

      expect(marks(element)).toContainEqual(['217-555-0142', LABEL.phone]);
      expect(marks(element).length).toBeGreaterThanOrEqual(before.length);
    });
  });

  describe('redaction', () => {
    it('masks one finding; the draft keeps its length and the other finding stays', async () => {
      const element = await renderWith();
      await typeBody(element, SSN_AND_MEMBER);

      const list = childRoot(element, 'c-phi-finding-list');
      list.querySelector<HTMLElement>('li.finding lightning-button.redact')?.click();
      await flushPromises();

      expect(bodyValue(element)).toBe('SSN ••••••••••• and member id XWH123456789');
      expect(String(bodyValue(element)).length).toBe(SSN_AND_MEMBER.length);
      expect(findingRows(element)).toEqual([`${LABEL.healthPlanId} XWH123456789`]);
      expect(marks(element)).toEqual([['XWH123456789', LABEL.healthPlanId]]);
      await expect(element).toBeAccessible();
    });

    it('masks every finding with Redact all', async () => {
      const element = await renderWith();
      await typeBody(element, SSN_AND_MEMBER);

      childRoot(element, 'c-phi-finding-list')
        .querySelector<HTMLElement>('lightning-button.redact-all')
        ?.click();
      await flushPromises();

      expect(bodyValue(element)).toBe('SSN ••••••••••• and member id ••••••••••••');
      expect(findingRows(element)).toEqual([]);
      expect(text(childRoot(element, 'c-phi-finding-list'), '.count')).toBe(LABEL.findingsNone);
      // Nothing blocked or warned any more: Send is enabled.
      expect(sendButton(element).disabled).toBe(false);
    });

    it('scans the subject too: an SSN there blocks Send until it is redacted', async () => {
      const element = await renderWith();
      await typeBody(element, CLEAN_BODY);
      await change(element, 'lightning-input.subject', { value: 'SSN 123-45-6789 follow-up' });

      expect(findingRows(element)).toEqual([`c.SecureSend_FindingInSubject 123-45-6789`]);
      expect(text(childRoot(element, 'c-send-policy-banner'), '.blocked li')).toBe(
        `${LABEL.ssn}: 1`,
      );
      expect(sendButton(element).disabled).toBe(true);

      childRoot(element, 'c-phi-finding-list')
        .querySelector<HTMLElement>('li.finding lightning-button.redact')
        ?.click();
      await flushPromises();

      expect(find<InputStub>(element, 'lightning-input.subject')?.value).toBe(
        'SSN ••••••••••• follow-up',
      );
      expect(findingRows(element)).toEqual([]);
      expect(sendButton(element).disabled).toBe(false);
      sendMock.mockResolvedValue(RESULT);
      await clickSend(element);
      expect(lastRequest()?.subject).toBe('SSN ••••••••••• follow-up');
      expect(lastRequest()?.phiCategories).toEqual([]);
    });

    it('Redact all masks the subject and the body together', async () => {
      const element = await renderWith();
      await typeBody(element, SSN_AND_MEMBER);
      await change(element, 'lightning-input.subject', { value: 'Re SSN 123-45-6789' });

      childRoot(element, 'c-phi-finding-list')
        .querySelector<HTMLElement>('lightning-button.redact-all')
        ?.click();
      await flushPromises();

      expect(find<InputStub>(element, 'lightning-input.subject')?.value).toBe('Re SSN •••••••••••');
      expect(bodyValue(element)).toBe('SSN ••••••••••• and member id ••••••••••••');
      expect(findingRows(element)).toEqual([]);
    });

    it('ignores a redact request for a subject finding that no longer exists', async () => {
      const element = await renderWith();
      await typeBody(element, CLEAN_BODY);

      find(element, 'c-phi-finding-list')?.dispatchEvent(
        new CustomEvent('redact', { detail: { key: 'subject|SSN:0:1' } }),
      );
      await flushPromises();

      expect(find<InputStub>(element, 'lightning-input.subject')?.value).toBe('Case 00001026');
    });

    it('ignores a redact request for a finding that no longer exists', async () => {
      const element = await renderWith();
      await typeBody(element, SSN_AND_MEMBER);

      find(element, 'c-phi-finding-list')?.dispatchEvent(
        new CustomEvent('redact', { detail: { key: 'SSN:0:1' } }),
      );
      await flushPromises();

      expect(bodyValue(element)).toBe(SSN_AND_MEMBER);
    });
  });

  describe('policy', () => {
    it('blocks Send for an SSN and says why, without echoing the value', async () => {
      const element = await renderWith();

      await typeBody(element, 'SSN 123-45-6789');

      const banner = childRoot(element, 'c-send-policy-banner');
      expect(text(banner, '.blocked li')).toBe(`${LABEL.ssn}: 1`);
      expect(banner.textContent).not.toContain('123-45-6789');
      expect(find(element, 'lightning-textarea.override-reason')).toBeNull();
      expect(sendButton(element).disabled).toBe(true);
      await expect(element).toBeAccessible();
    });

    it('lets a supervisor override a block only with a valid reason', async () => {
      const element = await renderWith(SUPERVISOR);
      await typeBody(element, 'SSN 123-45-6789');
      expect(find(element, 'lightning-textarea.override-reason')).not.toBeNull();
      expect(sendButton(element).disabled).toBe(true);
      await expect(element).toBeAccessible();

      await change(element, 'lightning-textarea.override-reason', { value: '  too short ' });
      expect(sendButton(element).disabled).toBe(true);

      await change(element, 'lightning-textarea.override-reason', { value: 'x'.repeat(1001) });
      expect(sendButton(element).disabled).toBe(true);

      await change(element, 'lightning-textarea.override-reason', {
        value: ' Member asked for their SSN on file in writing. ',
      });
      expect(sendButton(element).disabled).toBe(false);

      sendMock.mockResolvedValue(RESULT);
      await clickSend(element);
      expect(lastRequest()).toMatchObject({
        phiCategories: ['SSN'],
        overrideReason: 'Member asked for their SSN on file in writing.',
        acknowledgedWarnings: false,
      });
    });

    it('needs warned categories acknowledged', async () => {
      const element = await renderWith();
      await typeBody(element, 'Your member id XWH123456789 is active.');

      const banner = childRoot(element, 'c-send-policy-banner');
      expect(text(banner, '.warned li')).toBe(`${LABEL.healthPlanId}: 1`);
      expect(sendButton(element).disabled).toBe(true);
      await expect(element).toBeAccessible();

      await change(element, 'lightning-input.acknowledge', { checked: true });
      expect(sendButton(element).disabled).toBe(false);

      await change(element, 'lightning-input.acknowledge', { checked: false });
      expect(sendButton(element).disabled).toBe(true);

      await change(element, 'lightning-input.acknowledge', { checked: true });
      sendMock.mockResolvedValue(RESULT);
      await clickSend(element);
      expect(lastRequest()).toMatchObject({
        phiCategories: ['HEALTH_PLAN_ID'],
        acknowledgedWarnings: true,
        overrideReason: null,
      });
    });

    it('lets allowed categories through without questions', async () => {
      const element = await renderWith();

      await typeBody(element, 'We wrote to ada@example.org yesterday.');

      expect(text(childRoot(element, 'c-send-policy-banner'), '.allowed li')).toBe(
        'c.SecureSend_PhiCategory_EMAIL: 1',
      );
      expect(sendButton(element).disabled).toBe(false);
    });
  });

  describe('files', () => {
    it('disables a file over the single-file limit', async () => {
      const element = await renderWith();

      const huge = fileOption(element, FILE_HUGE);
      expect(huge.disabled).toBe(true);
      const notes = findAll(element, 'li.file').map((row) => text(row, '.file-note'));
      expect(notes).toEqual([undefined, undefined, undefined, 'Too large to attach (limit 1 MB)']);
    });

    it('enforces the total limit and sends the selected Ids', async () => {
      const element = await renderWith();
      await typeBody(element, CLEAN_BODY);

      await change(element, `lightning-input.file-option[data-id="${FILE_REPORT}"]`, {
        checked: true,
      });
      await change(element, `lightning-input.file-option[data-id="${FILE_SCAN}"]`, {
        checked: true,
      });

      expect(fileOption(element, FILE_REPORT).checked).toBe(true);
      expect(fileOption(element, FILE_SCAN).checked).toBe(true);
      // 1.4 MB selected: 200 kB more would pass the 1.5 MB total.
      expect(fileOption(element, FILE_NOTES).disabled).toBe(true);
      expect(text(shadowOf(element), '.files-total')).toBe('Selected 1.4 MB of 1.5 MB');
      expect(findAll(element, '.file-note').map((note) => note.textContent.trim())).toContain(
        LABEL.fileOverTotal,
      );

      // A disabled file cannot be selected even if the event arrives.
      await change(element, `lightning-input.file-option[data-id="${FILE_NOTES}"]`, {
        checked: true,
      });
      expect(fileOption(element, FILE_NOTES).checked).toBe(false);

      // Deselecting frees the room again.
      await change(element, `lightning-input.file-option[data-id="${FILE_SCAN}"]`, {
        checked: false,
      });
      expect(fileOption(element, FILE_NOTES).disabled).toBe(false);
      await change(element, `lightning-input.file-option[data-id="${FILE_NOTES}"]`, {
        checked: true,
      });

      sendMock.mockResolvedValue(RESULT);
      await clickSend(element);
      expect(lastRequest()?.contentVersionIds).toEqual([FILE_REPORT, FILE_NOTES]);
    });

    it('ignores a change from an element that is not a file row', async () => {
      const element = await renderWith();
      const option = fileOption(element, FILE_REPORT);
      delete option.dataset.id;

      option.dispatchEvent(new CustomEvent('change', { detail: { checked: true } }));
      await flushPromises();

      expect(
        findAll<InputStub>(element, 'lightning-input.file-option').some((f) => f.checked),
      ).toBe(false);
    });

    it('has no total limit when the context sets none', async () => {
      const element = await renderWith({ ...CONTEXT, maxTotalAttachmentBytes: null });

      expect(text(shadowOf(element), '.files-total')).toBe('0 byte');
    });
  });

  describe('delivery options', () => {
    it('sends the chosen expiry and refuses one out of range', async () => {
      const element = await renderWith();
      await typeBody(element, CLEAN_BODY);

      await change(element, 'lightning-input.expiry', { value: '120' });
      expect(sendButton(element).disabled).toBe(true);
      await change(element, 'lightning-input.expiry', { value: '' });
      expect(sendButton(element).disabled).toBe(true);
      await change(element, 'lightning-input.expiry', { value: null });
      expect(sendButton(element).disabled).toBe(true);

      await change(element, 'lightning-input.expiry', { value: '7' });
      expect(sendButton(element).disabled).toBe(false);
      sendMock.mockResolvedValue(RESULT);
      await clickSend(element);
      expect(lastRequest()).toMatchObject({ expiryDays: 7, requireVerification: true });
    });

    it('keeps verification as the org sets it when opting out is not allowed', async () => {
      const element = await renderWith();
      await typeBody(element, CLEAN_BODY);

      await change(element, 'lightning-input.verification', { checked: false });

      expect(find<InputStub>(element, 'lightning-input.verification')?.checked).toBe(true);
      sendMock.mockResolvedValue(RESULT);
      await clickSend(element);
      expect(lastRequest()?.requireVerification).toBe(true);
    });

    it('lets the sender switch verification off where the org allows it', async () => {
      const element = await renderWith({
        ...CONTEXT,
        allowVerificationOptOut: true,
        defaultExpiryDays: null,
        maxExpiryDays: null,
      });
      await typeBody(element, CLEAN_BODY);
      const verification = find<InputStub>(element, 'lightning-input.verification');
      expect(verification?.disabled).toBe(false);
      expect(verification?.fieldLevelHelp).toBeUndefined();

      await change(element, 'lightning-input.verification', { checked: false });

      sendMock.mockResolvedValue(RESULT);
      await clickSend(element);
      // Without org values the fallbacks apply: 30 days, at most 90.
      expect(lastRequest()).toMatchObject({ requireVerification: false, expiryDays: 30 });
    });
  });

  describe('send', () => {
    it('shows a spinner while sending, then toasts, refreshes and closes', async () => {
      const element = await renderWith();
      await typeBody(element, CLEAN_BODY);
      let resolveSend: (result: SendResult) => void = () => undefined;
      sendMock.mockReturnValue(
        new Promise((resolve) => {
          resolveSend = resolve;
        }),
      );
      const toasts = listenToasts(element);
      const closes = listen(element, new CloseActionScreenEvent().type);
      const refreshes = listen(element, 'lightning__refresh');

      await clickSend(element);

      expect(find<SpinnerStub>(element, '.sending lightning-spinner')?.alternativeText).toBe(
        LABEL.sending,
      );
      expect(text(shadowOf(element), '.send-status')).toBe(LABEL.sending);
      expect(sendButton(element).disabled).toBe(true);
      expect(find<InputStub>(element, 'lightning-textarea.body')?.disabled).toBe(true);
      await expect(element).toBeAccessible();

      resolveSend(RESULT);
      await flushPromises();

      expect(toasts).toEqual([
        { title: LABEL.sendSuccessTitle, message: LABEL.sendSuccessMessage, variant: 'success' },
      ]);
      expect(notifyMock).toHaveBeenCalledWith([{ recordId: CASE_ID }]);
      expect(refreshes).toHaveLength(1);
      expect(closes).toHaveLength(1);
    });

    it('says so when the gateway had already sent this message', async () => {
      const element = await renderWith();
      await typeBody(element, CLEAN_BODY);
      sendMock.mockResolvedValue({ ...RESULT, replayed: true });
      const toasts = listenToasts(element);

      await clickSend(element);

      expect(toasts[0]?.message).toBe(LABEL.sendReplayedMessage);
    });

    it('still closes when Apex returns no result and the cache refresh fails', async () => {
      const element = await renderWith();
      await typeBody(element, CLEAN_BODY);
      sendMock.mockResolvedValue(null);
      notifyMock.mockRejectedValueOnce(new Error('offline'));
      const closes = listen(element, new CloseActionScreenEvent().type);

      await clickSend(element);

      expect(closes).toHaveLength(1);
    });

    it('sends once on a double click', async () => {
      const element = await renderWith();
      await typeBody(element, CLEAN_BODY);
      sendMock.mockResolvedValue(RESULT);

      const button = sendButton(element);
      button.click();
      button.click();
      await flushPromises();

      expect(sendMock).toHaveBeenCalledTimes(1);
    });

    it('shows an Apex error and retries with the same idempotency key', async () => {
      const element = await renderWith();
      await typeBody(element, CLEAN_BODY);
      sendMock.mockRejectedValueOnce({
        body: { message: 'The secure message gateway is not reachable. Try again.' },
        ok: false,
        status: 500,
        statusText: 'Server Error',
      });
      const toasts = listenToasts(element);
      const closes = listen(element, new CloseActionScreenEvent().type);

      await clickSend(element);

      expect(toasts).toEqual([
        {
          title: LABEL.sendErrorTitle,
          message: 'The secure message gateway is not reachable. Try again.',
          variant: 'error',
        },
      ]);
      const panel = find<ErrorPanelStub>(element, 'c-error-panel.send-error');
      expect(panel?.friendlyMessage).toBe(LABEL.sendErrorTitle);
      expect(text(shadowOf(panel), 'li')).toBe(
        'The secure message gateway is not reachable. Try again.',
      );
      expect(closes).toHaveLength(0);
      expect(sendButton(element).disabled).toBe(false);
      await expect(element).toBeAccessible();

      sendMock.mockResolvedValueOnce(RESULT);
      await clickSend(element);

      expect(sendMock).toHaveBeenCalledTimes(2);
      const [first, second] = sendMock.mock.calls.map((call) => call[0].request?.idempotencyKey);
      expect(first).toMatch(/^[0-9a-f-]{36}$/);
      expect(second).toBe(first);
      expect(randomUuid).toHaveBeenCalledTimes(1);
      expect(find(element, 'c-error-panel.send-error')).toBeNull();
      expect(closes).toHaveLength(1);
    });

    it('shows a network error', async () => {
      const element = await renderWith();
      await typeBody(element, CLEAN_BODY);
      sendMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
      const toasts = listenToasts(element);

      await clickSend(element);

      expect(toasts[0]).toMatchObject({ message: 'Failed to fetch', variant: 'error' });
      const panel = find(element, 'c-error-panel.send-error');
      expect(text(shadowOf(panel), 'li')).toBe('Failed to fetch');
    });

    it('shows the generic message for an error without one', async () => {
      const element = await renderWith();
      await typeBody(element, CLEAN_BODY);
      sendMock.mockRejectedValueOnce({ status: 0 });
      const toasts = listenToasts(element);

      await clickSend(element);

      expect(toasts[0]).toMatchObject({ message: LABEL.genericError, variant: 'error' });
      const panel = find(element, 'c-error-panel.send-error');
      expect(text(shadowOf(panel), 'li')).toBe(LABEL.genericError);
    });

    it('uses the record Id when the context carries no Case Id', async () => {
      const element = await renderWith({ ...CONTEXT, caseId: null });
      await typeBody(element, CLEAN_BODY);
      sendMock.mockResolvedValue(RESULT);

      await clickSend(element);

      expect(lastRequest()?.caseId).toBe(CASE_ID);
      expect(notifyMock).toHaveBeenCalledWith([{ recordId: CASE_ID }]);
    });
  });
});
