/**
 * What the store keeps about each recipient: the delivery queue row, one-time codes, portal
 * sessions, replies and what recipient domains offered. Like records.ts, nothing here is PHI:
 * addresses and domains appear only as keyed MACs, links and codes only as hashes.
 */
import type { DeliveryMethod, MessageState } from './records.ts';

export type DeliveryState = 'pending' | 'sent' | 'failed' | 'cancelled';

export interface DeliveryKey {
  readonly tenantId: string;
  readonly messageId: string;
  /** The recipient's position in the create request. */
  readonly recipientIndex: number;
}

/** Inserted with the message, one per recipient. */
export interface DeliveryDraft {
  readonly recipientIndex: number;
  readonly linkSha256: Buffer;
  readonly addressMac: Buffer;
}

export interface DeliveryRecord extends DeliveryKey {
  readonly state: DeliveryState;
  readonly method: DeliveryMethod | null;
  readonly attempts: number;
  readonly nextAttemptAt: string | null;
  readonly lastError: string | null;
  readonly addressMac: Buffer;
  readonly deliveredAt: string | null;
  readonly openedAt: string | null;
  readonly repliedAt: string | null;
  readonly verifyFailures: number;
  readonly lockedAt: string | null;
}

export interface ClaimedDelivery extends DeliveryKey {
  /** Attempts made before this one. */
  readonly attempts: number;
}

export type DeliverySettlement =
  | { readonly kind: 'sent'; readonly method: DeliveryMethod }
  | { readonly kind: 'retry'; readonly nextAttemptAt: string; readonly error: string }
  | { readonly kind: 'failed'; readonly error: string }
  /** The message was revoked or expired before it could be sent. */
  | { readonly kind: 'cancelled' };

export interface ProbeRecord {
  readonly domainMac: Buffer;
  readonly tls: boolean;
  /** starttls | no-starttls | bad-certificate | unreachable */
  readonly outcome: string;
  readonly probedAt: string;
  readonly expiresAt: string;
}

export interface CodeLimits {
  readonly perRecipient: { readonly max: number; readonly since: string };
  readonly perAddress: { readonly max: number; readonly since: string };
}

export type CodeIssue = 'issued' | 'too-many-for-recipient' | 'too-many-for-address' | 'locked';

export type CodeCheck =
  | { readonly result: 'verified' }
  | { readonly result: 'wrong'; readonly triesLeft: number }
  | { readonly result: 'expired' }
  | { readonly result: 'locked' };

export interface SessionStart extends DeliveryKey {
  readonly sessionSha256: Buffer;
  readonly at: string;
  readonly caseId: string;
}

export interface ReplyRecord extends DeliveryKey {
  readonly id: string;
  readonly receivedAt: string;
  readonly attachmentCount: number;
  /** Null once the thread was crypto-shredded. */
  readonly content: Buffer | null;
}

/** The statuses from which a recipient opening or replying moves the message forward. */
export const MOVES_FROM: Readonly<Record<'opened' | 'replied', readonly MessageState[]>> = {
  opened: ['queued', 'delivered_tls', 'awaiting_pickup'],
  replied: ['queued', 'delivered_tls', 'awaiting_pickup', 'opened'],
};
