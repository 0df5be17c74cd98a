/** What the store keeps, as the rest of the gateway sees it. */
import type { TenantPolicy } from '../policy/tenant-policy.ts';

export const SCOPES = ['send', 'read-status', 'read-content', 'admin'] as const;
export type Scope = (typeof SCOPES)[number];

export const MESSAGE_STATES = [
  'queued',
  'delivered_tls',
  'awaiting_pickup',
  'opened',
  'replied',
  'expired',
  'revoked',
  'failed',
] as const;
export type MessageState = (typeof MESSAGE_STATES)[number];

export interface TenantRecord {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
  readonly policy: TenantPolicy;
}

export interface CredentialRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly secretSha256: Buffer;
  readonly scopes: readonly Scope[];
  readonly label: string;
  readonly createdAt: string;
  readonly revokedAt: string | null;
}

export interface Reference {
  readonly caseId: string;
  readonly caseNumber?: string;
  readonly threadToken?: string;
}

export interface FindingsSummary {
  readonly total: number;
  readonly categories: readonly { category: string; count: number; action: string }[];
  readonly overridden?: boolean;
}

export interface DeliveryOptions {
  readonly requireRecipientVerification: boolean;
  readonly allowTlsDelivery: boolean;
}

export interface MessageRecord {
  readonly tenantId: string;
  readonly id: string;
  readonly idempotencyKey: string;
  /** HMAC of the request under the message's data key: recognises a retried request. */
  readonly requestMac: Buffer | null;
  readonly status: MessageState;
  readonly senderUserId: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly expiresAt: string;
  readonly recipientCount: number;
  readonly attachmentCount: number;
  readonly reference: Reference;
  readonly findings: FindingsSummary;
  readonly options: DeliveryOptions;
  /** Null once crypto-shredded (expired or revoked). */
  readonly kekId: string | null;
  readonly wrappedKey: Buffer | null;
  readonly content: Buffer | null;
  readonly shreddedAt: string | null;
}

/**
 * status_changed: the message's own status moved. The others are per recipient (by their
 * position in the request): delivered (with the method), delivery_failed (with a reason code),
 * opened (verified and read: the read receipt), reply_received (with the reply's id).
 */
export const EVENT_TYPES = [
  'status_changed',
  'delivered',
  'delivery_failed',
  'opened',
  'reply_received',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export type DeliveryMethod = 'tls' | 'pickup';

export interface EventDraft {
  readonly messageId: string;
  readonly type: EventType;
  /** The message's status once the event happened. */
  readonly status: MessageState;
  readonly occurredAt: string;
  readonly replyId?: string;
  readonly caseId?: string;
  readonly recipientIndex?: number;
  readonly deliveryMethod?: DeliveryMethod;
  /** A fixed code (e.g. smtp-rejected), never text from a mail server. */
  readonly reason?: string;
}

export interface EventRecord extends EventDraft {
  readonly seq: number;
}

export type AuditActorType = 'salesforce_user' | 'credential' | 'recipient' | 'system';

export interface AuditDraft {
  readonly tenantId: string;
  readonly at: string;
  readonly action: string;
  readonly actorType: AuditActorType;
  readonly actorId: string;
  readonly messageId?: string;
  /** Facts only (categories, counts, statuses, ids): never PHI. */
  readonly details: Readonly<Record<string, unknown>>;
}

export interface AuditRecord extends AuditDraft {
  readonly seq: number;
  readonly previousHash: string;
  readonly hash: string;
}
