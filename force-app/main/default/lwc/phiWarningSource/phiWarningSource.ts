import { LightningElement, api } from 'lwc';
import type { PhiSource, PhiSourceKind } from 'c/phiWarningScan';
import { categoryLabel, formatLabel } from 'c/phiWarningCategoryLabels';
import subjectLabel from '@salesforce/label/c.SecureSend_PhiBannerSubject';
import descriptionLabel from '@salesforce/label/c.SecureSend_PhiBannerDescription';
import commentLabel from '@salesforce/label/c.SecureSend_PhiBannerComment';
import categoriesLabel from '@salesforce/label/c.SecureSend_PhiBannerCategories';
import blockedLabel from '@salesforce/label/c.SecureSend_PhiBannerBlocked';
import warnedLabel from '@salesforce/label/c.SecureSend_PhiBannerWarned';
import valueWithDetail from '@salesforce/label/c.SecureSend_ValueWithDetail';
import redactSource from '@salesforce/label/c.SecureSend_PhiBannerRedactSource';
import confirmPrompt from '@salesforce/label/c.SecureSend_PhiBannerConfirmPrompt';
import confirm from '@salesforce/label/c.SecureSend_PhiBannerConfirm';
import redacting from '@salesforce/label/c.SecureSend_PhiBannerRedacting';

const LABELS = Object.freeze({ confirm, redacting });

const KIND_LABELS: Readonly<Record<PhiSourceKind, string>> = Object.freeze({
  Subject: subjectLabel,
  Description: descriptionLabel,
  Comment: commentLabel,
});

/**
 * The display name of a place on a Case where PHI can be (Subject, Description, Comment).
 *
 * @param kind the place
 * @returns its label
 */
export function sourceKindLabel(kind: PhiSourceKind): string {
  return KIND_LABELS[kind];
}

/** One category badge; the text is the category's name and count, never a value. */
interface CategoryBadge {
  readonly key: string;
  readonly text: string;
  /** The policy's action in words, for screen readers (the colour shows it to others). */
  readonly assistiveText: string;
  readonly badgeClass: string;
}

/** The detail of the `redact` event: the key of the place to redact. */
export interface RedactRequestDetail {
  readonly key: string;
}

/**
 * One place on a Case where PHI was found (a row of c/phiWarningBanner): the place, the
 * categories with their counts styled by the policy, and for permitted users a Redact action that
 * asks for confirmation (c/confirmAction), then fires `redact` with the place's key. It never
 * sees the text.
 */
export default class PhiWarningSource extends LightningElement {
  /** The place and what was found there. */
  @api source: PhiSource | undefined;

  /** Whether the user may redact (SecureSend_Redact_Case and edit access). */
  @api canRedact = false;

  /** True while the redaction of this place runs. */
  @api busy = false;

  readonly labels = LABELS;

  /** True between Redact and Confirm/Cancel. */
  confirming = false;

  get sourceLabel(): string {
    return this.source ? sourceKindLabel(this.source.kind) : '';
  }

  get createdDate(): string | undefined {
    return this.source?.createdDate;
  }

  /** The Redact button is replaced by the confirmation while it is open. */
  get showRedactButton(): boolean {
    return !this.confirming;
  }

  get categories(): CategoryBadge[] {
    return (this.source?.categories ?? []).map(({ category, action, count }) => ({
      key: category,
      text: formatLabel(valueWithDetail, categoryLabel(category), count),
      assistiveText: action === 'block' ? blockedLabel : warnedLabel,
      badgeClass: `slds-badge ${action === 'block' ? 'slds-theme_error' : 'slds-theme_warning'}`,
    }));
  }

  get categoriesLabel(): string {
    return formatLabel(categoriesLabel, this.sourceLabel);
  }

  get redactLabel(): string {
    return formatLabel(redactSource, this.sourceLabel);
  }

  get confirmPrompt(): string {
    return formatLabel(confirmPrompt, this.sourceLabel);
  }

  handleRedact(): void {
    this.confirming = true;
  }

  handleCancel(): void {
    this.confirming = false;
  }

  handleConfirm(): void {
    this.confirming = false;
    const key = this.source?.key;
    if (key !== undefined) {
      this.dispatchEvent(new CustomEvent<RedactRequestDetail>('redact', { detail: { key } }));
    }
  }
}
