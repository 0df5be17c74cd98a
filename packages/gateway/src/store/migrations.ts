/**
 * The schema, as numbered migrations applied in order and recorded in schema_migrations.
 * Never edit a migration that has shipped: add the next one.
 *
 * What is clear text and why: ids, statuses, timestamps, counts, Salesforce ids (user, Case) and
 * PHI categories are metadata the org needs for status and audit. Everything a person wrote or
 * is addressed by (subject, body, recipients, sender name and email, attachments, override
 * reasons, replies) is only in `content`, sealed with the message's data key.
 */
export const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'tenants, credentials, messages, events, audit',
    sql: `
      CREATE TABLE tenants (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        created_at TEXT NOT NULL,
        policy_json TEXT NOT NULL
      ) STRICT;

      CREATE TABLE credentials (
        id TEXT PRIMARY KEY,
        tenant_id TEXT NOT NULL REFERENCES tenants(id),
        secret_sha256 BLOB NOT NULL,
        scopes TEXT NOT NULL,
        label TEXT NOT NULL,
        created_at TEXT NOT NULL,
        revoked_at TEXT
      ) STRICT;
      CREATE INDEX credentials_by_tenant ON credentials(tenant_id);

      CREATE TABLE messages (
        tenant_id TEXT NOT NULL REFERENCES tenants(id),
        id TEXT NOT NULL,
        idempotency_key TEXT NOT NULL,
        request_mac BLOB,
        status TEXT NOT NULL,
        sender_user_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        recipient_count INTEGER NOT NULL,
        attachment_count INTEGER NOT NULL,
        reference_json TEXT NOT NULL,
        findings_json TEXT NOT NULL,
        options_json TEXT NOT NULL,
        kek_id TEXT,
        wrapped_key BLOB,
        content BLOB,
        shredded_at TEXT,
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, idempotency_key)
      ) STRICT;
      CREATE INDEX messages_to_expire ON messages(expires_at) WHERE wrapped_key IS NOT NULL;
      CREATE INDEX messages_by_kek ON messages(kek_id) WHERE wrapped_key IS NOT NULL;

      CREATE TABLE events (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        tenant_id TEXT NOT NULL,
        message_id TEXT NOT NULL,
        type TEXT NOT NULL,
        status TEXT NOT NULL,
        occurred_at TEXT NOT NULL,
        reply_id TEXT,
        case_id TEXT
      ) STRICT;
      CREATE INDEX events_by_tenant ON events(tenant_id, seq);

      CREATE TABLE audit (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        tenant_id TEXT NOT NULL,
        at TEXT NOT NULL,
        action TEXT NOT NULL,
        actor_type TEXT NOT NULL,
        actor_id TEXT NOT NULL,
        message_id TEXT,
        details_json TEXT NOT NULL,
        previous_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audit_by_tenant ON audit(tenant_id, seq);
      -- The newest entry of each tenant's chain: deleting the tail of a chain is detectable.
      CREATE TABLE audit_heads (
        tenant_id TEXT PRIMARY KEY,
        seq INTEGER NOT NULL,
        hash TEXT NOT NULL
      ) STRICT;
      -- Append-only for the application; the hash chain catches anyone who edits the file.
      CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
        BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
      CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
        BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
    `,
  },
  {
    version: 2,
    name: 'deliveries, recipient verification, portal sessions, replies, domain probes',
    sql: `
      -- One row per recipient: the delivery queue. A row is due when pending and its
      -- next_attempt_at has passed; lease_until keeps two workers (or a restarted one) from
      -- sending it twice at once. The recipient's address is only in the sealed content.
      CREATE TABLE deliveries (
        tenant_id TEXT NOT NULL,
        message_id TEXT NOT NULL,
        recipient_index INTEGER NOT NULL,
        state TEXT NOT NULL,
        method TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT,
        lease_until TEXT,
        last_error TEXT,
        link_sha256 BLOB NOT NULL UNIQUE,
        address_mac BLOB NOT NULL,
        delivered_at TEXT,
        opened_at TEXT,
        replied_at TEXT,
        verify_failures INTEGER NOT NULL DEFAULT 0,
        locked_at TEXT,
        PRIMARY KEY (tenant_id, message_id, recipient_index),
        FOREIGN KEY (tenant_id, message_id) REFERENCES messages(tenant_id, id)
      ) STRICT;
      CREATE INDEX deliveries_due ON deliveries(next_attempt_at) WHERE state = 'pending';

      -- One-time codes, kept as MACs. Rows stay after use: they are the rate limiter's memory.
      CREATE TABLE verification_codes (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        tenant_id TEXT NOT NULL,
        message_id TEXT NOT NULL,
        recipient_index INTEGER NOT NULL,
        address_mac BLOB NOT NULL,
        code_mac BLOB NOT NULL,
        issued_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        used_at TEXT
      ) STRICT;
      CREATE INDEX codes_by_delivery ON verification_codes(tenant_id, message_id, recipient_index, issued_at);
      CREATE INDEX codes_by_address ON verification_codes(address_mac, issued_at);

      CREATE TABLE portal_sessions (
        id_sha256 BLOB PRIMARY KEY,
        tenant_id TEXT NOT NULL,
        message_id TEXT NOT NULL,
        recipient_index INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        last_seen_at TEXT NOT NULL,
        ended_at TEXT
      ) STRICT;

      -- A reply is sealed under its thread's data key: rotation re-wraps it with the message,
      -- and revoking or expiring the message destroys it too.
      CREATE TABLE replies (
        tenant_id TEXT NOT NULL,
        id TEXT NOT NULL,
        message_id TEXT NOT NULL,
        recipient_index INTEGER NOT NULL,
        received_at TEXT NOT NULL,
        attachment_count INTEGER NOT NULL,
        content BLOB,
        PRIMARY KEY (tenant_id, id)
      ) STRICT;
      CREATE INDEX replies_by_message ON replies(tenant_id, message_id, received_at);

      -- What a recipient domain's mail server offered, keyed by a MAC of the domain.
      CREATE TABLE domain_probes (
        domain_mac BLOB PRIMARY KEY,
        tls INTEGER NOT NULL,
        outcome TEXT NOT NULL,
        probed_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
      ) STRICT;

      ALTER TABLE events ADD COLUMN recipient_index INTEGER;
      ALTER TABLE events ADD COLUMN delivery_method TEXT;
      ALTER TABLE events ADD COLUMN reason TEXT;
    `,
  },
];
