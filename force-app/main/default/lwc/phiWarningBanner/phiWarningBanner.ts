import { LightningElement, api, wire } from 'lwc';
import { refreshApex, type ApexError, type WiredApexResult } from '@salesforce/apex';
import type { CasePhiContext } from '@salesforce/apex-types';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import getCasePhiContext from '@salesforce/apex/CasePhiController.getCasePhiContext';
import redactCaseField from '@salesforce/apex/CasePhiController.redactCaseField';
import redactCaseComment from '@salesforce/apex/CasePhiController.redactCaseComment';
import { findPhi, redactSource, type PhiSource } from 'c/phiWarningScan';
import { formatLabel } from 'c/phiWarningCategoryLabels';
import { sourceKindLabel, type RedactRequestDetail } from 'c/phiWarningSource';
import { reduceErrors } from 'c/ldsUtils';
import heading from '@salesforce/label/c.SecureSend_PhiBannerHeading';
import intro from '@salesforce/label/c.SecureSend_PhiBannerIntro';
import loadError from '@salesforce/label/c.SecureSend_PhiBannerLoadError';
import redactedTitle from '@salesforce/label/c.SecureSend_PhiBannerRedactedTitle';
import redactedMessage from '@salesforce/label/c.SecureSend_PhiBannerRedactedMessage';
import redactFailed from '@salesforce/label/c.SecureSend_PhiBannerRedactFailed';
import genericError from '@salesforce/label/c.SecureSend_GenericError';

const LABELS = Object.freeze({ heading, intro, loadError });

/** A place with PHI as the row component gets it. */
interface SourceView extends PhiSource {
  readonly busy: boolean;
}

/**
 * PHI warning on the Case record page. Scans the Case's subject, description and recent comments
 * in the browser with c/phiScanner and the record's known identifiers, and shows which policy
 * categories were found where: categories and counts only, never the values (nothing here logs,
 * toasts or announces a value). Renders nothing when nothing is found. Users allowed to redact
 * (CasePhiContext.canRedact) can mask a place's PHI: the masked text goes to Apex, which updates
 * the record in user mode.
 */
export default class PhiWarningBanner extends LightningElement {
  /** The Case Id, set by the record page. */
  @api recordId: string | undefined;

  readonly labels = LABELS;

  /** What the wire provisioned, kept for refreshApex. */
  wiredContext: WiredApexResult<CasePhiContext | null> | undefined;

  /** The places with PHI, scanned once per provisioned context. */
  sources: readonly PhiSource[] = [];

  /** The key of the place being redacted. */
  busyKey: string | undefined;

  @wire(getCasePhiContext, { caseId: '$recordId' })
  wiredPhiContext(result: WiredApexResult<CasePhiContext | null>): void {
    this.wiredContext = result;
    this.sources = result.data ? findPhi(result.data) : [];
  }

  get context(): CasePhiContext | undefined {
    return this.wiredContext?.data ?? undefined;
  }

  get error(): ApexError | undefined {
    return this.wiredContext?.error;
  }

  get hasError(): boolean {
    return this.error !== undefined;
  }

  get hasFindings(): boolean {
    return this.sources.length > 0;
  }

  get canRedact(): boolean {
    return this.context?.canRedact === true;
  }

  get sourceViews(): SourceView[] {
    return this.sources.map((source) => ({ ...source, busy: source.key === this.busyKey }));
  }

  /** Whether a category the policy blocks was found anywhere. */
  get isBlocked(): boolean {
    return this.sources.some((source) =>
      source.categories.some((category) => category.action === 'block'),
    );
  }

  /** Blocked PHI is announced assertively, warned PHI politely. */
  get role(): string {
    return this.isBlocked ? 'alert' : 'status';
  }

  get notificationClass(): string {
    const theme = this.isBlocked ? 'phi-blocked' : 'phi-warned';
    return `slds-scoped-notification slds-scoped-notification_light slds-media slds-media_start ${theme}`;
  }

  get iconName(): string {
    return this.isBlocked ? 'utility:error' : 'utility:warning';
  }

  get iconVariant(): string {
    return this.isBlocked ? 'error' : 'warning';
  }

  async handleRedact(event: CustomEvent<RedactRequestDetail>): Promise<void> {
    const context = this.context;
    const source = this.sources.find((candidate) => candidate.key === event.detail.key);
    const redacted = context && source ? redactSource(context, source.key) : undefined;
    if (!source || redacted === undefined || this.busyKey !== undefined) {
      return;
    }
    const sourceLabel = sourceKindLabel(source.kind);
    this.busyKey = source.key;
    try {
      if (source.kind === 'Comment') {
        await redactCaseComment({ caseCommentId: source.recordId, redactedBody: redacted });
      } else {
        await redactCaseField({
          caseId: source.recordId,
          fieldName: source.kind,
          redactedValue: redacted,
        });
      }
    } catch (error) {
      this.busyKey = undefined;
      this.toast(redactFailed, reduceErrors(error).join(' ') || genericError, 'error');
      return;
    }
    this.toast(redactedTitle, formatLabel(redactedMessage, sourceLabel), 'success');
    try {
      await Promise.all([
        refreshApex(this.wiredContext),
        notifyRecordUpdateAvailable([{ recordId: source.recordId }]),
      ]);
    } catch {
      // The redaction is saved; a failed refresh shows up as the wire's own error, if any.
    } finally {
      this.busyKey = undefined;
    }
  }

  private toast(title: string, message: string, variant: 'success' | 'error'): void {
    this.dispatchEvent(new ShowToastEvent({ title, message, variant }));
  }
}
