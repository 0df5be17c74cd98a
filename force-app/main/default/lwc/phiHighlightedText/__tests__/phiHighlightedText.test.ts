import PhiHighlightedText from 'c/phiHighlightedText';
import type { Highlight } from 'c/phiHighlightedText';
import { mount, resetDom, shadowOf } from '../../../../../test/jest-utils/dom';

interface Props {
  text?: string | null;
  highlights?: readonly Highlight[] | null;
}

const EMPTY = 'c.SecureSend_HighlightsEmpty';

function render(props: Props): Promise<HTMLElement> {
  return mount<Props>('c-phi-highlighted-text', PhiHighlightedText, props);
}

/** The rendered pieces: "text" for plain, "[text|class|title]" for highlighted. */
function pieces(element: HTMLElement): string[] {
  const paragraph = shadowOf(element).querySelector('.text');
  return Array.from(paragraph?.children ?? [], (node) => {
    if (node.tagName !== 'MARK') {
      return node.textContent;
    }
    const title = node.getAttribute('title') ?? '';
    return `[${node.firstChild?.textContent ?? ''}|${node.className}|${title}]`;
  });
}

const highlight = (
  start: number,
  end: number,
  action: Highlight['action'] = 'block',
): Highlight => ({
  key: `${start}`,
  start,
  end,
  label: 'SSN',
  action,
});

describe('c-phi-highlighted-text', () => {
  afterEach(resetDom);

  it('invites typing while there is no text', async () => {
    const element = await render({ text: '', highlights: [] });

    expect(shadowOf(element).querySelector('.empty')?.textContent).toBe(EMPTY);
    expect(shadowOf(element).querySelector('.text')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('marks each highlight between plain text, with the category read out', async () => {
    const element = await render({
      text: 'SSN 123-45-6789 and id XWH123456789.',
      highlights: [highlight(4, 15), highlight(23, 35, 'warn')],
    });

    expect(pieces(element)).toEqual([
      'SSN ',
      '[123-45-6789|phi-mark phi-mark_block|SSN]',
      ' and id ',
      '[XWH123456789|phi-mark phi-mark_warn|SSN]',
      '.',
    ]);
    expect(shadowOf(element).querySelector('mark .slds-assistive-text')?.textContent).toBe(
      ' (SSN)',
    );
    await expect(element).toBeAccessible();
  });

  it('renders markup in the text as text', async () => {
    const element = await render({
      text: '<img src=x onerror=alert(1)> 123-45-6789',
      highlights: [highlight(29, 40)],
    });

    expect(shadowOf(element).querySelector('img')).toBeNull();
    expect(pieces(element)[0]).toBe('<img src=x onerror=alert(1)> ');
  });

  it('skips highlights that overlap, are empty or leave the text', async () => {
    const element = await render({
      text: 'abcdef',
      highlights: [highlight(0, 2, 'allow'), highlight(1, 3), highlight(3, 3), highlight(4, 9)],
    });

    expect(pieces(element)).toEqual(['[ab|phi-mark phi-mark_allow|SSN]', 'cdef']);
  });

  it('shows the text alone without highlights', async () => {
    const element = await render({ text: 'plain', highlights: null });

    expect(pieces(element)).toEqual(['plain']);
  });
});
