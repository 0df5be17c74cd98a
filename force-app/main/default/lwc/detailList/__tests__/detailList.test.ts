import DetailList from 'c/detailList';
import type { DetailItem } from 'c/detailList';
import type { DateTimeStub } from '../../../../../test/jest-utils/stubs';
import { find, findAll, flushPromises, mount, resetDom } from '../../../../../test/jest-utils/dom';
import { detailValues } from '../../../../../test/jest-utils/detailList';

const WHEN = '2025-01-02T03:04:05.000Z';

function render(items?: readonly DetailItem[] | null): Promise<HTMLElement> {
  return mount<{ items?: readonly DetailItem[] | null }>('c-detail-list', DetailList, { items });
}

describe('c-detail-list', () => {
  afterEach(resetDom);

  it('lists label/value pairs in order, as text or a date-time', async () => {
    const element = await render([
      { key: 'state', label: 'State', value: 'Scheduled' },
      { key: 'count', label: 'Attachments', value: 2 },
      { key: 'nothing', label: 'Nothing', value: null },
      { key: 'sentAt', label: 'Sent', dateTime: WHEN, value: 'never' },
      { key: 'lastRun', label: 'Last run', dateTime: null, value: 'never' },
    ]);

    expect(findAll(element, 'dt').map((term) => term.textContent)).toEqual([
      'State',
      'Attachments',
      'Nothing',
      'Sent',
      'Last run',
    ]);
    expect(detailValues(document.body)).toEqual({
      State: 'Scheduled',
      Attachments: '2',
      Nothing: '',
      Sent: WHEN,
      'Last run': 'never',
    });
    const date = find<DateTimeStub>(
      element,
      'dd[data-field="sentAt"] lightning-formatted-date-time',
    );
    expect(date?.second).toBeUndefined();
    expect(date?.timeZoneName).toBeUndefined();
    expect(find(element, 'dd[data-field="state"]')?.className).toBe('slds-item_detail');
    await expect(element).toBeAccessible();
  });

  it('shows a precise date-time to the second with the time zone', async () => {
    const element = await render([
      { key: 'serverTime', label: 'Server time', dateTime: WHEN, precise: true },
    ]);

    const date = find<DateTimeStub>(
      element,
      'dd[data-field="serverTime"] lightning-formatted-date-time',
    );
    expect(date?.value).toBe(WHEN);
    expect(date?.second).toBe('2-digit');
    expect(date?.timeZoneName).toBe('short');
  });

  it('leaves out optional pairs without content, and adds value classes', async () => {
    const element = await render([
      { key: 'recipient', label: 'Recipient', value: '', optional: true },
      { key: 'openedAt', label: 'Opened', dateTime: null, optional: true },
      { key: 'attachments', label: 'Attachments', value: 0, optional: true },
      { key: 'repliedAt', label: 'Replied', dateTime: WHEN, optional: true },
      { key: 'lastError', label: 'Last error', value: 'E42', optional: true, valueClass: 'err' },
    ]);

    expect(Object.keys(detailValues(document.body))).toEqual(['Replied', 'Last error']);
    expect(find(element, 'dd[data-field="lastError"]')?.className).toBe('slds-item_detail err');
  });

  it('renders an empty list without items, and follows changes', async () => {
    const element = await render(null);

    expect(findAll(element, 'dt')).toHaveLength(0);

    Object.assign(element, { items: [{ key: 'a', label: 'A', value: 'x' }] });
    await flushPromises();

    expect(detailValues(document.body)).toEqual({ A: 'x' });
  });
});
