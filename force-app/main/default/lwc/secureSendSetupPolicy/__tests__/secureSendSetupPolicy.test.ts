import SecureSendSetupPolicy from 'c/secureSendSetupPolicy';
import type { PhiPolicyView } from '@salesforce/apex-types';
import { mount, resetDom, shadowOf } from '../../../../../test/jest-utils/dom';

jest.mock(
  '@salesforce/label/c.SecureSend_SetupPolicyDefault',
  () => ({ default: 'Categories without a rule: {0}' }),
  { virtual: true },
);

async function renderPolicy(policy: PhiPolicyView | null): Promise<ShadowRoot> {
  const element = await mount<{ policy: PhiPolicyView | null | undefined }>(
    'c-secure-send-setup-policy',
    SecureSendSetupPolicy,
    { policy },
  );
  await expect(element).toBeAccessible();
  return shadowOf(element);
}

describe('c-secure-send-setup-policy', () => {
  afterEach(resetDom);

  it('says no rules are defined and that other categories warn, without a policy', async () => {
    const root = await renderPolicy(null);

    expect(root.querySelector('table')).toBeNull();
    expect(root.querySelector('.empty')?.textContent).toBe('c.SecureSend_SetupPolicyEmpty');
    expect(root.querySelector('.default')?.textContent).toBe(
      'Categories without a rule: c.SecureSend_SetupActionWarn',
    );
    expect(root.querySelector('.note')?.textContent).toBe('c.SecureSend_SetupPolicyNote');
  });

  it('shows upper-case, unknown and missing actions and categories as best it can', async () => {
    const root = await renderPolicy({
      rules: [
        { category: 'SSN', action: 'BLOCK' },
        { category: 'MRN', action: 'quarantine' },
        { category: null, action: null },
      ],
      defaultAction: 'allow',
    });

    const rows = Array.from(root.querySelectorAll('tbody tr'), (row) => ({
      category: row.querySelector('th')?.textContent,
      action: row.querySelector('.slds-badge')?.textContent,
      theme: row.querySelector('.slds-badge')?.className,
    }));
    expect(rows).toEqual([
      {
        category: 'SSN',
        action: 'c.SecureSend_SetupActionBlock',
        theme: 'slds-badge slds-theme_error',
      },
      { category: 'MRN', action: 'quarantine', theme: 'slds-badge slds-badge_lightest' },
      { category: '', action: '', theme: 'slds-badge slds-badge_lightest' },
    ]);
    expect(root.querySelector('.empty')).toBeNull();
    expect(root.querySelector('.default')?.textContent).toBe(
      'Categories without a rule: c.SecureSend_SetupActionAllow',
    );
  });

  it('treats a policy without rules or default action as empty, warning by default', async () => {
    const root = await renderPolicy({ rules: null, defaultAction: null });

    expect(root.querySelector('.empty')).not.toBeNull();
    expect(root.querySelector('.default')?.textContent).toBe(
      'Categories without a rule: c.SecureSend_SetupActionWarn',
    );
  });
});
