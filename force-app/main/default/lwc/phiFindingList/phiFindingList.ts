import { LightningElement, api } from 'lwc';
import type { PolicyAction } from 'c/phiPolicy';
import { formatLabel } from 'c/phiPolicy';
import heading from '@salesforce/label/c.SecureSend_FindingsHeading';
import none from '@salesforce/label/c.SecureSend_FindingsNone';
import countOne from '@salesforce/label/c.SecureSend_FindingsCountOne';
import countMany from '@salesforce/label/c.SecureSend_FindingsCount';
import redact from '@salesforce/label/c.SecureSend_Redact';
import redactFinding from '@salesforce/label/c.SecureSend_RedactFinding';
import redactAll from '@salesforce/label/c.SecureSend_RedactAll';
import actionBlock from '@salesforce/label/c.SecureSend_ActionBlock';
import actionWarn from '@salesforce/label/c.SecureSend_ActionWarn';
import actionAllow from '@salesforce/label/c.SecureSend_ActionAllow';

const LABELS = Object.freeze({ heading, redact, redactAll });

const ACTION_LABELS: Readonly<Record<PolicyAction, string>> = Object.freeze({
  block: actionBlock,
  warn: actionWarn,
  allow: actionAllow,
});

/** One finding as the list shows it. */
export interface FindingItem {
  /** Identifies the finding in the `redact` event. */
  readonly key: string;
  /** The category's display name. */
  readonly label: string;
  /** The found text, shown to the sender who typed it (never logged or sent anywhere). */
  readonly value: string;
  readonly action: PolicyAction;
}

/** The `detail` of the `redact` event. */
export interface RedactEventDetail {
  readonly key: string;
}

interface Row extends FindingItem {
  readonly actionLabel: string;
  readonly actionClass: string;
  readonly redactTitle: string;
}

/**
 * The draft's PHI findings, each with a Redact button, and Redact all. Fires `redact`
 * (`detail.key`) and `redactall`; the owner of the draft does the redaction. The count is
 * announced politely to screen readers as it changes.
 */
export default class PhiFindingList extends LightningElement {
  readonly labels = LABELS;

  @api findings: readonly FindingItem[] | null | undefined;

  /** Disables the buttons (while sending). */
  @api disabled = false;

  get rows(): Row[] {
    return (this.findings ?? []).map((finding) => ({
      ...finding,
      actionLabel: ACTION_LABELS[finding.action],
      actionClass: `slds-badge action action_${finding.action}`,
      redactTitle: formatLabel(redactFinding, finding.label),
    }));
  }

  get hasFindings(): boolean {
    return (this.findings ?? []).length > 0;
  }

  get countText(): string {
    const count = (this.findings ?? []).length;
    if (count === 0) {
      return none;
    }
    return count === 1 ? countOne : formatLabel(countMany, count);
  }

  handleRedact(event: Event): void {
    const key = (event.currentTarget as HTMLElement).dataset.key;
    if (key) {
      this.dispatchEvent(new CustomEvent<RedactEventDetail>('redact', { detail: { key } }));
    }
  }

  handleRedactAll(): void {
    this.dispatchEvent(new CustomEvent('redactall'));
  }
}
