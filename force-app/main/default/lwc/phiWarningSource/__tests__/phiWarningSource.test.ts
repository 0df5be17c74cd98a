import { createElement } from 'lwc';
import PhiWarningSource from 'c/phiWarningSource';
import type { PhiSource } from 'c/phiWarningScan';
import { flushPromises, resetDom } from '../../../../../test/jest-utils/dom';

interface SourceProps {
  source?: PhiSource;
  canRedact?: boolean;
}

async function renderSource(props: SourceProps): Promise<HTMLElement> {
  const element = createElement<SourceProps>('c-phi-warning-source', { is: PhiWarningSource });
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

async function confirmRedaction(element: HTMLElement): Promise<string[]> {
  const keys: string[] = [];
  element.addEventListener('redact', (event) => {
    keys.push((event as CustomEvent<{ key: string }>).detail.key);
  });
  shadow(element).querySelector<HTMLElement>('lightning-button.redact')?.click();
  await flushPromises();
  shadow(element).querySelector<HTMLElement>('lightning-button.confirm-redact')?.click();
  await flushPromises();
  return keys;
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
    expect(shadow(element).querySelector('.confirm')).toBeNull();
  });

  it('renders an empty row and fires nothing without a source', async () => {
    const element = await renderSource({ canRedact: true });

    expect(shadow(element).querySelector('.source-label')?.textContent).toBe('');
    expect(shadow(element).querySelectorAll('.categories li')).toHaveLength(0);
    expect(await confirmRedaction(element)).toEqual([]);
  });
});
