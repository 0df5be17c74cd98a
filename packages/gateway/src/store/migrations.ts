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
];
