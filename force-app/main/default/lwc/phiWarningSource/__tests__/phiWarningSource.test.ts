import PhiWarningSource from 'c/phiWarningSource';
import type { PhiSource } from 'c/phiWarningScan';
import type { RedactRequestDetail } from 'c/phiWarningSource';
import {
  click,
  find,
  findAll,
  flushPromises,
  mount,
  resetDom,
} from '../../../../../test/jest-utils/dom';
import { listen } from '../../../../../test/jest-utils/events';
import { confirmStep, confirmStepButton } from '../../../../../test/jest-utils/confirmAction';

interface SourceProps {
  source?: PhiSource;
  canRedact?: boolean;
}

function renderSource(props: SourceProps): Promise<HTMLElement> {
  return mount<SourceProps>('c-phi-warning-source', PhiWarningSource, props);
}

async function confirmRedaction(element: HTMLElement): Promise<string[]> {
  const requests = listen<RedactRequestDetail>(element, 'redact');
  click(find(element, 'lightning-button.redact'));
  await flushPromises();
  click(confirmStepButton(element, 'confirm'));
  await flushPromises();
  return requests.map(({ key }) => key);
}

describe('c-phi-warning-source', () => {
  afterEach(resetDom);

  it('fires redact with the place key once confirmed', async () => {
    const element = await renderSource({
      canRedact: true,
      source: {
        key: 'Description',
        kind: 'Description',
        recordId: '500000000000001AAA',
        categories: [{ category: 'SSN', action: 'block', count: 2 }],
      },
    });

    expect(await confirmRedaction(element)).toEqual(['Description']);
    expect(confirmStep(element)).toBeNull();
  });

  it('renders an empty row and fires nothing without a source', async () => {
    const element = await renderSource({ canRedact: true });

    expect(find(element, '.source-label')?.textContent).toBe('');
    expect(findAll(element, '.categories li')).toHaveLength(0);
    expect(await confirmRedaction(element)).toEqual([]);
  });
});
