import ConfirmAction from 'c/confirmAction';
import type { ButtonStub } from '../../../../../test/jest-utils/stubs';
import { click, find, flushPromises, mount, resetDom } from '../../../../../test/jest-utils/dom';
import { listen } from '../../../../../test/jest-utils/events';

interface Props {
  prompt?: string;
  confirmLabel?: string;
  cancelLabel?: string;
}

const PROMPT = 'Revoke this message? The recipient can no longer open it.';

function render(props: Props): Promise<HTMLElement> {
  return mount<Props>('c-confirm-action', ConfirmAction, props);
}

describe('c-confirm-action', () => {
  afterEach(() => {
    resetDom();
    jest.restoreAllMocks();
  });

  it('asks, with a destructive Confirm that takes the focus and a Cancel', async () => {
    const focus = jest.spyOn(HTMLElement.prototype, 'focus');
    const element = await render({ prompt: PROMPT, confirmLabel: 'Revoke now' });

    const group = find(element, '[role="group"]');
    const prompt = find(element, '.confirm-prompt');
    expect(prompt?.textContent).toBe(PROMPT);
    expect(group?.getAttribute('aria-labelledby')).toBe(prompt?.id);
    const confirm = find<ButtonStub>(element, 'lightning-button.confirm-button');
    expect(confirm?.label).toBe('Revoke now');
    expect(confirm?.variant).toBe('destructive');
    expect(find<ButtonStub>(element, 'lightning-button.cancel-button')?.label).toBe(
      'c.SecureSend_Cancel',
    );
    expect(focus.mock.contexts).toEqual([confirm]);
    await expect(element).toBeAccessible();
  });

  it('moves the focus only when it appears, not on later renders', async () => {
    const element = await render({ prompt: PROMPT, confirmLabel: 'Revoke now' });
    const focus = jest.spyOn(HTMLElement.prototype, 'focus');

    Object.assign(element, { prompt: 'Still sure?' });
    await flushPromises();

    expect(find(element, '.confirm-prompt')?.textContent).toBe('Still sure?');
    expect(focus).not.toHaveBeenCalled();
  });

  it('takes another Cancel label', async () => {
    const element = await render({ prompt: PROMPT, confirmLabel: 'Go', cancelLabel: 'Keep it' });

    expect(find<ButtonStub>(element, 'lightning-button.cancel-button')?.label).toBe('Keep it');
  });

  it.each([
    ['confirm', 'lightning-button.confirm-button'],
    ['cancel', 'lightning-button.cancel-button'],
  ])('fires %s, once, from its button', async (type, selector) => {
    const element = await render({ prompt: PROMPT, confirmLabel: 'Revoke now' });
    const confirms = listen(element, 'confirm');
    const cancels = listen(element, 'cancel');

    click(find(element, selector));

    expect(confirms).toHaveLength(type === 'confirm' ? 1 : 0);
    expect(cancels).toHaveLength(type === 'cancel' ? 1 : 0);
  });
});
