import type { SecureMessageSummary, SecureMessageSummary_EventView } from '@salesforce/apex-types';
import { categoryLabel, formatLabel } from 'c/phiWarningCategoryLabels';
import outbound from '@salesforce/label/c.SecureSend_HistoryOutbound';
import inbound from '@salesforce/label/c.SecureSend_HistoryInbound';
import deliveryTls from '@salesforce/label/c.SecureSend_HistoryDeliveryTls';
import deliveryPickup from '@salesforce/label/c.SecureSend_HistoryDeliveryPickup';
import valueWithDetail from '@salesforce/label/c.SecureSend_ValueWithDetail';
import repliesLabel from '@salesforce/label/c.SecureSend_HistoryRepliesLabel';
import eventSent from '@salesforce/label/c.SecureSend_EventType_Sent';
import eventStatusChanged from '@salesforce/label/c.SecureSend_EventType_Status_Changed';
import eventDelivered from '@salesforce/label/c.SecureSend_EventType_Delivered';
import eventDeliveryFailed from '@salesforce/label/c.SecureSend_EventType_Delivery_Failed';
import eventOpened from '@salesforce/label/c.SecureSend_EventType_Opened';
import eventReplyReceived from '@salesforce/label/c.SecureSend_EventType_Reply_Received';
import eventRevoked from '@salesforce/label/c.SecureSend_EventType_Revoked';
import eventContentViewed from '@salesforce/label/c.SecureSend_EventType_Content_Viewed';
import eventPolicyOverride from '@salesforce/label/c.SecureSend_EventType_Policy_Override';

/** One audit event as the events table shows it. */
export interface EventRow {
  readonly key: string;
  readonly typeLabel: string;
  readonly status: string;
  readonly occurredAt: string | undefined;
  readonly reason: string;
  readonly deliveryLabel: string;
  readonly actorName: string;
}

/** One secure message as a history row shows it. */
export interface MessageRow {
  readonly id: string;
  readonly name: string;
  readonly isInbound: boolean;
  readonly directionLabel: string;
  readonly directionIcon: string;
  readonly statusLabel: string;
  readonly statusIcon: string;
  readonly statusBadgeClass: string;
  readonly deliveryLabel: string;
  /** Recipient name and masked address, e.g. "Ada Patient (a***@example.com)". */
  readonly recipient: string;
  readonly sentByName: string;
  readonly sentAt: string | undefined;
  readonly openedAt: string | undefined;
  readonly repliedAt: string | undefined;
  readonly expiresAt: string | undefined;
  /** The PHI categories' names, comma separated. */
  readonly phiCategories: string;
  /** The attachment count as text; empty when unknown. */
  readonly attachmentCount: string;
  readonly lastError: string;
  readonly canRevoke: boolean;
  readonly canViewContent: boolean;
  readonly events: readonly EventRow[];
  /** The inbound replies to this message, in list order. */
  readonly replies: readonly MessageRow[];
  readonly hasReplies: boolean;
  /** Accessible name of the replies list. */
  readonly repliesLabel: string;
}

interface StatusStyle {
  readonly icon: string;
  readonly badgeClass: string;
}

const NEUTRAL: StatusStyle = { icon: 'utility:clock', badgeClass: 'slds-badge' };
const SUCCESS_BADGE = 'slds-badge slds-theme_success';
const ENDED_BADGE = 'slds-badge slds-badge_lightest';

/** Secure_Message__c Status__c API name -> icon and badge styling. */
const STATUS_STYLES: Readonly<Record<string, StatusStyle>> = Object.freeze({
  Queued: NEUTRAL,
  Awaiting_Pickup: NEUTRAL,
  Delivered: { icon: 'utility:success', badgeClass: SUCCESS_BADGE },
  Opened: { icon: 'utility:preview', badgeClass: SUCCESS_BADGE },
  Replied: { icon: 'utility:reply', badgeClass: SUCCESS_BADGE },
  Received: { icon: 'utility:email', badgeClass: 'slds-badge' },
  Expired: { icon: 'utility:ban', badgeClass: ENDED_BADGE },
  Revoked: { icon: 'utility:block_visitor', badgeClass: ENDED_BADGE },
  Failed: { icon: 'utility:error', badgeClass: 'slds-badge slds-theme_error' },
});

const UNKNOWN_STATUS: StatusStyle = { icon: 'utility:info', badgeClass: 'slds-badge' };

/** Secure_Message_Event__c Type__c API name -> label. */
const EVENT_TYPE_LABELS: Readonly<Record<string, string>> = Object.freeze({
  Sent: eventSent,
  Status_Changed: eventStatusChanged,
  Delivered: eventDelivered,
  Delivery_Failed: eventDeliveryFailed,
  Opened: eventOpened,
  Reply_Received: eventReplyReceived,
  Revoked: eventRevoked,
  Content_Viewed: eventContentViewed,
  Policy_Override: eventPolicyOverride,
});

/** Delivery method (Delivery_Method__c `TLS`/`Pickup`, or an event's `tls`/`pickup`) -> label. */
const DELIVERY_LABELS: Readonly<Record<string, string>> = Object.freeze({
  tls: deliveryTls,
  pickup: deliveryPickup,
});

/** A picklist value without a label is shown as it is: it is a code, never PHI. */
function labelOf(
  labels: Readonly<Record<string, string>>,
  value: string | null | undefined,
): string {
  if (!value) {
    return '';
  }
  return labels[value] ?? value;
}

/**
 * The icon and badge styling of a message status.
 *
 * @param status the Status__c API name
 * @returns the styling; a neutral one for an unknown status
 */
export function statusStyle(status: string | null | undefined): StatusStyle {
  return (status ? STATUS_STYLES[status] : undefined) ?? UNKNOWN_STATUS;
}

function deliveryLabel(method: string | null | undefined): string {
  return labelOf(DELIVERY_LABELS, method?.toLowerCase());
}

function eventRows(
  events: readonly SecureMessageSummary_EventView[] | null | undefined,
): EventRow[] {
  return (events ?? []).map((event, index) => ({
    key: String(index),
    typeLabel: labelOf(EVENT_TYPE_LABELS, event.type),
    status: event.status ?? '',
    occurredAt: event.occurredAt ?? undefined,
    reason: event.reason ?? '',
    deliveryLabel: deliveryLabel(event.deliveryMethod),
    actorName: event.actorName ?? '',
  }));
}

function recipientOf(summary: SecureMessageSummary): string {
  const name = summary.recipientName ?? '';
  const hint = summary.recipientHint ?? '';
  return name && hint ? formatLabel(valueWithDetail, name, hint) : name || hint;
}

function messageRow(summary: SecureMessageSummary, replies: readonly MessageRow[]): MessageRow {
  const id = summary.id ?? '';
  const name = summary.name ?? '';
  const isInbound = summary.direction === 'Inbound';
  const style = statusStyle(summary.status);
  return {
    id,
    name,
    isInbound,
    directionLabel: isInbound ? inbound : outbound,
    directionIcon: isInbound ? 'utility:reply' : 'utility:email',
    statusLabel: summary.statusLabel ?? summary.status ?? '',
    statusIcon: style.icon,
    statusBadgeClass: style.badgeClass,
    deliveryLabel: deliveryLabel(summary.deliveryMethod),
    recipient: recipientOf(summary),
    sentByName: summary.sentByName ?? '',
    sentAt: summary.sentAt ?? undefined,
    openedAt: summary.openedAt ?? undefined,
    repliedAt: summary.repliedAt ?? undefined,
    expiresAt: summary.expiresAt ?? undefined,
    phiCategories: (summary.phiCategories ?? []).map(categoryLabel).join(', '),
    attachmentCount: summary.attachmentCount == null ? '' : String(summary.attachmentCount),
    lastError: summary.lastError ?? '',
    canRevoke: summary.canRevoke === true,
    canViewContent: summary.canViewContent === true,
    events: eventRows(summary.events),
    replies,
    hasReplies: replies.length > 0,
    repliesLabel: formatLabel(repliesLabel, name),
  };
}

/**
 * Builds the history's rows: each reply (a message whose parentMessageId is a top-level message
 * of the list) under its parent, everything else at the top, both in list order. Replies nest one
 * level deep, so a message is never lost under a row that is itself nested.
 *
 * @param summaries the Case's messages as SecureSendController.getMessages returns them
 * @returns the top-level rows with their replies
 */
export function buildMessageRows(summaries: readonly SecureMessageSummary[]): MessageRow[] {
  const ids = new Set(summaries.map((summary) => summary.id));
  const hasListedParent = (summary: SecureMessageSummary): boolean =>
    Boolean(summary.parentMessageId) && ids.has(summary.parentMessageId);
  const topLevelIds = new Set(
    summaries.filter((summary) => !hasListedParent(summary)).map((summary) => summary.id),
  );
  const repliesByParent = new Map<string, MessageRow[]>();
  const topLevel: SecureMessageSummary[] = [];
  for (const summary of summaries) {
    const parentId = summary.parentMessageId;
    if (parentId && topLevelIds.has(parentId)) {
      const replies = repliesByParent.get(parentId) ?? [];
      replies.push(messageRow(summary, []));
      repliesByParent.set(parentId, replies);
    } else {
      topLevel.push(summary);
    }
  }
  return topLevel.map((summary) =>
    messageRow(summary, repliesByParent.get(summary.id ?? '') ?? []),
  );
}
