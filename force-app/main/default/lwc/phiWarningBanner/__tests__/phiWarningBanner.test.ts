import PhiWarningBanner from 'c/phiWarningBanner';
import type { CasePhiContext } from '@salesforce/apex-types';
import { refreshApex } from '@salesforce/apex';
import { notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import getCasePhiContext from '@salesforce/apex/CasePhiController.getCasePhiContext';
import redactCaseField from '@salesforce/apex/CasePhiController.redactCaseField';
import redactCaseComment from '@salesforce/apex/CasePhiController.redactCaseComment';
import type * as SfdxLwcJest from '@salesforce/sfdx-lwc-jest';
import { apexTestWireAdapter } from '../../../../../test/jest-utils/apexWire';
import type {
  ButtonStub,
  DateTimeStub,
  ErrorPanelStub,
  IconStub,
  SpinnerStub,
} from '../../../../../test/jest-utils/stubs';
import {
  click,
  find,
  findAll,
  flushPromises,
  mount,
  resetDom,
  shadowOf,
} from '../../../../../test/jest-utils/dom';
import { deferred, listenToasts } from '../../../../../test/jest-utils/events';
import {
  confirmStep,
  confirmStepButton,
  confirmStepPrompt,
} from '../../../../../test/jest-utils/confirmAction';

// c/phiScanner is NOT mocked: the banner runs the real phi-detect engine (npm run build first).
jest.mock(
  '@salesforce/apex/CasePhiController.getCasePhiContext',
  () => {
    const { createApexTestWireAdapter } = jest.requireActual<typeof SfdxLwcJest>(
      '@salesforce/sfdx-lwc-jest',
    );
    return { default: createApexTestWireAdapter(jest.fn()) };
  },
  { virtual: true },
);
jest.mock('@salesforce/apex/CasePhiController.redactCaseField', () => ({ default: jest.fn() }), {
  virtual: true,
});
jest.mock('@salesforce/apex/CasePhiController.redactCaseComment', () => ({ default: jest.fn() }), {
  virtual: true,
});
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), {
  virtual: true,
});

const contextWire = apexTestWireAdapter(getCasePhiContext);
const mockRedactField = jest.mocked(redactCaseField);
const mockRedactComment = jest.mocked(redactCaseComment);
const mockRefreshApex = jest.mocked(refreshApex);
const mockNotify = jest.mocked(notifyRecordUpdateAvailable);

// sfdx-lwc-jest resolves `@salesforce/label/c.Name` to the string "c.Name".
const LABEL = {
  heading: 'c.SecureSend_PhiBannerHeading',
  intro: 'c.SecureSend_PhiBannerIntro',
  blocked: 'c.SecureSend_PhiBannerBlocked',
  warned: 'c.SecureSend_PhiBannerWarned',
  subject: 'c.SecureSend_PhiBannerSubject',
  description: 'c.SecureSend_PhiBannerDescription',
  comment: 'c.SecureSend_PhiBannerComment',
  categories: 'c.SecureSend_PhiBannerCategories',
  redactSource: 'c.SecureSend_PhiBannerRedactSource',
  confirmPrompt: 'c.SecureSend_PhiBannerConfirmPrompt',
  confirm: 'c.SecureSend_PhiBannerConfirm',
  cancel: 'c.SecureSend_Cancel',
  redacting: 'c.SecureSend_PhiBannerRedacting',
  redactedTitle: 'c.SecureSend_PhiBannerRedactedTitle',
  redactedMessage: 'c.SecureSend_PhiBannerRedactedMessage',
  redactFailed: 'c.SecureSend_PhiBannerRedactFailed',
  loadError: 'c.SecureSend_PhiBannerLoadError',
  genericError: 'c.SecureSend_GenericError',
  valueWithDetail: 'c.SecureSend_ValueWithDetail',
  ssn: 'c.SecureSend_PhiCategory_SSN',
  healthPlanId: 'c.SecureSend_PhiCategory_HEALTH_PLAN_ID',
  personName: 'c.SecureSend_PhiCategory_PERSON_NAME',
  email: 'c.SecureSend_PhiCategory_EMAIL',
} as const;

const CASE_ID = '500000000000001AAA';
const COMMENT_ID = '00a000000000001AAA';
const SSN = '219-45-6789';
const PLAN_ID_AS_TYPED = 'xwh 123-456-789';
const DESCRIPTION = `Member says her SSN is ${SSN} and plan id ${PLAN_ID_AS_TYPED}.`;
const COMMENT = 'Call me back, Ada Lovelace';
const COMMENT_DATE = '2024-05-01T10:00:00.000Z';

/** A Case with an SSN (blocked) and the member's plan id (a known identifier, warned). */
function caseContext(overrides: Partial<CasePhiContext> = {}): CasePhiContext {
  return {
    caseId: CASE_ID,
    subject: 'Question about my bill',
    description: DESCRIPTION,
    comments: [],
    knownIdentifiers: [
      { category: 'HEALTH_PLAN_ID', value: 'XWH123456789' },
      { category: 'PERSON_NAME', value: 'Ada Lovelace' },
    ],
    policy: {
      rules: [
        { category: 'SSN', action: 'block' },
        { category: 'CLINICAL', action: 'allow' },
      ],
      defaultAction: 'warn',
    },
    canRedact: true,
    ...overrides,
  };
}

function renderBanner(): Promise<HTMLElement> {
  return mount<{ recordId?: string }>('c-phi-warning-banner', PhiWarningBanner, {
    recordId: CASE_ID,
  });
}

async function emit(data: CasePhiContext | null): Promise<void> {
  contextWire.emit(data);
  await flushPromises();
}

/** The source rows, by their place label. */
function rows(element: HTMLElement): HTMLElement[] {
  return findAll(element, 'c-phi-warning-source');
}

function row(element: HTMLElement, placeLabel: string): HTMLElement {
  const found = rows(element).find(
    (candidate) => find(candidate, '.source-label')?.textContent === placeLabel,
  );
  if (!found) {
    throw new Error(`no row for ${placeLabel}`);
  }
  return found;
}

function badges(rowElement: HTMLElement): { text: string; assistive: string; className: string }[] {
  return Array.from(shadowOf(rowElement).querySelectorAll('.categories li > span'), (badge) => ({
    text: badge.querySelector('.badge-text')?.textContent ?? '',
    assistive: badge.querySelector('.slds-assistive-text')?.textContent ?? '',
    className: badge.className,
  }));
}

/**
 * Everything the banner exposes: text, attribute values (aria-*, title...) and the label-like
 * properties of base component stubs, through every shadow root.
 */
function everythingExposed(root: Element | ShadowRoot): string {
  const parts: string[] = [];
  const visit = (node: Element | ShadowRoot): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) {
        parts.push(child.textContent ?? '');
      } else if (child instanceof Element) {
        for (const attribute of Array.from(child.attributes)) {
          parts.push(attribute.value);
        }
        const props = child as Element & Record<string, unknown>;
        for (const prop of ['label', 'alternativeText', 'title', 'value', 'message']) {
          const value = props[prop];
          if (typeof value === 'string') {
            parts.push(value);
          }
        }
        if (child.shadowRoot) {
          visit(child.shadowRoot);
        }
        visit(child);
      }
    }
  };
  visit(root);
  return parts.join('\n');
}

describe('c-phi-warning-banner', () => {
  beforeEach(() => {
    mockRedactField.mockResolvedValue(undefined);
    mockRedactComment.mockResolvedValue(undefined);
    mockRefreshApex.mockResolvedValue(undefined);
    mockNotify.mockResolvedValue(undefined);
  });

  afterEach(() => {
    resetDom();
    jest.clearAllMocks();
  });

  it('wires the PHI context of the Case it is on', async () => {
    await renderBanner();

    expect(contextWire.getLastConfig()).toEqual({ caseId: CASE_ID });
  });

  describe('renders nothing', () => {
    it('while loading', async () => {
      const element = await renderBanner();

      expect(shadowOf(element).childElementCount).toBe(0);
      await expect(element).toBeAccessible();
    });

    it('when nothing is found', async () => {
      const element = await renderBanner();

      await emit(
        caseContext({
          subject: 'Printer jam',
          description: 'Please resend the invoice.',
          comments: [{ id: COMMENT_ID, body: 'Sent it again today.', createdDate: COMMENT_DATE }],
        }),
      );

      expect(shadowOf(element).childElementCount).toBe(0);
      await expect(element).toBeAccessible();
    });

    it('when only categories the policy allows are found', async () => {
      const element = await renderBanner();

      await emit(caseContext({ subject: null, description: 'Patient has diabetes.' }));

      expect(shadowOf(element).childElementCount).toBe(0);
    });

    it('when Apex returns no context', async () => {
      const element = await renderBanner();

      await emit(null);

      expect(shadowOf(element).childElementCount).toBe(0);
    });
  });

  describe('with PHI in the description', () => {
    it('shows the categories found there, blocked first, with counts', async () => {
      const element = await renderBanner();

      await emit(caseContext());

      expect(find(element, 'h2')?.textContent).toBe(LABEL.heading);
      expect(find(element, '.intro')?.textContent).toBe(LABEL.intro);
      expect(rows(element)).toHaveLength(1);
      const description = row(element, LABEL.description);
      expect(badges(description)).toEqual([
        {
          text: LABEL.valueWithDetail,
          assistive: LABEL.blocked,
          className: 'slds-badge slds-theme_error',
        },
        {
          text: LABEL.valueWithDetail,
          assistive: LABEL.warned,
          className: 'slds-badge slds-theme_warning',
        },
      ]);
      const categories = Array.from(
        shadowOf(description).querySelectorAll<HTMLElement>('.categories li > span'),
        (badge) => badge.dataset.category,
      );
      expect(categories).toEqual(['SSN', 'HEALTH_PLAN_ID']);
      expect(find(description, '.categories')?.getAttribute('aria-label')).toBe(LABEL.categories);
      await expect(element).toBeAccessible();
    });

    it('never exposes the PHI values, in text, attributes or labels', async () => {
      const element = await renderBanner();
      await emit(caseContext());
      click(find(row(element, LABEL.description), 'lightning-button.redact'));
      await flushPromises();

      const exposed = everythingExposed(shadowOf(element));

      expect(exposed).toContain(LABEL.description);
      expect(exposed).not.toContain(SSN);
      expect(exposed).not.toContain('6789');
      expect(exposed).not.toContain(PLAN_ID_AS_TYPED);
      expect(exposed.toLowerCase()).not.toContain('xwh');
      expect(exposed).not.toContain('Member says');
    });

    it('styles a blocked category as an error and announces it assertively', async () => {
      const element = await renderBanner();

      await emit(caseContext());

      const notification = find(element, '.slds-scoped-notification');
      expect(notification?.getAttribute('role')).toBe('alert');
      expect(notification?.classList.contains('phi-blocked')).toBe(true);
      const icon = find<IconStub>(element, 'lightning-icon');
      expect(icon?.iconName).toBe('utility:error');
      expect(icon?.variant).toBe('error');
    });
  });

  it('styles warned categories as a warning, announced politely', async () => {
    const element = await renderBanner();

    await emit(
      caseContext({
        description: 'Reach the member at ada.lovelace@example.org.',
        knownIdentifiers: [],
        policy: { rules: [{ category: 'EMAIL', action: 'WARN' }], defaultAction: 'warn' },
      }),
    );

    const notification = find(element, '.slds-scoped-notification');
    expect(notification?.getAttribute('role')).toBe('status');
    expect(notification?.classList.contains('phi-warned')).toBe(true);
    expect(find<IconStub>(element, 'lightning-icon')?.iconName).toBe('utility:warning');
    const description = row(element, LABEL.description);
    expect(badges(description).map((badge) => badge.className)).toEqual([
      'slds-badge slds-theme_warning',
    ]);
    expect(find(description, '[data-category]')?.dataset.category).toBe('EMAIL');
    await expect(element).toBeAccessible();
  });

  it('finds the record’s known identifiers in the subject and the comments', async () => {
    const element = await renderBanner();

    await emit(
      caseContext({
        subject: 'Plan XWH-123456789 question',
        description: null,
        comments: [
          { id: COMMENT_ID, body: COMMENT, createdDate: COMMENT_DATE },
          { id: null, body: 'Ada Lovelace' },
        ],
      }),
    );

    expect(rows(element)).toHaveLength(2);
    const subject = row(element, LABEL.subject);
    expect(find(subject, '[data-category]')?.dataset.category).toBe('HEALTH_PLAN_ID');
    const comment = row(element, LABEL.comment);
    expect(find(comment, '[data-category]')?.dataset.category).toBe('PERSON_NAME');
    expect(find<DateTimeStub>(comment, 'lightning-formatted-date-time')?.value).toBe(COMMENT_DATE);
    expect(find(subject, 'lightning-formatted-date-time')).toBeNull();
    expect(everythingExposed(shadowOf(element))).not.toContain('Lovelace');
    await expect(element).toBeAccessible();
  });

  it('uses the default action for a category without a valid rule', async () => {
    const element = await renderBanner();

    await emit(
      caseContext({
        description: `SSN ${SSN}`,
        policy: { rules: [{ category: 'SSN', action: 'sometimes' }], defaultAction: null },
      }),
    );

    expect(badges(row(element, LABEL.description))[0]?.className).toBe(
      'slds-badge slds-theme_warning',
    );
  });

  describe('redact', () => {
    it('is hidden without the redact permission', async () => {
      const element = await renderBanner();

      await emit(caseContext({ canRedact: false }));

      expect(find(row(element, LABEL.description), 'lightning-button')).toBeNull();
      await expect(element).toBeAccessible();
    });

    it('asks for confirmation before changing anything', async () => {
      const element = await renderBanner();
      await emit(caseContext());
      const description = row(element, LABEL.description);
      expect(find<ButtonStub>(description, 'lightning-button.redact')?.label).toBe(
        LABEL.redactSource,
      );
      const focus = jest.spyOn(HTMLElement.prototype, 'focus');

      click(find(description, 'lightning-button.redact'));
      await flushPromises();

      expect(find(description, 'lightning-button.redact')).toBeNull();
      expect(confirmStepPrompt(description)).toBe(LABEL.confirmPrompt);
      const confirm = confirmStepButton<ButtonStub>(description, 'confirm');
      expect(confirm?.label).toBe(LABEL.confirm);
      expect(confirm?.variant).toBe('destructive');
      expect(confirmStepButton<ButtonStub>(description, 'cancel')?.label).toBe(LABEL.cancel);
      expect(focus.mock.contexts).toContain(confirm);
      focus.mockRestore();
      expect(mockRedactField).not.toHaveBeenCalled();
      await expect(element).toBeAccessible();
    });

    it('does nothing when the confirmation is cancelled', async () => {
      const element = await renderBanner();
      await emit(caseContext());
      const description = row(element, LABEL.description);
      click(find(description, 'lightning-button.redact'));
      await flushPromises();

      click(confirmStepButton(description, 'cancel'));
      await flushPromises();

      expect(confirmStep(description)).toBeNull();
      expect(find(description, 'lightning-button.redact')).not.toBeNull();
      expect(mockRedactField).not.toHaveBeenCalled();
    });

    it('masks the field, saves it, confirms with a toast and refreshes', async () => {
      const pending = deferred<undefined>();
      mockRedactField.mockReturnValue(pending.promise);
      const element = await renderBanner();
      const toasts = listenToasts(element);
      await emit(caseContext());
      const description = row(element, LABEL.description);
      click(find(description, 'lightning-button.redact'));
      await flushPromises();

      click(confirmStepButton(description, 'confirm'));
      await flushPromises();

      expect(find<SpinnerStub>(description, 'lightning-spinner')?.alternativeText).toBe(
        LABEL.redacting,
      );
      expect(find(description, 'lightning-button')).toBeNull();
      await expect(element).toBeAccessible();
      expect(mockRedactField).toHaveBeenCalledTimes(1);
      const params = mockRedactField.mock.calls[0]?.[0];
      expect(params?.caseId).toBe(CASE_ID);
      expect(params?.fieldName).toBe('Description');
      const redacted = params?.redactedValue ?? '';
      expect(redacted).toHaveLength(DESCRIPTION.length);
      expect(redacted).not.toContain(SSN);
      expect(redacted).not.toContain('6789');
      expect(redacted).not.toContain(PLAN_ID_AS_TYPED);
      expect(redacted.startsWith('Member says her SSN is ')).toBe(true);
      expect(mockRefreshApex).not.toHaveBeenCalled();

      pending.resolve(undefined);
      await flushPromises();

      expect(toasts).toEqual([
        { title: LABEL.redactedTitle, message: LABEL.redactedMessage, variant: 'success' },
      ]);
      expect(JSON.stringify(toasts)).not.toContain('6789');
      expect(mockRefreshApex).toHaveBeenCalledTimes(1);
      const refreshed = mockRefreshApex.mock.calls[0]?.[0] as { data?: CasePhiContext } | undefined;
      expect(refreshed?.data?.caseId).toBe(CASE_ID);
      expect(mockNotify).toHaveBeenCalledWith([{ recordId: CASE_ID }]);
      expect(find(description, 'lightning-spinner')).toBeNull();

      // The refreshed context no longer holds PHI: the banner hides.
      await emit(caseContext({ description: redacted }));
      expect(shadowOf(element).childElementCount).toBe(0);
    });

    it('redacts the subject field', async () => {
      const element = await renderBanner();
      await emit(caseContext({ subject: `SSN ${SSN}`, description: null }));
      const subject = row(element, LABEL.subject);
      click(find(subject, 'lightning-button.redact'));
      await flushPromises();

      click(confirmStepButton(subject, 'confirm'));
      await flushPromises();

      expect(mockRedactField).toHaveBeenCalledWith({
        caseId: CASE_ID,
        fieldName: 'Subject',
        redactedValue: 'SSN •••••••••••',
      });
    });

    it('redacts a comment through the comment method', async () => {
      const element = await renderBanner();
      const toasts = listenToasts(element);
      await emit(
        caseContext({
          description: null,
          comments: [{ id: COMMENT_ID, body: COMMENT, createdDate: COMMENT_DATE }],
        }),
      );
      const comment = row(element, LABEL.comment);
      click(find(comment, 'lightning-button.redact'));
      await flushPromises();

      click(confirmStepButton(comment, 'confirm'));
      await flushPromises();

      expect(mockRedactField).not.toHaveBeenCalled();
      expect(mockRedactComment).toHaveBeenCalledWith({
        caseCommentId: COMMENT_ID,
        redactedBody: 'Call me back, ••• ••••••••',
      });
      expect(toasts.map((toast) => toast.variant)).toEqual(['success']);
      expect(mockNotify).toHaveBeenCalledWith([{ recordId: COMMENT_ID }]);
    });

    it('runs one redaction at a time', async () => {
      const pending = deferred<undefined>();
      mockRedactField.mockReturnValue(pending.promise);
      const element = await renderBanner();
      await emit(caseContext({ subject: `SSN ${SSN}` }));
      click(find(row(element, LABEL.subject), 'lightning-button.redact'));
      click(find(row(element, LABEL.description), 'lightning-button.redact'));
      await flushPromises();

      click(confirmStepButton(row(element, LABEL.subject), 'confirm'));
      click(confirmStepButton(row(element, LABEL.description), 'confirm'));
      await flushPromises();

      expect(mockRedactField).toHaveBeenCalledTimes(1);
      pending.resolve(undefined);
      await flushPromises();
    });

    it('ignores a request for a place it does not list', async () => {
      const element = await renderBanner();
      await emit(caseContext());

      row(element, LABEL.description).dispatchEvent(
        new CustomEvent('redact', { detail: { key: 'Subject' } }),
      );
      await flushPromises();

      expect(mockRedactField).not.toHaveBeenCalled();
      expect(mockRedactComment).not.toHaveBeenCalled();
    });

    it('shows the Apex error in a toast and keeps the banner', async () => {
      mockRedactField.mockRejectedValue({
        body: { message: 'You do not have access to edit this case.' },
        status: 400,
      });
      const element = await renderBanner();
      const toasts = listenToasts(element);
      await emit(caseContext());
      const description = row(element, LABEL.description);
      click(find(description, 'lightning-button.redact'));
      await flushPromises();

      click(confirmStepButton(description, 'confirm'));
      await flushPromises();

      expect(toasts).toEqual([
        {
          title: LABEL.redactFailed,
          message: 'You do not have access to edit this case.',
          variant: 'error',
        },
      ]);
      expect(mockRefreshApex).not.toHaveBeenCalled();
      expect(mockNotify).not.toHaveBeenCalled();
      expect(find(description, 'lightning-button.redact')).not.toBeNull();
      expect(find(description, 'lightning-spinner')).toBeNull();
      await expect(element).toBeAccessible();
    });

    it('falls back to the generic message for an error without one', async () => {
      mockRedactComment.mockRejectedValue({ status: 500 });
      const element = await renderBanner();
      const toasts = listenToasts(element);
      await emit(caseContext({ description: null, comments: [{ id: COMMENT_ID, body: COMMENT }] }));
      const comment = row(element, LABEL.comment);
      click(find(comment, 'lightning-button.redact'));
      await flushPromises();

      click(confirmStepButton(comment, 'confirm'));
      await flushPromises();

      expect(toasts).toEqual([
        { title: LABEL.redactFailed, message: LABEL.genericError, variant: 'error' },
      ]);
    });

    it('keeps the success when only the refresh fails', async () => {
      mockRefreshApex.mockRejectedValue(new Error('offline'));
      const element = await renderBanner();
      const toasts = listenToasts(element);
      await emit(caseContext());
      const description = row(element, LABEL.description);
      click(find(description, 'lightning-button.redact'));
      await flushPromises();

      click(confirmStepButton(description, 'confirm'));
      await flushPromises();

      expect(toasts.map((toast) => toast.variant)).toEqual(['success']);
      expect(find(description, 'lightning-spinner')).toBeNull();
      expect(find(description, 'lightning-button.redact')).not.toBeNull();
    });
  });

  it('shows a wire error in the error panel', async () => {
    const element = await renderBanner();

    contextWire.error({ message: 'You do not have access to this case.' }, 403);
    await flushPromises();

    const panel = find<ErrorPanelStub>(element, 'c-error-panel');
    expect(panel?.friendlyMessage).toBe(LABEL.loadError);
    expect(find(panel, 'li')?.textContent).toBe('You do not have access to this case.');
    expect(rows(element)).toHaveLength(0);
    await expect(element).toBeAccessible();
  });
});
