import ErrorPanel from 'c/errorPanel';
import { flushPromises, mount, resetDom, shadowOf } from '../../../../../test/jest-utils/dom';

// sfdx-lwc-jest resolves `@salesforce/label/c.Name` to the string "c.Name".
const ERROR_HEADING = 'c.SecureSend_ErrorHeading';
const GENERIC_ERROR = 'c.SecureSend_GenericError';

interface ErrorPanelProps {
  errors?: unknown;
  friendlyMessage?: string;
}

function renderPanel(props: ErrorPanelProps): Promise<HTMLElement> {
  return mount<ErrorPanelProps>('c-error-panel', ErrorPanel, props);
}

function messages(element: HTMLElement): string[] {
  return Array.from(shadowOf(element).querySelectorAll('li'), (li) => li.textContent);
}

describe('c-error-panel', () => {
  afterEach(resetDom);

  it('shows the default heading and every message, as an alert', async () => {
    const element = await renderPanel({
      errors: [{ body: { message: 'Case not accessible' } }, new Error('Network down')],
    });

    const alert = shadowOf(element).querySelector('[role="alert"]');
    expect(alert).not.toBeNull();
    expect(shadowOf(element).querySelector('h2')?.textContent).toBe(ERROR_HEADING);
    expect(messages(element)).toEqual(['Case not accessible', 'Network down']);
    const icon = shadowOf(element).querySelector<HTMLElement & { iconName?: string }>(
      'lightning-icon',
    );
    expect(icon?.iconName).toBe('utility:error');
    await expect(element).toBeAccessible();
  });

  it('uses the friendly message as the heading when given', async () => {
    const element = await renderPanel({
      errors: { body: { message: 'x' } },
      friendlyMessage: 'Could not load the Case',
    });

    expect(shadowOf(element).querySelector('h2')?.textContent).toBe('Could not load the Case');
  });

  it('shows each distinct message once', async () => {
    const element = await renderPanel({
      errors: [{ body: { message: 'Same' } }, { body: { message: 'Same' } }],
    });

    expect(messages(element)).toEqual(['Same']);
  });

  it('shows the generic message when no message can be read', async () => {
    const element = await renderPanel({ errors: { status: 500 } });

    expect(messages(element)).toEqual([GENERIC_ERROR]);
    await expect(element).toBeAccessible();
  });

  it('updates when the errors change', async () => {
    const element = await renderPanel({ errors: { body: { message: 'first' } } });

    Object.assign(element, { errors: { body: { message: 'second' } } });
    await flushPromises();

    expect(messages(element)).toEqual(['second']);
  });
});
