/**
 * POST /v1/messages: validate what the schema cannot, re-scan against the tenant's policy,
 * seal, and store durably, exactly once per idempotency key.
 */
import { randomBytes } from 'node:crypto';
import type { KeyRing } from '../crypto/keyring.ts';
import { Problem, problems } from '../http/problem.ts';
import type { PhiCounter } from '../policy/scan-pool.ts';
import { scanAgainstPolicy } from '../policy/server-scan.ts';
import type { GatewayStore } from '../store/gateway-store.ts';
import type {
  AuditDraft,
  CredentialRecord,
  MessageRecord,
  Reference,
  TenantRecord,
} from '../store/records.ts';
import { deliveryDrafts } from '../delivery/pickup-link.ts';
import { checkAttachments } from './attachments.ts';
import { type ContentPayload, isSameRequest, sealContent } from './sealed-content.ts';

export interface CreateMessageRequest {
  sender: { userId: string; name: string; email: string };
  recipients: { email: string; name?: string }[];
  subject: string;
  body: string;
  attachments?: { fileName: string; contentType: string; contentBase64: string }[];
  options?: {
    expiryDays?: number;
    requireRecipientVerification?: boolean;
    allowTlsDelivery?: boolean;
  };
  reference: Reference;
  policyOverride?: { reason: string; approvedBy?: string };
}

export interface CreateMessageDeps {
  readonly store: GatewayStore;
  readonly keyRing: KeyRing;
  readonly clock: () => Date;
  readonly scanner: PhiCounter;
}

export interface CreateOutcome {
  readonly message: MessageRecord;
  readonly replayed: boolean;
}

const DAY_MS = 86_400_000;

export async function createMessage(
  deps: CreateMessageDeps,
  credential: CredentialRecord,
  idempotencyKey: string,
  request: CreateMessageRequest,
): Promise<CreateOutcome> {
  const tenant = await deps.store.getTenant(credential.tenantId);
  if (!tenant) throw problems.forbidden('the credential belongs to no tenant');
  const earlier = await deps.store.findMessageByIdempotencyKey(tenant.id, idempotencyKey);
  if (earlier) return replay(deps.keyRing, earlier, request);

  const attachments = checkAttachments(request.attachments ?? []);
  const expiryDays = request.options?.expiryDays ?? tenant.policy.defaultExpiryDays;
  if (expiryDays > tenant.policy.maxExpiryDays) {
    throw problems.unprocessable(
      'expiry-exceeds-policy',
      `options.expiryDays is ${expiryDays}; this tenant allows at most ${tenant.policy.maxExpiryDays}`,
    );
  }
  const verdict = await scanAgainstPolicy(
    deps.scanner,
    [request.subject, request.body, ...attachments.map((a) => a.fileName)],
    tenant.policy,
    request.policyOverride !== undefined,
  );
  if (verdict.blocked.length > 0 && !request.policyOverride) {
    throw problems.unprocessable(
      'phi-policy-blocked',
      `this tenant's policy blocks ${verdict.blocked.join(', ')}; remove it or send policyOverride.reason`,
      [...verdict.blocked],
    );
  }

  const now = deps.clock();
  const at = now.toISOString();
  const id = `msg_${randomBytes(16).toString('hex')}`;
  const payload: ContentPayload = {
    sender: request.sender,
    recipients: request.recipients,
    subject: request.subject,
    body: request.body,
    attachments,
    ...(request.policyOverride ? { policyOverrideReason: request.policyOverride.reason } : {}),
  };
  const sealed = sealContent(deps.keyRing, tenant.id, id, payload, request);
  const message: MessageRecord = {
    tenantId: tenant.id,
    id,
    idempotencyKey,
    requestMac: sealed.requestMac,
    status: 'queued',
    senderUserId: request.sender.userId,
    createdAt: at,
    updatedAt: at,
    expiresAt: new Date(now.getTime() + expiryDays * DAY_MS).toISOString(),
    recipientCount: request.recipients.length,
    attachmentCount: attachments.length,
    reference: request.reference,
    findings: verdict.summary,
    options: {
      requireRecipientVerification: request.options?.requireRecipientVerification ?? true,
      allowTlsDelivery: request.options?.allowTlsDelivery ?? true,
    },
    kekId: sealed.key.kekId,
    wrappedKey: sealed.key.wrapped,
    content: sealed.content,
    shreddedAt: null,
  };
  const deliveries = deliveryDrafts(deps.keyRing, tenant.id, id, sealed.key, request.recipients);
  const outcome = await deps.store.insertMessage(
    message,
    deliveries,
    {
      messageId: id,
      type: 'status_changed',
      status: 'queued',
      occurredAt: at,
      caseId: request.reference.caseId,
    },
    auditForCreate(tenant, credential, message, request, verdict.blocked),
  );
  if (outcome === 'inserted') return { message, replayed: false };
  // Another request with the same key committed first (a double click): answer as a retry.
  const winner = await deps.store.findMessageByIdempotencyKey(tenant.id, idempotencyKey);
  if (!winner) throw new Error('idempotency key conflict without a stored message');
  return replay(deps.keyRing, winner, request);
}

function replay(
  keyRing: KeyRing,
  earlier: MessageRecord,
  request: CreateMessageRequest,
): CreateOutcome {
  // A shredded message cannot prove the retry is identical; its metadata is all that is left.
  if (earlier.kekId === null || earlier.wrappedKey === null || earlier.requestMac === null) {
    return { message: earlier, replayed: true };
  }
  const key = { kekId: earlier.kekId, wrapped: earlier.wrappedKey };
  if (!isSameRequest(keyRing, earlier.tenantId, earlier.id, key, earlier.requestMac, request)) {
    throw new Problem(
      422,
      'idempotency-key-reused',
      'Unprocessable request',
      'this Idempotency-Key was already used with a different request body; use a new key for a new message',
    );
  }
  return { message: earlier, replayed: true };
}

function auditForCreate(
  tenant: TenantRecord,
  credential: CredentialRecord,
  message: MessageRecord,
  request: CreateMessageRequest,
  blocked: readonly string[],
): AuditDraft[] {
  const base = { tenantId: tenant.id, at: message.createdAt, messageId: message.id };
  const entries: AuditDraft[] = [
    {
      ...base,
      action: 'message.create',
      actorType: 'salesforce_user',
      actorId: request.sender.userId,
      details: {
        credentialId: credential.id,
        caseId: message.reference.caseId,
        recipientCount: message.recipientCount,
        attachmentCount: message.attachmentCount,
        findings: message.findings.categories,
        expiresAt: message.expiresAt,
      },
    },
  ];
  if (blocked.length > 0 && request.policyOverride) {
    entries.push({
      ...base,
      action: 'message.policy_override',
      actorType: 'salesforce_user',
      actorId: request.policyOverride.approvedBy ?? request.sender.userId,
      // The reason is free text and may hold PHI: it is sealed with the content, not here.
      details: { blockedCategories: blocked, reasonSealed: true },
    });
  }
  return entries;
}
