import { createElement } from 'lwc';
import SecureSendComposer from 'c/secureSendComposer';
import { CloseActionScreenEvent } from 'lightning/actions';
import type { ComposeContext } from '@salesforce/apex-types';
import getComposeContext from '@salesforce/apex/SecureSendController.getComposeContext';
import type * as SfdxLwcJest from '@salesforce/sfdx-lwc-jest';
import { apexTestWireAdapter } from '../../../../../test/jest-utils/apexWire';
import { flushPromises, resetDom } from '../../../../../test/jest-utils/dom';

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

const composeContextWire = apexTestWireAdapter(getComposeContext);

// sfdx-lwc-jest resolves `@salesforce/label/c.Name` to the string "c.Name".
const LABEL = {
  composeTitle: 'c.SecureSend_ComposeTitle',
  recipientHeading: 'c.SecureSend_RecipientHeading',
  noRecipient: 'c.SecureSend_NoRecipient',
  caseNumberLabel: 'c.SecureSend_CaseNumberLabel',
  messageLabel: 'c.SecureSend_MessageLabel',
  cancel: 'c.SecureSend_Cancel',
  loading: 'c.SecureSend_Loading',
  errorHeading: 'c.SecureSend_ErrorHeading',
  genericError: 'c.SecureSend_GenericError',
} as const;

const CASE_ID = '500000000000001AAA';

const CONTEXT_WITH_RECIPIENT: ComposeContext = {
  caseId: CASE_ID,
  caseNumber: '00001026',
  subject: 'Lab results',
  recipient: { contactId: '003000000000001AAA', name: 'Ada Patient', email: 'ada@example.org' },
  knownIdentifiers: [{ category: 'EMAIL', value: 'ada@example.org' }],
};

/** Base component stubs take their template attributes as properties. */
type Stub<Props> = HTMLElement & Partial<Props>;
type ButtonStub = Stub<{ label: string }>;
type TextareaStub = Stub<{ label: string; value: string }>;
type SpinnerStub = Stub<{ alternativeText: string }>;
type PanelStub = Stub<{ header: string }>;
type ErrorPanelStub = Stub<{ errors: unknown }>;

async function renderComposer(recordId: string | undefined = CASE_ID): Promise<HTMLElement> {
  const element = createElement<{ recordId?: string }>('c-secure-send-composer', {
    is: SecureSendComposer,
  });
  element.recordId = recordId;
  document.body.appendChild(element);
  await flushPromises();
  return element;
}

function root(element: HTMLElement): ShadowRoot {
  if (!element.shadowRoot) {
    throw new Error('expected a shadow root');
  }
  return element.shadowRoot;
}

function find<T extends Element = HTMLElement>(element: HTMLElement, selector: string): T | null {
  return root(element).querySelector<T>(selector);
}

function text(element: HTMLElement, selector: string): string | undefined {
  return find(element, selector)?.textContent.trim();
}

async function emit(data: ComposeContext | null): Promise<void> {
  composeContextWire.emit(data);
  await flushPromises();
}

describe('c-secure-send-composer', () => {
  afterEach(resetDom);

  it('wires the compose context to the Case it was opened on', async () => {
    await renderComposer();

    expect(composeContextWire.getLastConfig()).toEqual({ caseId: CASE_ID });
  });

  describe('while loading', () => {
    it('shows a spinner with alternative text and only the Cancel action', async () => {
      const element = await renderComposer();

      expect(find<SpinnerStub>(element, 'lightning-spinner')?.alternativeText).toBe(LABEL.loading);
      expect(find<PanelStub>(element, 'lightning-quick-action-panel')?.header).toBe(
        LABEL.composeTitle,
      );
      expect(find(element, 'lightning-textarea')).toBeNull();
      expect(find(element, 'c-error-panel')).toBeNull();
      const buttons = root(element).querySelectorAll<ButtonStub>('lightning-button');
      expect(Array.from(buttons, (button) => button.label)).toEqual([LABEL.cancel]);
      await expect(element).toBeAccessible();
    });
  });

  describe('with a recipient', () => {
    it('shows the Case number, the recipient and the message field', async () => {
      const element = await renderComposer();
      await emit(CONTEXT_WITH_RECIPIENT);

      expect(find(element, 'lightning-spinner')).toBeNull();
      expect(text(element, 'dt')).toBe(LABEL.caseNumberLabel);
      expect(text(element, '.case-number')).toBe('00001026');
      expect(text(element, 'h3')).toBe(LABEL.recipientHeading);
      expect(text(element, '.recipient-name')).toBe('Ada Patient');
      expect(text(element, '.recipient-email')).toBe('ada@example.org');
      expect(find(element, '.no-recipient')).toBeNull();
      const textarea = find<TextareaStub>(element, 'lightning-textarea');
      expect(textarea?.label).toBe(LABEL.messageLabel);
      expect(textarea?.value).toBe('');
      await expect(element).toBeAccessible();
    });

    it('keeps the message the user types', async () => {
      const element = await renderComposer();
      await emit(CONTEXT_WITH_RECIPIENT);
      const textarea = find<TextareaStub>(element, 'lightning-textarea');

      textarea?.dispatchEvent(
        new CustomEvent('change', { detail: { value: 'Your results are ready.' } }),
      );
      await flushPromises();

      expect(find<TextareaStub>(element, 'lightning-textarea')?.value).toBe(
        'Your results are ready.',
      );
    });

    it('treats a change without a value as an empty message', async () => {
      const element = await renderComposer();
      await emit(CONTEXT_WITH_RECIPIENT);
      const textarea = find<TextareaStub>(element, 'lightning-textarea');
      textarea?.dispatchEvent(new CustomEvent('change', { detail: { value: 'draft' } }));
      await flushPromises();

      textarea?.dispatchEvent(new CustomEvent('change', { detail: { value: null } }));
      await flushPromises();

      expect(find<TextareaStub>(element, 'lightning-textarea')?.value).toBe('');
    });
  });

  describe('without a recipient', () => {
    it.each<[string, ComposeContext['recipient']]>([
      ['no contact', null],
      [
        'a contact without email',
        { contactId: '003000000000002AAA', name: 'No Mail', email: null },
      ],
    ])('shows the no-recipient message for %s', async (_case, recipient) => {
      const element = await renderComposer();
      await emit({ ...CONTEXT_WITH_RECIPIENT, recipient });

      expect(text(element, '.case-number')).toBe('00001026');
      expect(text(element, '.no-recipient')).toBe(LABEL.noRecipient);
      expect(find(element, '.recipient-name')).toBeNull();
      expect(find(element, '.recipient-email')).toBeNull();
      expect(find(element, 'lightning-textarea')).not.toBeNull();
      await expect(element).toBeAccessible();
    });

    it('shows an empty Case number rather than "null"', async () => {
      const element = await renderComposer();
      await emit({ caseId: CASE_ID, caseNumber: null, recipient: null });

      expect(text(element, '.case-number')).toBe('');
    });
  });

  describe('on error', () => {
    it('passes the wire error to the error panel, which shows its message', async () => {
      const element = await renderComposer();

      composeContextWire.error({ message: 'You do not have access to this Case.' }, 403);
      await flushPromises();

      expect(find(element, 'lightning-spinner')).toBeNull();
      expect(find(element, 'lightning-textarea')).toBeNull();
      const errorPanel = find<ErrorPanelStub>(element, 'c-error-panel');
      expect(errorPanel?.errors).toMatchObject({
        body: { message: 'You do not have access to this Case.' },
        status: 403,
      });
      const panelRoot = errorPanel?.shadowRoot;
      expect(panelRoot?.querySelector('h2')?.textContent).toBe(LABEL.errorHeading);
      expect(Array.from(panelRoot?.querySelectorAll('li') ?? [], (li) => li.textContent)).toEqual([
        'You do not have access to this Case.',
      ]);
      expect(find<ButtonStub>(element, 'lightning-button')?.label).toBe(LABEL.cancel);
      await expect(element).toBeAccessible();
    });

    it('shows the generic error when Apex returns no context', async () => {
      const element = await renderComposer();

      await emit(null);

      const panelRoot = find(element, 'c-error-panel')?.shadowRoot;
      expect(panelRoot?.querySelector('li')?.textContent).toBe(LABEL.genericError);
      expect(find(element, 'lightning-textarea')).toBeNull();
    });
  });

  it('closes the quick action when Cancel is clicked', async () => {
    const element = await renderComposer();
    await emit(CONTEXT_WITH_RECIPIENT);
    const closeEvents: Event[] = [];
    element.addEventListener(new CloseActionScreenEvent().type, (event) => {
      closeEvents.push(event);
    });

    find(element, 'lightning-button.cancel')?.click();

    expect(closeEvents).toHaveLength(1);
    expect(closeEvents[0]).toBeInstanceOf(CloseActionScreenEvent);
  });
});
