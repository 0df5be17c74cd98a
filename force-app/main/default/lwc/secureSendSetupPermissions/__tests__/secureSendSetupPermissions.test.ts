import SecureSendSetupPermissions from 'c/secureSendSetupPermissions';
import type { SetupStatus_PermissionSetHolders } from '@salesforce/apex-types';
import { mount, resetDom, shadowOf } from '../../../../../test/jest-utils/dom';

jest.mock('@salesforce/label/c.SecureSend_SetupHolderCount', () => ({ default: 'Holders: {0}' }), {
  virtual: true,
});
jest.mock('@salesforce/label/c.SecureSend_SetupMoreHolders', () => ({ default: 'and {0} more' }), {
  virtual: true,
});

type Holders = readonly SetupStatus_PermissionSetHolders[] | null | undefined;

async function renderPermissions(permissionSets: Holders): Promise<ShadowRoot> {
  const element = await mount<{ permissionSets: Holders }>(
    'c-secure-send-setup-permissions',
    SecureSendSetupPermissions,
    { permissionSets },
  );
  await expect(element).toBeAccessible();
  return shadowOf(element);
}

function rows(root: ShadowRoot): Record<string, string | undefined>[] {
  return Array.from(root.querySelectorAll('li'), (item) => ({
    key: item.dataset.name,
    label: item.querySelector('h3')?.textContent,
    count: item.querySelector('.count')?.textContent,
    holders: item.querySelector('.holders')?.textContent,
  }));
}

describe('c-secure-send-setup-permissions', () => {
  afterEach(resetDom);

  it.each([null, []])('says no permission sets were found for %p', async (permissionSets) => {
    const root = await renderPermissions(permissionSets);

    expect(root.querySelector('ul')).toBeNull();
    expect(root.querySelector('.empty')?.textContent).toBe('c.SecureSend_SetupPermissionsEmpty');
  });

  it('counts the listed names when the server sent no count, and falls back on the name', async () => {
    const root = await renderPermissions([
      { name: 'SecureSend_Sender', label: null, holderCount: null, holders: ['Ada', 'Ben'] },
      { name: null, label: null, holderCount: null, holders: null },
      { name: 'SecureSend_Admin', label: 'Admin', holderCount: 4, holders: [] },
    ]);

    expect(rows(root)).toEqual([
      {
        key: 'SecureSend_Sender',
        label: 'SecureSend_Sender',
        count: 'Holders: 2',
        holders: 'Ada, Ben',
      },
      { key: '1', label: '', count: 'Holders: 0', holders: 'c.SecureSend_SetupNoHolders' },
      // Holders the server did not name: the count only.
      { key: 'SecureSend_Admin', label: 'Admin', count: 'Holders: 4', holders: undefined },
    ]);
  });
});
