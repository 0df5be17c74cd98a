/** SQLite rows <-> records. Columns are snake_case; JSON columns hold metadata, never PHI. */
import { parsePolicy } from '../policy/tenant-policy.ts';
import type {
  AuditRecord,
  CredentialRecord,
  DeliveryMethod,
  EventRecord,
  MessageRecord,
  MessageState,
  Scope,
  TenantRecord,
} from './records.ts';

export interface TenantRow {
  id: string;
  name: string;
  created_at: string;
  policy_json: string;
}

export interface CredentialRow {
  id: string;
  tenant_id: string;
  secret_sha256: Buffer;
  scopes: string;
  label: string;
  created_at: string;
  revoked_at: string | null;
}

export interface MessageRow {
  tenant_id: string;
  id: string;
  idempotency_key: string;
  request_mac: Buffer | null;
  status: string;
  sender_user_id: string;
  created_at: string;
  updated_at: string;
  expires_at: string;
  recipient_count: number;
  attachment_count: number;
  reference_json: string;
  findings_json: string;
  options_json: string;
  kek_id: string | null;
  wrapped_key: Buffer | null;
  content: Buffer | null;
  shredded_at: string | null;
}

export interface EventRow {
  seq: number;
  tenant_id: string;
  message_id: string;
  type: string;
  status: string;
  occurred_at: string;
  reply_id: string | null;
  case_id: string | null;
  recipient_index: number | null;
  delivery_method: string | null;
  reason: string | null;
}

export interface AuditRow {
  seq: number;
  tenant_id: string;
  at: string;
  action: string;
  actor_type: string;
  actor_id: string;
  message_id: string | null;
  details_json: string;
  previous_hash: string;
  hash: string;
}

export function tenantFromRow(row: TenantRow): TenantRecord {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.created_at,
    policy: parsePolicy(JSON.parse(row.policy_json)),
  };
}

export function credentialFromRow(row: CredentialRow): CredentialRecord {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    secretSha256: row.secret_sha256,
    scopes: row.scopes.split(' ') as Scope[],
    label: row.label,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
  };
}

export function messageFromRow(row: MessageRow): MessageRecord {
  return {
    tenantId: row.tenant_id,
    id: row.id,
    idempotencyKey: row.idempotency_key,
    requestMac: row.request_mac,
    status: row.status as MessageState,
    senderUserId: row.sender_user_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    expiresAt: row.expires_at,
    recipientCount: row.recipient_count,
    attachmentCount: row.attachment_count,
    reference: JSON.parse(row.reference_json) as MessageRecord['reference'],
    findings: JSON.parse(row.findings_json) as MessageRecord['findings'],
    options: JSON.parse(row.options_json) as MessageRecord['options'],
    kekId: row.kek_id,
    wrappedKey: row.wrapped_key,
    content: row.content,
    shreddedAt: row.shredded_at,
  };
}

export function messageToRow(message: MessageRecord): MessageRow {
  return {
    tenant_id: message.tenantId,
    id: message.id,
    idempotency_key: message.idempotencyKey,
    request_mac: message.requestMac,
    status: message.status,
    sender_user_id: message.senderUserId,
    created_at: message.createdAt,
    updated_at: message.updatedAt,
    expires_at: message.expiresAt,
    recipient_count: message.recipientCount,
    attachment_count: message.attachmentCount,
    reference_json: JSON.stringify(message.reference),
    findings_json: JSON.stringify(message.findings),
    options_json: JSON.stringify(message.options),
    kek_id: message.kekId,
    wrapped_key: message.wrappedKey,
    content: message.content,
    shredded_at: message.shreddedAt,
  };
}

export function eventFromRow(row: EventRow): EventRecord {
  return {
    seq: row.seq,
    messageId: row.message_id,
    type: row.type as EventRecord['type'],
    status: row.status as MessageState,
    occurredAt: row.occurred_at,
    ...(row.reply_id ? { replyId: row.reply_id } : {}),
    ...(row.case_id ? { caseId: row.case_id } : {}),
    ...(row.recipient_index !== null ? { recipientIndex: row.recipient_index } : {}),
    ...(row.delivery_method ? { deliveryMethod: row.delivery_method as DeliveryMethod } : {}),
    ...(row.reason ? { reason: row.reason } : {}),
  };
}

export function auditFromRow(row: AuditRow): AuditRecord {
  return {
    seq: row.seq,
    tenantId: row.tenant_id,
    at: row.at,
    action: row.action,
    actorType: row.actor_type as AuditRecord['actorType'],
    actorId: row.actor_id,
    ...(row.message_id ? { messageId: row.message_id } : {}),
    details: JSON.parse(row.details_json) as AuditRecord['details'],
    previousHash: row.previous_hash,
    hash: row.hash,
  };
}
