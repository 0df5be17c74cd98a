import { createElement } from 'lwc';
import SendPolicyBanner from 'c/sendPolicyBanner';
import { evaluateFindings } from 'c/phiPolicy';
import type { PolicyEvaluation } from 'c/phiPolicy';
import { flushPromises, resetDom } from '../../../../../test/jest-utils/dom';

jest.mock('@salesforce/label/c.SecureSend_CategoryCount', () => ({ default: '{0}: {1}' }), {
  virtual: true,
});

interface Props {
  evaluation?: PolicyEvaluation | null;
  canOverride?: boolean;
}

const POLICY = {
  rules: [
    { category: 'SSN', action: 'block' },
    { category: 'HEALTH_PLAN_ID', action: 'warn' },
    { category: 'EMAIL', action: 'allow' },
  ],
  defaultAction: 'warn',
};

const evaluate = (...categories: string[]): PolicyEvaluation =>
  evaluateFindings(
    categories.map((category) => ({ category })),
    POLICY,
  );

async function render(props: Props): Promise<HTMLElement> {
  const element = createElement<Props>('c-send-policy-banner', { is: SendPolicyBanner });
  Object.assign(element, props);
  document.body.appendChild(element);
  await flushPromises();
  return element;
}

function shadow(element: HTMLElement): ShadowRoot {
  if (!element.shadowRoot) {
    throw new Error('expected a shadow root');
  }
  return element.shadowRoot;
}

function items(element: HTMLElement, section: string): string[] {
  return Array.from(shadow(element).querySelectorAll(`.${section} li`), (item) => item.textContent);
}

function textOf(element: HTMLElement, selector: string): string | undefined {
  return shadow(element).querySelector(selector)?.textContent;
}

describe('c-send-policy-banner', () => {
  afterEach(resetDom);

  it('says all is clear without an evaluation', async () => {
    const element = await render({ evaluation: null });

    expect(textOf(element, '.clear p')).toBe('c.SecureSend_PolicyClear');
    expect(shadow(element).querySelector('.blocked')).toBeNull();
    expect(shadow(element).querySelector('.warned')).toBeNull();
    expect(shadow(element).querySelector('.allowed')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('names blocked, warned and allowed categories with counts', async () => {
    const element = await render({
      evaluation: evaluate('SSN', 'HEALTH_PLAN_ID', 'SSN', 'EMAIL', 'PHONE'),
    });

    expect(textOf(element, '.blocked h3')).toBe('c.SecureSend_PolicyBlockedTitle');
    expect(items(element, 'blocked')).toEqual(['c.SecureSend_PhiCategory_SSN: 2']);
    expect(textOf(element, '.blocked .help')).toBe('c.SecureSend_PolicyBlockedHelp');
    expect(textOf(element, '.warned h3')).toBe('c.SecureSend_PolicyWarnedTitle');
    expect(items(element, 'warned')).toEqual([
      'c.SecureSend_PhiCategory_HEALTH_PLAN_ID: 1',
      'c.SecureSend_PhiCategory_PHONE: 1',
    ]);
    expect(items(element, 'allowed')).toEqual(['c.SecureSend_PhiCategory_EMAIL: 1']);
    expect(shadow(element).querySelector('.clear')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('tells a supervisor that an override is possible', async () => {
    const element = await render({ evaluation: evaluate('SSN'), canOverride: true });

    expect(textOf(element, '.blocked .help')).toBe('c.SecureSend_PolicyBlockedOverrideHelp');
  });

  it('is clear when only allowed categories are found', async () => {
    const element = await render({ evaluation: evaluate('EMAIL') });

    expect(textOf(element, '.clear p')).toBe('c.SecureSend_PolicyClear');
    expect(items(element, 'allowed')).toEqual(['c.SecureSend_PhiCategory_EMAIL: 1']);
    await expect(element).toBeAccessible();
  });
});
