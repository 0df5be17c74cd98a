import { LightningElement, api } from 'lwc';
import type {
  MessageBody,
  MessageBody_AttachmentInfo,
  MessageBody_ReplyView,
} from '@salesforce/apex-types';
import type { DetailItem } from 'c/detailList';
import { formatLabel } from 'c/phiWarningCategoryLabels';
import heading from '@salesforce/label/c.SecureSend_HistoryViewHeading';
import audited from '@salesforce/label/c.SecureSend_HistoryViewAudited';
import close from '@salesforce/label/c.SecureSend_HistoryViewClose';
import subject from '@salesforce/label/c.SecureSend_HistoryViewSubject';
import bodyLabel from '@salesforce/label/c.SecureSend_HistoryViewBodyLabel';
import sentAt from '@salesforce/label/c.SecureSend_HistorySentAt';
import attachments from '@salesforce/label/c.SecureSend_HistoryAttachments';
import replies from '@salesforce/label/c.SecureSend_HistoryViewReplies';
import from from '@salesforce/label/c.SecureSend_HistoryViewFrom';
import received from '@salesforce/label/c.SecureSend_HistoryViewReceived';
import bytes from '@salesforce/label/c.SecureSend_HistoryBytes';
import valueWithDetail from '@salesforce/label/c.SecureSend_ValueWithDetail';

const LABELS = Object.freeze({
  heading,
  audited,
  close,
  bodyLabel,
  attachments,
  replies,
});

interface AttachmentView {
  readonly key: string;
  /** File name and size, e.g. "lab.pdf (1024 bytes)". */
  readonly text: string;
}

interface ReplyView {
  readonly key: string;
  /** From, and Received when known. */
  readonly details: readonly DetailItem[];
  readonly body: string;
  readonly attachments: readonly AttachmentView[];
  readonly hasAttachments: boolean;
}

function attachmentViews(
  list: readonly MessageBody_AttachmentInfo[] | null | undefined,
): AttachmentView[] {
  return (list ?? []).map((attachment, index) => {
    const fileName = attachment.fileName ?? '';
    const size = attachment.sizeBytes;
    return {
      key: String(index),
      text:
        size == null ? fileName : formatLabel(valueWithDetail, fileName, formatLabel(bytes, size)),
    };
  });
}

function replyView(reply: MessageBody_ReplyView, index: number): ReplyView {
  const replyAttachments = attachmentViews(reply.attachments);
  return {
    key: reply.replyId ?? String(index),
    details: [
      { key: 'from', label: from, value: reply.fromAddress ?? '' },
      { key: 'receivedAt', label: received, dateTime: reply.receivedAt, optional: true },
    ],
    body: reply.body ?? '',
    attachments: replyAttachments,
    hasAttachments: replyAttachments.length > 0,
  };
}

/**
 * The content of one secure message, fetched on demand (the view is audited, and says so):
 * subject, body as plain text (rendered through the template, never as markup), attachments and
 * replies. Close fires `close`; the history then drops the content from its state.
 */
export default class SecureMessageViewer extends LightningElement {
  /** The content SecureSendController.getMessageBody returned. */
  @api body: MessageBody | undefined;

  readonly labels = LABELS;

  /** Focus moves to the viewer once, when it opens. */
  private focused = false;

  override renderedCallback(): void {
    if (!this.focused) {
      this.focused = true;
      this.template?.querySelector<HTMLElement>('.close')?.focus();
    }
  }

  get text(): string {
    return this.body?.body ?? '';
  }

  /** Subject, and Sent when known. */
  get details(): DetailItem[] {
    return [
      { key: 'subject', label: subject, value: this.body?.subject ?? '' },
      { key: 'sentAt', label: sentAt, dateTime: this.body?.sentAt, optional: true },
    ];
  }

  get attachments(): AttachmentView[] {
    return attachmentViews(this.body?.attachments);
  }

  get hasAttachments(): boolean {
    return this.attachments.length > 0;
  }

  get replies(): ReplyView[] {
    return (this.body?.replies ?? []).map(replyView);
  }

  get hasReplies(): boolean {
    return this.replies.length > 0;
  }

  handleClose(): void {
    this.dispatchEvent(new CustomEvent('close'));
  }
}
