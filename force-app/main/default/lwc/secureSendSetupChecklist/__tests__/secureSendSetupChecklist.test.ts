import SecureSendSetupChecklist from 'c/secureSendSetupChecklist';
import type { SetupStatus_Step } from '@salesforce/apex-types';
import { mount, resetDom, shadowOf } from '../../../../../test/jest-utils/dom';

interface ChecklistProps {
  steps?: readonly SetupStatus_Step[] | null;
  connectionTested?: boolean;
}

async function renderChecklist(props: ChecklistProps): Promise<ShadowRoot> {
  const element = await mount<ChecklistProps>(
    'c-secure-send-setup-checklist',
    SecureSendSetupChecklist,
    props,
  );
  await expect(element).toBeAccessible();
  return shadowOf(element);
}

describe('c-secure-send-setup-checklist', () => {
  afterEach(resetDom);

  it('renders an empty list without steps', async () => {
    const root = await renderChecklist({ steps: null });

    expect(root.querySelector('h2')?.textContent).toBe('c.SecureSend_SetupChecklistHeading');
    expect(root.querySelectorAll('li')).toHaveLength(0);
  });

  it('shows a step with missing fields as not done, keyed by position, without how-to', async () => {
    const root = await renderChecklist({
      steps: [{ key: null, label: null, done: null, detail: null }, { key: 'futureStep' }],
    });

    const items = root.querySelectorAll('li');
    expect(Array.from(items, (item) => item.dataset.key)).toEqual(['0', 'futureStep']);
    expect(items[0]?.querySelector('.label')?.textContent).toBe('0');
    expect(items[0]?.querySelector('.status')?.textContent).toBe('c.SecureSend_SetupStepNotDone');
    expect(items[0]?.querySelector('.detail')).toBeNull();
    expect(items[1]?.querySelector('.label')?.textContent).toBe('futureStep');
    expect(root.querySelector('.how-to')).toBeNull();
  });

  it('marks only the connection step done after a passed test', async () => {
    const root = await renderChecklist({
      steps: [
        { key: 'connection', label: 'Connection', done: false, detail: 'Run the test.' },
        { key: 'syncHealthy', label: 'Sync healthy', done: false, detail: 'Failing.' },
      ],
      connectionTested: true,
    });

    const statuses = Array.from(root.querySelectorAll('.status'), (node) => node.textContent);
    expect(statuses).toEqual(['c.SecureSend_SetupStepDone', 'c.SecureSend_SetupStepNotDone']);
    expect(root.querySelector('li[data-key="connection"] .detail')?.textContent).toBe(
      'c.SecureSend_SetupConnectionTestedDetail',
    );
    expect(root.querySelector('li[data-key="syncHealthy"] .detail')?.textContent).toBe('Failing.');
  });
});
