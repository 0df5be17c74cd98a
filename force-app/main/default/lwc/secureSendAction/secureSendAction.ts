import { LightningElement, api, wire } from 'lwc';
import { CloseActionScreenEvent } from 'lightning/actions';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import { RefreshEvent } from 'lightning/refresh';
import type { ApexError, WiredApexResult } from '@salesforce/apex';
import type {
  ComposeContext,
  ComposeContext_Recipient,
  SendRequest,
  SendResult,
} from '@salesforce/apex-types';
import getComposeContext from '@salesforce/apex/SecureSendController.getComposeContext';
import send from '@salesforce/apex/SecureSendController.send';
import { type Finding, type KnownIdentifier, IncrementalScanner, redact, scan } from 'c/phiScanner';
import {
  type PolicyEvaluation,
  actionFor,
  evaluateFindings,
  formatLabel,
  isValidOverrideReason,
  OVERRIDE_REASON_MAX_LENGTH,
  OVERRIDE_REASON_MIN_LENGTH,
} from 'c/phiPolicy';
import { categoryLabel } from 'c/phiWarningCategoryLabels';
import { reduceErrors } from 'c/ldsUtils';
import type { Highlight } from 'c/phiHighlightedText';
import type { FindingItem, RedactEventDetail } from 'c/phiFindingList';
import {
  BODY_MAX_LENGTH,
  FALLBACK_DEFAULT_EXPIRY_DAYS,
  FALLBACK_MAX_EXPIRY_DAYS,
  type FileRow,
  SUBJECT_MAX_LENGTH,
  fileRows,
  formatBytes,
  newIdempotencyKey,
  parseExpiryDays,
  selectedBytes,
  toKnownIdentifiers,
} from './composeModel';
import composeTitle from '@salesforce/label/c.SecureSend_ComposeTitle';
import recipientHeading from '@salesforce/label/c.SecureSend_RecipientHeading';
import noRecipient from '@salesforce/label/c.SecureSend_NoRecipient';
import caseNumberLabel from '@salesforce/label/c.SecureSend_CaseNumberLabel';
import messageLabel from '@salesforce/label/c.SecureSend_MessageLabel';
import cancel from '@salesforce/label/c.SecureSend_Cancel';
import loading from '@salesforce/label/c.SecureSend_Loading';
import subjectLabel from '@salesforce/label/c.SecureSend_SubjectLabel';
import subjectTemplate from '@salesforce/label/c.SecureSend_SubjectTemplate';
import subjectRequired from '@salesforce/label/c.SecureSend_SubjectRequired';
import findingInSubject from '@salesforce/label/c.SecureSend_FindingInSubject';
import bodyRequired from '@salesforce/label/c.SecureSend_BodyRequired';
import sendLabel from '@salesforce/label/c.SecureSend_Send';
import sending from '@salesforce/label/c.SecureSend_Sending';
import sendSuccessTitle from '@salesforce/label/c.SecureSend_SendSuccessTitle';
import sendSuccessMessage from '@salesforce/label/c.SecureSend_SendSuccessMessage';
import sendReplayedMessage from '@salesforce/label/c.SecureSend_SendReplayedMessage';
import sendErrorTitle from '@salesforce/label/c.SecureSend_SendErrorTitle';
import genericError from '@salesforce/label/c.SecureSend_GenericError';
import acknowledgeWarnings from '@salesforce/label/c.SecureSend_AcknowledgeWarnings';
import overrideReasonLabel from '@salesforce/label/c.SecureSend_OverrideReasonLabel';
import overrideReasonHelp from '@salesforce/label/c.SecureSend_OverrideReasonHelp';
import attachmentsHeading from '@salesforce/label/c.SecureSend_AttachmentsHeading';
import noFiles from '@salesforce/label/c.SecureSend_NoFiles';
import attachmentsTotal from '@salesforce/label/c.SecureSend_AttachmentsTotal';
import optionsHeading from '@salesforce/label/c.SecureSend_OptionsHeading';
import expiryLabel from '@salesforce/label/c.SecureSend_ExpiryLabel';
import expiryRange from '@salesforce/label/c.SecureSend_ExpiryRange';
import verificationLabel from '@salesforce/label/c.SecureSend_VerificationLabel';
import verificationLocked from '@salesforce/label/c.SecureSend_VerificationLocked';

const LABELS = Object.freeze({
  composeTitle,
  recipientHeading,
  noRecipient,
  caseNumberLabel,
  messageLabel,
  cancel,
  loading,
  subjectLabel,
  subjectRequired,
  bodyRequired,
  send: sendLabel,
  sending,
  sendErrorTitle,
  acknowledgeWarnings,
  overrideReasonLabel,
  overrideReasonHelp,
  attachmentsHeading,
  noFiles,
  optionsHeading,
  expiryLabel,
  verificationLabel,
});

/** How findings are redacted: masked character for character, so the draft keeps its length. */
const REDACTION_STYLE = 'mask';

/** The `detail` of the `change` event of lightning-input and lightning-textarea. */
interface InputChangeDetail {
  readonly value?: string | number | null;
  readonly checked?: boolean;
}

/** The lightning-textarea method the redaction uses to keep the caret where it was. */
interface RangeTextEditor {
  setRangeText(
    replacement: string,
    start: number,
    end: number,
    selectMode: 'select' | 'start' | 'end' | 'preserve',
  ): void;
}

/** Stable key of a finding while the draft is unchanged. */
function findingKey(finding: Finding): string {
  return `${finding.category}:${finding.start}:${finding.end}`;
}

/** Keys of subject findings carry this prefix, so one finding list serves subject and body. */
const SUBJECT_KEY_PREFIX = 'subject|';

/**
 * Send Securely: the screen quick action on Case where a CSR writes a secure message.
 *
 * - The compose context (recipient, Case number, known identifiers, files, policy, limits) comes
 *   from `SecureSendController.getComposeContext`.
 * - Every edit of the subject and the body is scanned by `c/phiScanner` (phi-detect's IncrementalScanner with the
 *   Case's known identifiers: a few milliseconds per 10 KB, so no debounce is needed and the
 *   findings always describe the text on screen). The preview (`c-phi-highlighted-text`) marks
 *   them, `c-phi-finding-list` offers Redact per finding and Redact all, `c-send-policy-banner`
 *   names the blocked and warned categories with counts.
 * - Redaction masks the value character for character (phi-detect `redact`, style `mask`): the
 *   draft keeps its length, so the caret, the selection and the other findings stay put; the
 *   editor's `setRangeText(..., 'preserve')` applies it without moving the caret.
 * - Send calls `SecureSendController.send` with an idempotency key made once per compose and
 *   reused for every retry, so a retry after an error never sends twice. On success: a toast,
 *   `notifyRecordUpdateAvailable` for the Case (Lightning Data Service) and a `RefreshEvent`
 *   (RefreshView API: the record page refreshes its view, and the message history, registered
 *   with `registerRefreshHandler`, reloads), then the action closes.
 *
 * The draft is PHI: it stays in component state, is never logged (no console at all), and the
 * banner and toasts name categories only.
 */
export default class SecureSendAction extends LightningElement {
  /** The Case Id, set by the quick action framework. */
  @api recordId: string | undefined;

  readonly labels = LABELS;
  readonly subjectMaxLength = SUBJECT_MAX_LENGTH;
  readonly bodyMaxLength = BODY_MAX_LENGTH;
  readonly overrideReasonMinLength = OVERRIDE_REASON_MIN_LENGTH;
  readonly overrideReasonMaxLength = OVERRIDE_REASON_MAX_LENGTH;

  /** What the wire provisioned; undefined until the first response. */
  wired: WiredApexResult<ComposeContext | null> | undefined;

  /** The draft body and the findings the scanner reported for exactly this text. */
  body = '';
  findings: readonly Finding[] = [];
  /** The subject is scanned too: it travels inside the encrypted message and is PHI-prone. */
  subjectFindings: readonly Finding[] = [];

  /** The sender's edits; undefined means "still the default from the context". */
  subjectDraft: string | undefined;
  expiryDraft: unknown;
  verificationDraft: boolean | undefined;

  selectedFileIds: readonly string[] = [];
  acknowledged = false;
  overrideReason = '';

  isSending = false;
  /** The last send failure, shown in the error panel until the next attempt. */
  sendError: unknown;

  private scanner: IncrementalScanner | undefined;
  private knownIdentifiers: KnownIdentifier[] = [];
  /** Made on the first send of this compose and reused for every retry. */
  private idempotencyKey: string | undefined;

  @wire(getComposeContext, { caseId: '$recordId' })
  wiredContext(result: WiredApexResult<ComposeContext | null>): void {
    this.wired = result;
    if (result.data) {
      this.knownIdentifiers = toKnownIdentifiers(result.data.knownIdentifiers);
      this.scanner = new IncrementalScanner({ knownIdentifiers: this.knownIdentifiers });
      this.findings = this.scanner.update(this.body);
      this.rescanSubject();
    }
  }

  // --- loading and context ---------------------------------------------------------------

  /** True until the wire has delivered data or an error. */
  get isLoading(): boolean {
    return this.wired?.data === undefined && this.wired?.error === undefined;
  }

  /** The wire's error; an empty one (shown as the generic message) when Apex returned null. */
  get loadError(): ApexError | undefined {
    if (this.wired?.error) {
      return this.wired.error;
    }
    return this.wired?.data === null ? {} : undefined;
  }

  get hasLoadError(): boolean {
    return this.loadError !== undefined;
  }

  get context(): ComposeContext | undefined {
    return this.wired?.data ?? undefined;
  }

  get caseNumber(): string {
    return this.context?.caseNumber ?? '';
  }

  get recipient(): ComposeContext_Recipient | undefined {
    return this.context?.recipient ?? undefined;
  }

  /** A message can only go to a contact with an email address. */
  get hasRecipient(): boolean {
    return Boolean(this.recipient?.email);
  }

  get canOverride(): boolean {
    return this.context?.canOverride === true;
  }

  // --- subject and body --------------------------------------------------------------------

  get subject(): string {
    return this.subjectDraft ?? formatLabel(subjectTemplate, this.caseNumber);
  }

  handleSubjectChange(event: CustomEvent<InputChangeDetail>): void {
    this.subjectDraft = String(event.detail.value ?? '');
    this.rescanSubject();
  }

  /** A subject is one short line: a full scan per edit is cheaper than keeping a scanner. */
  private rescanSubject(): void {
    this.subjectFindings = scan(this.subject, { knownIdentifiers: this.knownIdentifiers });
  }

  handleBodyChange(event: CustomEvent<InputChangeDetail>): void {
    this.applyBody(String(event.detail.value ?? ''));
  }

  /** Sets the draft and re-scans it, so the findings always match the text. */
  private applyBody(text: string): void {
    this.body = text;
    this.findings = this.scanner?.update(text) ?? [];
  }

  // --- findings, highlights, redaction -------------------------------------------------------

  get evaluation(): PolicyEvaluation {
    return evaluateFindings([...this.subjectFindings, ...this.findings], this.context?.policy);
  }

  get highlights(): Highlight[] {
    const policy = this.context?.policy;
    return this.findings.map((finding) => ({
      key: findingKey(finding),
      start: finding.start,
      end: finding.end,
      label: categoryLabel(finding.category),
      action: actionFor(finding.category, policy),
    }));
  }

  /** Subject findings first (named as such), then the body's, each with its Redact button. */
  get findingItems(): FindingItem[] {
    const policy = this.context?.policy;
    const subject = this.subject;
    const subjectItems = this.subjectFindings.map((finding) => ({
      key: SUBJECT_KEY_PREFIX + findingKey(finding),
      label: formatLabel(findingInSubject, categoryLabel(finding.category)),
      value: subject.slice(finding.start, finding.end),
      action: actionFor(finding.category, policy),
    }));
    const bodyItems = this.findings.map((finding) => ({
      key: findingKey(finding),
      label: categoryLabel(finding.category),
      value: this.body.slice(finding.start, finding.end),
      action: actionFor(finding.category, policy),
    }));
    return [...subjectItems, ...bodyItems];
  }

  handleRedact(event: CustomEvent<RedactEventDetail>): void {
    const { key } = event.detail;
    if (key.startsWith(SUBJECT_KEY_PREFIX)) {
      const subjectKey = key.slice(SUBJECT_KEY_PREFIX.length);
      this.redactSubjectWhere((finding) => findingKey(finding) === subjectKey);
    } else {
      this.redactWhere((finding) => findingKey(finding) === key);
    }
  }

  handleRedactAll(): void {
    this.redactSubjectWhere(() => true);
    this.redactWhere(() => true);
  }

  /** Masks the selected subject findings; the input re-renders from subjectDraft. */
  private redactSubjectWhere(select: (finding: Finding) => boolean): void {
    if (!this.subjectFindings.some(select)) {
      return;
    }
    const result = redact(this.subject, this.subjectFindings, { style: REDACTION_STYLE, select });
    this.subjectDraft = result.text;
    this.rescanSubject();
  }

  /**
   * Masks the selected findings in the draft. The masked draft has the same length, so the
   * editor's caret and selection stay where they were (setRangeText with 'preserve').
   */
  private redactWhere(select: (finding: Finding) => boolean): void {
    if (!this.findings.some(select)) {
      return;
    }
    const result = redact(this.body, this.findings, { style: REDACTION_STYLE, select });
    const editor = this.template?.querySelector<HTMLElement & RangeTextEditor>(
      'lightning-textarea.body',
    );
    for (const finding of result.findings) {
      if (finding.redacted) {
        const replacement = result.text.slice(finding.start, finding.end);
        editor?.setRangeText(replacement, finding.start, finding.end, 'preserve');
      }
    }
    this.applyBody(result.text);
  }

  // --- policy decisions ----------------------------------------------------------------------

  get hasWarned(): boolean {
    return this.evaluation.hasWarned;
  }

  /** A supervisor may send blocked categories with a reason; others must redact them. */
  get showOverrideReason(): boolean {
    return this.evaluation.hasBlocked && this.canOverride;
  }

  handleAcknowledgeChange(event: CustomEvent<InputChangeDetail>): void {
    this.acknowledged = event.detail.checked === true;
  }

  handleOverrideReasonChange(event: CustomEvent<InputChangeDetail>): void {
    this.overrideReason = String(event.detail.value ?? '');
  }

  /** Blocked categories are overridden with a valid reason, warned ones acknowledged. */
  get policySatisfied(): boolean {
    const { hasBlocked, hasWarned } = this.evaluation;
    const blockedOk =
      !hasBlocked || (this.canOverride && isValidOverrideReason(this.overrideReason));
    return blockedOk && (!hasWarned || this.acknowledged);
  }

  // --- files ---------------------------------------------------------------------------------

  get fileRows(): FileRow[] {
    return fileRows(this.context?.files ?? [], this.selectedFileIds, {
      maxFileBytes: this.context?.maxFileBytes,
      maxTotalBytes: this.context?.maxTotalAttachmentBytes,
    });
  }

  get hasFiles(): boolean {
    return this.fileRows.length > 0;
  }

  get selectedBytes(): number {
    return selectedBytes(this.context?.files ?? [], this.selectedFileIds);
  }

  get filesTotalText(): string {
    const max = this.context?.maxTotalAttachmentBytes;
    const selected = formatBytes(this.selectedBytes);
    return max == null ? selected : formatLabel(attachmentsTotal, selected, formatBytes(max));
  }

  get filesWithinLimit(): boolean {
    const max = this.context?.maxTotalAttachmentBytes;
    return max == null || this.selectedBytes <= max;
  }

  handleFileChange(event: CustomEvent<InputChangeDetail>): void {
    const id = (event.currentTarget as HTMLElement).dataset.id;
    const row = this.fileRows.find((candidate) => candidate.id === id);
    if (!row) {
      return;
    }
    const others = this.selectedFileIds.filter((selected) => selected !== row.id);
    this.selectedFileIds =
      event.detail.checked === true && !row.disabled ? [...others, row.id] : others;
  }

  // --- delivery options ----------------------------------------------------------------------

  get maxExpiryDays(): number {
    return this.context?.maxExpiryDays ?? FALLBACK_MAX_EXPIRY_DAYS;
  }

  get expiryValue(): unknown {
    if (this.expiryDraft !== undefined) {
      return this.expiryDraft;
    }
    return Math.min(
      this.context?.defaultExpiryDays ?? FALLBACK_DEFAULT_EXPIRY_DAYS,
      this.maxExpiryDays,
    );
  }

  get expiryDays(): number | undefined {
    return parseExpiryDays(this.expiryValue, this.maxExpiryDays);
  }

  get expiryRangeText(): string {
    return formatLabel(expiryRange, this.maxExpiryDays);
  }

  handleExpiryChange(event: CustomEvent<InputChangeDetail>): void {
    this.expiryDraft = event.detail.value ?? '';
  }

  /** Verification can only be switched off where the org allows opting out. */
  get verificationLocked(): boolean {
    return this.context?.allowVerificationOptOut !== true;
  }

  get verificationHelp(): string | undefined {
    return this.verificationLocked ? verificationLocked : undefined;
  }

  get requireVerification(): boolean {
    const orgDefault = this.context?.requireVerification !== false;
    return this.verificationLocked ? orgDefault : (this.verificationDraft ?? orgDefault);
  }

  handleVerificationChange(event: CustomEvent<InputChangeDetail>): void {
    if (!this.verificationLocked) {
      this.verificationDraft = event.detail.checked === true;
    }
  }

  // --- send ----------------------------------------------------------------------------------

  get canSend(): boolean {
    return (
      !this.isSending &&
      this.hasRecipient &&
      this.subject.trim().length > 0 &&
      this.body.trim().length > 0 &&
      this.expiryDays !== undefined &&
      this.filesWithinLimit &&
      this.policySatisfied
    );
  }

  get sendDisabled(): boolean {
    return !this.canSend;
  }

  /** Announced to screen readers while sending. */
  get sendStatus(): string {
    return this.isSending ? sending : '';
  }

  private buildRequest(idempotencyKey: string): SendRequest {
    const evaluation = this.evaluation;
    return {
      caseId: this.context?.caseId ?? this.recordId,
      idempotencyKey,
      subject: this.subject.trim(),
      body: this.body,
      contentVersionIds: [...this.selectedFileIds],
      expiryDays: this.expiryDays,
      requireVerification: this.requireVerification,
      phiCategories: [...evaluation.categories],
      acknowledgedWarnings: evaluation.hasWarned && this.acknowledged,
      overrideReason: evaluation.hasBlocked ? this.overrideReason.trim() : null,
    };
  }

  async handleSend(): Promise<void> {
    // isSending is set before the first await: a second click in the same moment sends nothing.
    if (!this.canSend) {
      return;
    }
    this.isSending = true;
    this.sendError = undefined;
    this.idempotencyKey ??= newIdempotencyKey();
    try {
      const result = await send({ request: this.buildRequest(this.idempotencyKey) });
      this.onSent(result);
    } catch (error) {
      this.onSendFailed(error);
    } finally {
      this.isSending = false;
    }
  }

  private onSent(result: SendResult | null): void {
    this.dispatchEvent(
      new ShowToastEvent({
        title: sendSuccessTitle,
        message: result?.replayed ? sendReplayedMessage : sendSuccessMessage,
        variant: 'success',
      }),
    );
    const caseId = this.context?.caseId ?? this.recordId;
    if (caseId) {
      // Best effort: the message is sent whether or not the cache refresh works.
      notifyRecordUpdateAvailable([{ recordId: caseId }]).catch(() => undefined);
    }
    this.dispatchEvent(new RefreshEvent());
    this.dispatchEvent(new CloseActionScreenEvent());
  }

  private onSendFailed(error: unknown): void {
    this.sendError = error;
    const messages = [...new Set(reduceErrors(error))];
    this.dispatchEvent(
      new ShowToastEvent({
        title: sendErrorTitle,
        message: messages.length > 0 ? messages.join(' ') : genericError,
        variant: 'error',
      }),
    );
  }

  handleCancel(): void {
    this.dispatchEvent(new CloseActionScreenEvent());
  }
}
