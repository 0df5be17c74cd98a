import { LightningElement, api } from 'lwc';
import type { PolicyAction } from 'c/phiPolicy';
import heading from '@salesforce/label/c.SecureSend_HighlightsHeading';
import empty from '@salesforce/label/c.SecureSend_HighlightsEmpty';

const LABELS = Object.freeze({ heading, empty });

/** One stretch of the text to highlight (a finding's offsets), with what to call it. */
export interface Highlight {
  readonly key: string;
  /** UTF-16 offsets into the text, `start < end`. */
  readonly start: number;
  readonly end: number;
  /** The category's display name, read out after the highlighted text. */
  readonly label: string;
  /** Colours the highlight: blocked, to review, allowed. */
  readonly action: PolicyAction;
}

/** A piece of the text as the template renders it: plain, or highlighted. */
interface Segment {
  readonly key: string;
  readonly text: string;
  readonly highlighted: boolean;
  readonly label?: string;
  readonly className?: string;
}

/**
 * Shows a text with its PHI findings highlighted (the live preview under the message editor).
 *
 * The text is cut into segments and each is rendered by the template as a text node, plain or
 * inside a `<mark>`: nothing is ever parsed as markup, so a message containing HTML shows as
 * typed. Highlights that overlap, run backwards or fall outside the text are skipped.
 */
export default class PhiHighlightedText extends LightningElement {
  readonly labels = LABELS;

  /** The text to show. */
  @api text: string | null | undefined;

  /** The stretches to highlight, sorted by start (as phi-detect returns findings). */
  @api highlights: readonly Highlight[] | null | undefined;

  get isEmpty(): boolean {
    return !this.text;
  }

  get segments(): Segment[] {
    const text = this.text ?? '';
    const segments: Segment[] = [];
    let cursor = 0;
    for (const highlight of this.highlights ?? []) {
      const { start, end } = highlight;
      if (start < cursor || end <= start || end > text.length) {
        continue;
      }
      if (start > cursor) {
        segments.push({ key: `t${cursor}`, text: text.slice(cursor, start), highlighted: false });
      }
      segments.push({
        key: `h${start}-${highlight.key}`,
        text: text.slice(start, end),
        highlighted: true,
        label: highlight.label,
        className: `phi-mark phi-mark_${highlight.action}`,
      });
      cursor = end;
    }
    if (cursor < text.length) {
      segments.push({ key: `t${cursor}`, text: text.slice(cursor), highlighted: false });
    }
    return segments;
  }
}
