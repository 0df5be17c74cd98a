/**
 * What a recipient can do with a link, as plain functions the routes call. A link alone reveals
 * nothing and changes nothing; a code (or, for messages sent without verification, one more
 * click) starts a session; only a live session for the same recipient reads or replies.
 */
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { recipientAudit } from '../audit/recipient-audit.ts';
import type { KeyRing } from '../crypto/keyring.ts';
import { verificationCodeMail } from '../delivery/compose.ts';
import type { MailSender } from '../delivery/mail-sender.ts';
import { LINK_TOKEN_PATTERN, linkSha256 } from '../delivery/pickup-link.ts';
import { MAX_ATTACHMENT_BYTES, MAX_TOTAL_ATTACHMENT_BYTES } from '../messages/attachments.ts';
import {
  type AttachmentPayload,
  type SealedMessage,
  openMessage,
  sealedOf,
} from '../messages/sealed-content.ts';
import { openReply, sealReply } from '../messages/sealed-reply.ts';
import type { CodeCheck, DeliveryRecord } from '../store/delivery-records.ts';
import type { GatewayStore } from '../store/gateway-store.ts';
import type { MessageRecord } from '../store/records.ts';
import type { ShownMessage } from './pages.ts';

export interface PortalPolicy {
  readonly codeTtlMs: number;
  readonly maxCodeFailures: number;
  readonly sessionIdleMs: number;
  /** Codes one recipient may ask for per window, and one address across all its messages. */
  readonly codesPerRecipient: { readonly max: number; readonly windowMs: number };
  readonly codesPerAddress: { readonly max: number; readonly windowMs: number };
}

export const DEFAULT_PORTAL_POLICY: PortalPolicy = {
  codeTtlMs: 10 * 60_000,
  maxCodeFailures: 5,
  sessionIdleMs: 15 * 60_000,
  codesPerRecipient: { max: 3, windowMs: 15 * 60_000 },
  codesPerAddress: { max: 10, windowMs: 60 * 60_000 },
};

export interface AccessDeps {
  readonly store: GatewayStore;
  readonly keyRing: KeyRing;
  readonly clock: () => Date;
  readonly sender: MailSender;
  readonly policy: PortalPolicy;
}

export interface LiveLink {
  readonly kind: 'live';
  readonly delivery: DeliveryRecord;
  readonly message: MessageRecord;
  readonly sealed: SealedMessage;
}

export type LinkState =
  | LiveLink
  | { readonly kind: 'invalid' }
  | { readonly kind: 'gone'; readonly reason: 'expired' | 'revoked' }
  | { readonly kind: 'locked' };

export async function resolveLink(deps: AccessDeps, token: string): Promise<LinkState> {
  if (!LINK_TOKEN_PATTERN.test(token)) return { kind: 'invalid' };
  const delivery = await deps.store.findDeliveryByLink(linkSha256(token));
  if (!delivery) return { kind: 'invalid' };
  const message = await deps.store.findMessage(delivery.tenantId, delivery.messageId);
  if (!message) return { kind: 'invalid' };
  const now = deps.clock().toISOString();
  // The expiry sweep runs every minute; the clock is the authority in between.
  if (message.status === 'expired' || message.expiresAt <= now)
    return { kind: 'gone', reason: 'expired' };
  const sealed = sealedOf(message);
  if (!sealed || message.status === 'revoked') return { kind: 'gone', reason: 'revoked' };
  if (delivery.lockedAt !== null) return { kind: 'locked' };
  return { kind: 'live', delivery, message, sealed };
}

export type CodeRequest =
  'sent' | 'locked' | 'too-many-for-recipient' | 'too-many-for-address' | 'send-failed';

export async function requestCode(deps: AccessDeps, link: LiveLink): Promise<CodeRequest> {
  const now = deps.clock();
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const issued = await deps.store.issueCode(
    link.delivery,
    codeMac(deps.keyRing, link.delivery, code),
    now.toISOString(),
    new Date(now.getTime() + deps.policy.codeTtlMs).toISOString(),
    {
      perRecipient: {
        max: deps.policy.codesPerRecipient.max,
        since: new Date(now.getTime() - deps.policy.codesPerRecipient.windowMs).toISOString(),
      },
      perAddress: {
        max: deps.policy.codesPerAddress.max,
        since: new Date(now.getTime() - deps.policy.codesPerAddress.windowMs).toISOString(),
      },
    },
  );
  if (issued !== 'issued') return issued;
  const address = recipientAddress(deps, link);
  try {
    await deps.sender.send(
      verificationCodeMail(address, code, Math.round(deps.policy.codeTtlMs / 60_000)),
      { requireTls: false },
    );
  } catch {
    return 'send-failed';
  }
  await deps.store.appendAudit([
    recipientAudit(link.delivery, now.toISOString(), 'message.code_sent', {}),
  ]);
  return 'sent';
}

export interface Verification {
  readonly check: CodeCheck | { readonly result: 'malformed' };
  /** The new session's cookie value, when verified. */
  readonly sessionToken?: string;
}

export async function verifyCode(
  deps: AccessDeps,
  link: LiveLink,
  code: string,
): Promise<Verification> {
  const trimmed = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(trimmed)) return { check: { result: 'malformed' } };
  const sessionToken = randomBytes(32).toString('base64url');
  const check = await deps.store.checkCode(
    sessionStart(deps, link, sessionToken),
    codeMac(deps.keyRing, link.delivery, trimmed),
    deps.policy.maxCodeFailures,
  );
  return check.result === 'verified' ? { check, sessionToken } : { check };
}

/** For messages the sender chose to send without recipient verification. */
export async function openWithoutCode(
  deps: AccessDeps,
  link: LiveLink,
): Promise<string | undefined> {
  if (link.message.options.requireRecipientVerification) return undefined;
  const sessionToken = randomBytes(32).toString('base64url');
  await deps.store.startSession(sessionStart(deps, link, sessionToken));
  return sessionToken;
}

/** True when `sessionToken` is a live session of this link's recipient (and keeps it alive). */
export async function hasSession(
  deps: AccessDeps,
  link: LiveLink,
  sessionToken: string | undefined,
): Promise<boolean> {
  if (!sessionToken) return false;
  const now = deps.clock();
  const key = await deps.store.touchSession(
    sha256(sessionToken),
    now.toISOString(),
    new Date(now.getTime() - deps.policy.sessionIdleMs).toISOString(),
  );
  return (
    key !== undefined &&
    key.tenantId === link.delivery.tenantId &&
    key.messageId === link.delivery.messageId &&
    key.recipientIndex === link.delivery.recipientIndex
  );
}

export async function endSession(deps: AccessDeps, sessionToken: string): Promise<void> {
  await deps.store.endSession(sha256(sessionToken), deps.clock().toISOString());
}

/** The message as the recipient sees it, with their own replies; the reveal is audited. */
export async function revealMessage(deps: AccessDeps, link: LiveLink): Promise<ShownMessage> {
  const payload = openMessage(deps.keyRing, link.sealed);
  const replies = await deps.store.listReplies(link.delivery.tenantId, link.delivery.messageId);
  const own = replies.filter((r) => r.recipientIndex === link.delivery.recipientIndex && r.content);
  await deps.store.appendAudit([
    recipientAudit(link.delivery, deps.clock().toISOString(), 'message.reveal', {
      part: 'message',
    }),
  ]);
  return {
    senderName: payload.sender.name,
    subject: payload.subject,
    body: payload.body,
    sentAt: link.message.createdAt,
    expiresAt: link.message.expiresAt,
    attachments: payload.attachments.map(({ fileName, size }) => ({ fileName, size })),
    replies: own.map((r) => {
      const reply = openReply(deps.keyRing, link.sealed, r.id, r.content!);
      return {
        receivedAt: r.receivedAt,
        body: reply.body,
        attachmentNames: reply.attachments.map((a) => a.fileName),
      };
    }),
  };
}

export async function revealAttachment(
  deps: AccessDeps,
  link: LiveLink,
  index: number,
): Promise<AttachmentPayload | undefined> {
  const attachment = openMessage(deps.keyRing, link.sealed).attachments[index];
  if (!attachment) return undefined;
  await deps.store.appendAudit([
    recipientAudit(link.delivery, deps.clock().toISOString(), 'message.reveal', {
      part: 'attachment',
      attachmentIndex: index,
    }),
  ]);
  return attachment;
}

export interface ReplyFile {
  readonly fileName: string;
  readonly contentType: string;
  readonly content: Buffer;
}

export const MAX_REPLY_FILES = 10;
export const MAX_REPLY_CHARS = 131_072;

/** Checks, seals and stores a reply; returns a message for the recipient when it is refused. */
export async function storeReply(
  deps: AccessDeps,
  link: LiveLink,
  text: string,
  files: readonly ReplyFile[],
): Promise<{ ok: true; replyId: string } | { ok: false; error: string }> {
  const body = text.replace(/\r\n/g, '\n').trim();
  if (body.length === 0) return { ok: false, error: 'Write a reply before sending it.' };
  if (body.length > MAX_REPLY_CHARS) {
    return { ok: false, error: `A reply can be at most ${MAX_REPLY_CHARS} characters long.` };
  }
  if (files.length > MAX_REPLY_FILES) {
    return { ok: false, error: `Attach at most ${MAX_REPLY_FILES} files.` };
  }
  let total = 0;
  for (const file of files) {
    total += file.content.length;
    if (file.content.length > MAX_ATTACHMENT_BYTES) {
      return { ok: false, error: 'Each file can be at most 3 MB.' };
    }
  }
  if (total > MAX_TOTAL_ATTACHMENT_BYTES) {
    return { ok: false, error: 'The files can be at most 4 MB in all.' };
  }
  const replyId = `rpl_${randomBytes(16).toString('hex')}`;
  const content = sealReply(deps.keyRing, link.sealed, replyId, {
    from: recipientAddress(deps, link),
    body,
    attachments: files.map((f) => ({
      fileName: f.fileName,
      contentType: f.contentType,
      size: f.content.length,
      contentBase64: f.content.toString('base64'),
    })),
  });
  await deps.store.insertReply(
    {
      tenantId: link.delivery.tenantId,
      messageId: link.delivery.messageId,
      recipientIndex: link.delivery.recipientIndex,
      id: replyId,
      receivedAt: deps.clock().toISOString(),
      attachmentCount: files.length,
      content,
    },
    link.message.reference.caseId,
  );
  return { ok: true, replyId };
}

function recipientAddress(deps: AccessDeps, link: LiveLink): string {
  const recipient = openMessage(deps.keyRing, link.sealed).recipients[link.delivery.recipientIndex];
  if (!recipient) throw new Error('the delivery names no recipient of its message');
  return recipient.email;
}

function sessionStart(deps: AccessDeps, link: LiveLink, sessionToken: string) {
  return {
    tenantId: link.delivery.tenantId,
    messageId: link.delivery.messageId,
    recipientIndex: link.delivery.recipientIndex,
    sessionSha256: sha256(sessionToken),
    at: deps.clock().toISOString(),
    caseId: link.message.reference.caseId,
  };
}

/** Bound to the recipient: a code for one recipient's link is worthless on another's. */
function codeMac(keyRing: KeyRing, delivery: DeliveryRecord, code: string): Buffer {
  return keyRing.lookupMac(
    'code',
    `${delivery.tenantId}|${delivery.messageId}|${delivery.recipientIndex}|${code}`,
  );
}

function sha256(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
