import PhiFindingList from 'c/phiFindingList';
import type { FindingItem, RedactEventDetail } from 'c/phiFindingList';
import type { ButtonStub } from '../../../../../test/jest-utils/stubs';
import { mount, resetDom, shadowOf } from '../../../../../test/jest-utils/dom';

jest.mock('@salesforce/label/c.SecureSend_FindingsCount', () => ({ default: '{0} findings' }), {
  virtual: true,
});
jest.mock('@salesforce/label/c.SecureSend_RedactFinding', () => ({ default: 'Redact {0}' }), {
  virtual: true,
});

interface Props {
  findings?: readonly FindingItem[] | null;
  disabled?: boolean;
}

const FINDINGS: FindingItem[] = [
  { key: 'SSN:4:15', label: 'SSN', value: '123-45-6789', action: 'block' },
  { key: 'HEALTH_PLAN_ID:23:35', label: 'Health plan ID', value: 'XWH123456789', action: 'warn' },
  { key: 'EMAIL:40:55', label: 'Email', value: 'ada@example.org', action: 'allow' },
];

function render(props: Props): Promise<HTMLElement> {
  return mount<Props>('c-phi-finding-list', PhiFindingList, props);
}

function count(element: HTMLElement): string | undefined {
  return shadowOf(element).querySelector('.count')?.textContent;
}

describe('c-phi-finding-list', () => {
  afterEach(resetDom);

  it('says there is nothing found, politely, with no buttons', async () => {
    const element = await render({ findings: [] });

    const status = shadowOf(element).querySelector('.count');
    expect(status?.textContent).toBe('c.SecureSend_FindingsNone');
    expect(status?.getAttribute('aria-live')).toBe('polite');
    expect(shadowOf(element).querySelector('lightning-button')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('treats missing findings as none', async () => {
    const element = await render({ findings: null });

    expect(count(element)).toBe('c.SecureSend_FindingsNone');
  });

  it('lists each finding with its policy action and a redact button', async () => {
    const element = await render({ findings: FINDINGS });

    expect(count(element)).toBe('3 findings');
    const rows = Array.from(shadowOf(element).querySelectorAll('li.finding'), (row) =>
      ['.action', '.category', '.value'].map(
        (selector) => row.querySelector(selector)?.textContent,
      ),
    );
    expect(rows).toEqual([
      ['c.SecureSend_ActionBlock', 'SSN', '123-45-6789'],
      ['c.SecureSend_ActionWarn', 'Health plan ID', 'XWH123456789'],
      ['c.SecureSend_ActionAllow', 'Email', 'ada@example.org'],
    ]);
    const buttons = Array.from(
      shadowOf(element).querySelectorAll<ButtonStub>('lightning-button.redact'),
    );
    expect(buttons.map((button) => button.title)).toEqual([
      'Redact SSN',
      'Redact Health plan ID',
      'Redact Email',
    ]);
    await expect(element).toBeAccessible();
  });

  it('counts a single finding in the singular', async () => {
    const element = await render({ findings: FINDINGS.slice(0, 1) });

    expect(count(element)).toBe('c.SecureSend_FindingsCountOne');
  });

  it('asks for one finding or all of them to be redacted', async () => {
    const element = await render({ findings: FINDINGS });
    const redacts: RedactEventDetail[] = [];
    let redactAlls = 0;
    element.addEventListener('redact', (event) => {
      redacts.push((event as CustomEvent<RedactEventDetail>).detail);
    });
    element.addEventListener('redactall', () => {
      redactAlls += 1;
    });

    shadowOf(element).querySelectorAll<ButtonStub>('lightning-button.redact')[1]?.click();
    shadowOf(element).querySelector<ButtonStub>('lightning-button.redact-all')?.click();

    expect(redacts).toEqual([{ key: 'HEALTH_PLAN_ID:23:35' }]);
    expect(redactAlls).toBe(1);
  });

  it('ignores a click from a button without a key', async () => {
    const element = await render({ findings: FINDINGS });
    const redacts: unknown[] = [];
    element.addEventListener('redact', (event) => redacts.push(event));
    const button = shadowOf(element).querySelector<ButtonStub>('lightning-button.redact');
    if (button) {
      delete button.dataset.key;
    }

    button?.click();

    expect(redacts).toEqual([]);
  });

  it('disables every button when asked', async () => {
    const element = await render({ findings: FINDINGS, disabled: true });

    const buttons = Array.from(shadowOf(element).querySelectorAll<ButtonStub>('lightning-button'));
    expect(buttons).toHaveLength(4);
    expect(buttons.every((button) => button.disabled === true)).toBe(true);
  });
});
