import SendPolicyBanner from 'c/sendPolicyBanner';
import { evaluateFindings } from 'c/phiPolicy';
import type { PolicyEvaluation } from 'c/phiPolicy';
import { mount, resetDom, shadowOf, text } from '../../../../../test/jest-utils/dom';

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

function render(props: Props): Promise<HTMLElement> {
  return mount<Props>('c-send-policy-banner', SendPolicyBanner, props);
}

function items(element: HTMLElement, section: string): string[] {
  return Array.from(
    shadowOf(element).querySelectorAll(`.${section} li`),
    (item) => item.textContent,
  );
}

describe('c-send-policy-banner', () => {
  afterEach(resetDom);

  it('says all is clear without an evaluation', async () => {
    const element = await render({ evaluation: null });

    expect(text(shadowOf(element), '.clear p')).toBe('c.SecureSend_PolicyClear');
    expect(shadowOf(element).querySelector('.blocked')).toBeNull();
    expect(shadowOf(element).querySelector('.warned')).toBeNull();
    expect(shadowOf(element).querySelector('.allowed')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('names blocked, warned and allowed categories with counts', async () => {
    const element = await render({
      evaluation: evaluate('SSN', 'HEALTH_PLAN_ID', 'SSN', 'EMAIL', 'PHONE'),
    });

    expect(text(shadowOf(element), '.blocked h3')).toBe('c.SecureSend_PolicyBlockedTitle');
    expect(items(element, 'blocked')).toEqual(['c.SecureSend_PhiCategory_SSN: 2']);
    expect(text(shadowOf(element), '.blocked .help')).toBe('c.SecureSend_PolicyBlockedHelp');
    expect(text(shadowOf(element), '.warned h3')).toBe('c.SecureSend_PolicyWarnedTitle');
    expect(items(element, 'warned')).toEqual([
      'c.SecureSend_PhiCategory_HEALTH_PLAN_ID: 1',
      'c.SecureSend_PhiCategory_PHONE: 1',
    ]);
    expect(items(element, 'allowed')).toEqual(['c.SecureSend_PhiCategory_EMAIL: 1']);
    expect(shadowOf(element).querySelector('.clear')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('tells a supervisor that an override is possible', async () => {
    const element = await render({ evaluation: evaluate('SSN'), canOverride: true });

    expect(text(shadowOf(element), '.blocked .help')).toBe(
      'c.SecureSend_PolicyBlockedOverrideHelp',
    );
  });

  it('is clear when only allowed categories are found', async () => {
    const element = await render({ evaluation: evaluate('EMAIL') });

    expect(text(shadowOf(element), '.clear p')).toBe('c.SecureSend_PolicyClear');
    expect(items(element, 'allowed')).toEqual(['c.SecureSend_PhiCategory_EMAIL: 1']);
    await expect(element).toBeAccessible();
  });
});
