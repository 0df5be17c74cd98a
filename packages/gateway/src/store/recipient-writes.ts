/**
 * Writes made for recipients: the delivery queue, one-time codes, portal sessions, replies and
 * domain probes. Every check that guards a limit (codes issued, wrong codes, a lock) is made in
 * the same transaction as the write it guards, so concurrent requests cannot race past it.
 */
import { recipientAudit } from '../audit/recipient-audit.ts';
import { ChainedWrites, blob } from './chained-writes.ts';
import {
  type ClaimedDelivery,
  type CodeCheck,
  type CodeIssue,
  type CodeLimits,
  type DeliveryDraft,
  type DeliveryKey,
  type DeliverySettlement,
  MOVES_FROM,
  type ProbeRecord,
  type ReplyRecord,
  type SessionStart,
} from './delivery-records.ts';
import type { AuditDraft, DeliveryMethod, EventDraft, MessageState } from './records.ts';

const KEY_WHERE = 'tenant_id = ? AND message_id = ? AND recipient_index = ?';

export class RecipientWrites extends ChainedWrites {
  protected insertDeliveries(
    tenantId: string,
    messageId: string,
    at: string,
    drafts: readonly DeliveryDraft[],
  ): void {
    const insert = this.sql.get(
      "INSERT INTO deliveries (tenant_id, message_id, recipient_index, state, next_attempt_at, link_sha256, address_mac) VALUES (?, ?, ?, 'pending', ?, ?, ?)",
    );
    for (const d of drafts) {
      insert.run(tenantId, messageId, d.recipientIndex, at, blob(d.linkSha256), blob(d.addressMac));
    }
  }

  /** Leases up to `limit` due deliveries until `leaseUntil`; a crashed sender's lease lapses. */
  claimDeliveries(now: string, leaseUntil: string, limit: number): ClaimedDelivery[] {
    const due = this.sql
      .get<
        [string, string, number],
        { tenant_id: string; message_id: string; recipient_index: number; attempts: number }
      >(
        `SELECT tenant_id, message_id, recipient_index, attempts FROM deliveries
         WHERE state = 'pending' AND next_attempt_at <= ? AND (lease_until IS NULL OR lease_until <= ?)
         ORDER BY next_attempt_at LIMIT ?`,
      )
      .all(now, now, limit);
    const lease = this.sql.get(`UPDATE deliveries SET lease_until = ? WHERE ${KEY_WHERE}`);
    return due.map((row) => {
      lease.run(leaseUntil, row.tenant_id, row.message_id, row.recipient_index);
      return {
        tenantId: row.tenant_id,
        messageId: row.message_id,
        recipientIndex: row.recipient_index,
        attempts: row.attempts,
      };
    });
  }

  /** Records one attempt's outcome; false when the delivery was no longer pending. */
  settleDelivery(
    key: DeliveryKey,
    settlement: DeliverySettlement,
    at: string,
    caseId: string,
    audit: readonly AuditDraft[],
  ): boolean {
    const k = keyArgs(key);
    const where = `WHERE ${KEY_WHERE} AND state = 'pending'`;
    let changes: number;
    switch (settlement.kind) {
      case 'sent':
        changes = this.sql
          .get(
            `UPDATE deliveries SET state = 'sent', method = ?, delivered_at = ?, attempts = attempts + 1,
             lease_until = NULL, next_attempt_at = NULL, last_error = NULL ${where}`,
          )
          .run(settlement.method, at, ...k).changes;
        break;
      case 'retry':
        changes = this.sql
          .get(
            `UPDATE deliveries SET attempts = attempts + 1, next_attempt_at = ?, lease_until = NULL,
             last_error = ? ${where}`,
          )
          .run(settlement.nextAttemptAt, settlement.error, ...k).changes;
        break;
      case 'failed':
      case 'cancelled':
        changes = this.sql
          .get(
            `UPDATE deliveries SET state = ?, attempts = attempts + ?, lease_until = NULL,
             next_attempt_at = NULL, last_error = ? ${where}`,
          )
          .run(
            settlement.kind,
            settlement.kind === 'failed' ? 1 : 0,
            settlement.kind === 'failed' ? settlement.error : null,
            ...k,
          ).changes;
        break;
    }
    if (changes === 0) return false;
    if (settlement.kind === 'sent') {
      this.recipientEvent(
        key,
        at,
        caseId,
        'delivered',
        {
          from: ['queued'],
          to: settlement.method === 'tls' ? 'delivered_tls' : 'awaiting_pickup',
        },
        { deliveryMethod: settlement.method },
      );
    } else if (settlement.kind === 'failed') {
      // The message fails only when no recipient is left who got it or still might.
      const open = this.sql
        .get<[string, string, number], { n: number }>(
          `SELECT count(*) AS n FROM deliveries WHERE tenant_id = ? AND message_id = ? AND state IN ('pending', 'sent') AND recipient_index <> ?`,
        )
        .get(key.tenantId, key.messageId, key.recipientIndex);
      const move =
        open?.n === 0 ? { from: ['queued'] as MessageState[], to: 'failed' as const } : undefined;
      this.recipientEvent(key, at, caseId, 'delivery_failed', move, { reason: settlement.error });
    }
    this.appendAudit(audit);
    return true;
  }

  recordProbe(probe: ProbeRecord): void {
    this.sql
      .get(
        `INSERT INTO domain_probes (domain_mac, tls, outcome, probed_at, expires_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (domain_mac) DO UPDATE SET tls = excluded.tls, outcome = excluded.outcome,
         probed_at = excluded.probed_at, expires_at = excluded.expires_at`,
      )
      .run(
        blob(probe.domainMac),
        probe.tls ? 1 : 0,
        probe.outcome,
        probe.probedAt,
        probe.expiresAt,
      );
  }

  forgetProbe(domainMac: Uint8Array): void {
    this.sql.get('DELETE FROM domain_probes WHERE domain_mac = ?').run(blob(domainMac));
  }

  issueCode(
    key: DeliveryKey,
    codeMac: Uint8Array,
    at: string,
    expiresAt: string,
    limits: CodeLimits,
  ): CodeIssue {
    const delivery = this.deliveryRow(key);
    if (!delivery || delivery.locked_at !== null) return 'locked';
    const forRecipient = this.sql
      .get<[string, string, number, string], { n: number }>(
        `SELECT count(*) AS n FROM verification_codes WHERE ${KEY_WHERE} AND issued_at > ?`,
      )
      .get(...keyArgs(key), limits.perRecipient.since);
    if ((forRecipient?.n ?? 0) >= limits.perRecipient.max) return 'too-many-for-recipient';
    const forAddress = this.sql
      .get<[Buffer, string], { n: number }>(
        'SELECT count(*) AS n FROM verification_codes WHERE address_mac = ? AND issued_at > ?',
      )
      .get(delivery.address_mac, limits.perAddress.since);
    if ((forAddress?.n ?? 0) >= limits.perAddress.max) return 'too-many-for-address';
    this.sql
      .get(
        `INSERT INTO verification_codes (tenant_id, message_id, recipient_index, address_mac, code_mac, issued_at, expires_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(...keyArgs(key), delivery.address_mac, blob(codeMac), at, expiresAt);
    return 'issued';
  }

  /**
   * Checks a code. Right: the code is spent and a session starts. Wrong: the failure is counted
   * and audited, and the `maxFailures`th locks the link for good.
   */
  checkCode(start: SessionStart, codeMac: Uint8Array, maxFailures: number): CodeCheck {
    const delivery = this.deliveryRow(start);
    if (!delivery || delivery.locked_at !== null) return { result: 'locked' };
    const code = this.sql
      .get<
        [string, string, number, Buffer],
        { id: number; expires_at: string; used_at: string | null }
      >(
        `SELECT id, expires_at, used_at FROM verification_codes WHERE ${KEY_WHERE} AND code_mac = ?
         ORDER BY id DESC LIMIT 1`,
      )
      .get(...keyArgs(start), blob(codeMac));
    if (code && code.used_at === null && code.expires_at > start.at) {
      this.sql.get('UPDATE verification_codes SET used_at = ? WHERE id = ?').run(start.at, code.id);
      this.startSession(start);
      return { result: 'verified' };
    }
    if (code && code.used_at === null) return { result: 'expired' };
    const failures = delivery.verify_failures + 1;
    const locked = failures >= maxFailures;
    this.sql
      .get(`UPDATE deliveries SET verify_failures = ?, locked_at = ? WHERE ${KEY_WHERE}`)
      .run(failures, locked ? start.at : null, ...keyArgs(start));
    this.appendAudit([
      recipientAudit(start, start.at, 'message.verify_fail', {
        failures,
        locked,
      }),
    ]);
    return locked ? { result: 'locked' } : { result: 'wrong', triesLeft: maxFailures - failures };
  }

  /** A verified recipient's session; the first one is the message's read receipt. */
  startSession(start: SessionStart): void {
    this.sql
      .get(
        `INSERT INTO portal_sessions (id_sha256, tenant_id, message_id, recipient_index, created_at, last_seen_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(blob(start.sessionSha256), ...keyArgs(start), start.at, start.at);
    const firstOpen = this.sql
      .get(`UPDATE deliveries SET opened_at = ? WHERE ${KEY_WHERE} AND opened_at IS NULL`)
      .run(start.at, ...keyArgs(start)).changes;
    if (firstOpen > 0) {
      this.recipientEvent(start, start.at, start.caseId, 'opened', {
        from: MOVES_FROM.opened,
        to: 'opened',
      });
    }
    this.appendAudit([
      recipientAudit(start, start.at, 'message.open', {
        firstOpen: firstOpen > 0,
      }),
    ]);
  }

  /** The session's key when it is live (and marks it seen); ends it when idle too long. */
  touchSession(sessionSha256: Uint8Array, at: string, idleSince: string): DeliveryKey | undefined {
    const row = this.sql
      .get<
        [Buffer],
        {
          tenant_id: string;
          message_id: string;
          recipient_index: number;
          last_seen_at: string;
          ended_at: string | null;
        }
      >(
        'SELECT tenant_id, message_id, recipient_index, last_seen_at, ended_at FROM portal_sessions WHERE id_sha256 = ?',
      )
      .get(blob(sessionSha256));
    if (!row || row.ended_at !== null) return undefined;
    if (row.last_seen_at <= idleSince) {
      this.endSession(sessionSha256, at);
      return undefined;
    }
    this.sql
      .get('UPDATE portal_sessions SET last_seen_at = ? WHERE id_sha256 = ?')
      .run(at, blob(sessionSha256));
    return {
      tenantId: row.tenant_id,
      messageId: row.message_id,
      recipientIndex: row.recipient_index,
    };
  }

  endSession(sessionSha256: Uint8Array, at: string): void {
    this.sql
      .get('UPDATE portal_sessions SET ended_at = ? WHERE id_sha256 = ? AND ended_at IS NULL')
      .run(at, blob(sessionSha256));
  }

  insertReply(reply: ReplyRecord, caseId: string): void {
    this.sql
      .get(
        `INSERT INTO replies (tenant_id, id, message_id, recipient_index, received_at, attachment_count, content)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        reply.tenantId,
        reply.id,
        reply.messageId,
        reply.recipientIndex,
        reply.receivedAt,
        reply.attachmentCount,
        blob(reply.content),
      );
    this.sql
      .get(`UPDATE deliveries SET replied_at = coalesce(replied_at, ?) WHERE ${KEY_WHERE}`)
      .run(reply.receivedAt, ...keyArgs(reply));
    this.recipientEvent(
      reply,
      reply.receivedAt,
      caseId,
      'reply_received',
      { from: MOVES_FROM.replied, to: 'replied' },
      { replyId: reply.id },
    );
    this.appendAudit([
      recipientAudit(reply, reply.receivedAt, 'message.reply', {
        replyId: reply.id,
        attachmentCount: reply.attachmentCount,
      }),
    ]);
  }

  /** Destroys what a shredded message's recipients could still reach; unsent mail stays unsent. */
  protected shredRecipientData(tenantId: string, messageId: string, at: string): void {
    this.sql
      .get(
        "UPDATE deliveries SET state = 'cancelled', lease_until = NULL, next_attempt_at = NULL WHERE tenant_id = ? AND message_id = ? AND state = 'pending'",
      )
      .run(tenantId, messageId);
    this.sql
      .get('UPDATE replies SET content = NULL WHERE tenant_id = ? AND message_id = ?')
      .run(tenantId, messageId);
    this.sql
      .get(
        'UPDATE portal_sessions SET ended_at = ? WHERE tenant_id = ? AND message_id = ? AND ended_at IS NULL',
      )
      .run(at, tenantId, messageId);
  }

  /**
   * A per-recipient event, preceded by a status_changed event when it moves the message
   * (the move happens only from one of `move.from`, so the feed never goes backwards).
   */
  private recipientEvent(
    key: DeliveryKey,
    at: string,
    caseId: string,
    type: EventDraft['type'],
    move: { from: readonly MessageState[]; to: MessageState } | undefined,
    extra: { deliveryMethod?: DeliveryMethod; reason?: string; replyId?: string } = {},
  ): void {
    if (move) {
      const placeholders = move.from.map(() => '?').join(', ');
      const moved = this.sql
        .get(
          `UPDATE messages SET status = ?, updated_at = ? WHERE tenant_id = ? AND id = ? AND status IN (${placeholders})`,
        )
        .run(move.to, at, key.tenantId, key.messageId, ...move.from).changes;
      if (moved > 0) {
        this.insertEvent(key.tenantId, {
          messageId: key.messageId,
          type: 'status_changed',
          status: move.to,
          occurredAt: at,
          caseId,
        });
      }
    }
    const status = this.sql
      .get<[string, string], { status: MessageState }>(
        'SELECT status FROM messages WHERE tenant_id = ? AND id = ?',
      )
      .get(key.tenantId, key.messageId);
    this.insertEvent(key.tenantId, {
      messageId: key.messageId,
      type,
      status: status?.status ?? 'queued',
      occurredAt: at,
      caseId,
      recipientIndex: key.recipientIndex,
      ...extra,
    });
  }

  private deliveryRow(key: DeliveryKey) {
    return this.sql
      .get<
        [string, string, number],
        { address_mac: Buffer; locked_at: string | null; verify_failures: number }
      >(`SELECT address_mac, locked_at, verify_failures FROM deliveries WHERE ${KEY_WHERE}`)
      .get(...keyArgs(key));
  }
}

function keyArgs(key: DeliveryKey): [string, string, number] {
  return [key.tenantId, key.messageId, key.recipientIndex];
}
