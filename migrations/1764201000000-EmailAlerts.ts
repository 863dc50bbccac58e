import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * E-mail alerts: double opt-in subscriptions (address sealed, plus a keyed hash for look-up), a sign-up
 * ledger for rate limits, the events the alert fan-out has taken from the outbox, the messages to send
 * (confirmation, instant, daily digest) and their attempt log.
 */
export class EmailAlerts1764201000000 implements MigrationInterface {
  name = 'EmailAlerts1764201000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE email_alert_subscription (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        email text NOT NULL,
        email_hash text NOT NULL,
        kind text NOT NULL,
        value text NOT NULL,
        frequency text NOT NULL,
        language text NOT NULL,
        status text NOT NULL DEFAULT 'pending',
        confirm_token text,
        unsubscribe_token text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        confirmed_at timestamptz,
        CONSTRAINT email_alert_subscription_pkey PRIMARY KEY (id),
        CONSTRAINT email_alert_subscription_email_hash_kind_value_uq UNIQUE (email_hash, kind, value),
        CONSTRAINT email_alert_subscription_kind_check CHECK (kind IN ('record_number', 'code_chapter', 'title_keyword')),
        CONSTRAINT email_alert_subscription_frequency_check CHECK (frequency IN ('instant', 'daily')),
        CONSTRAINT email_alert_subscription_language_check CHECK (language IN ('en', 'es')),
        CONSTRAINT email_alert_subscription_status_check CHECK (status IN ('pending', 'active'))
      );
      CREATE INDEX email_alert_subscription_pending_idx ON email_alert_subscription (created_at) WHERE status = 'pending';

      CREATE TABLE email_alert_signup (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        email_hash text NOT NULL,
        client_hash text NOT NULL,
        created_at timestamptz NOT NULL,
        CONSTRAINT email_alert_signup_pkey PRIMARY KEY (id)
      );
      CREATE INDEX email_alert_signup_email_hash_idx ON email_alert_signup (email_hash, created_at);
      CREATE INDEX email_alert_signup_client_hash_idx ON email_alert_signup (client_hash, created_at);

      CREATE TABLE email_alert_event (
        event_id uuid NOT NULL,
        taken_at timestamptz NOT NULL,
        CONSTRAINT email_alert_event_pkey PRIMARY KEY (event_id),
        CONSTRAINT email_alert_event_event_id_fkey FOREIGN KEY (event_id) REFERENCES outbox_event (id) ON DELETE CASCADE
      );

      CREATE TABLE email_alert_message (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        subscription_id uuid NOT NULL,
        kind text NOT NULL,
        event_id uuid,
        event_ids uuid[] NOT NULL DEFAULT '{}',
        digest_at timestamptz,
        status text NOT NULL DEFAULT 'pending',
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz,
        locked_until timestamptz,
        last_error text,
        smtp_message_id text,
        created_at timestamptz NOT NULL,
        sent_at timestamptz,
        CONSTRAINT email_alert_message_pkey PRIMARY KEY (id),
        CONSTRAINT email_alert_message_subscription_id_fkey FOREIGN KEY (subscription_id) REFERENCES email_alert_subscription (id) ON DELETE CASCADE,
        CONSTRAINT email_alert_message_kind_check CHECK (kind IN ('confirm', 'instant', 'digest')),
        CONSTRAINT email_alert_message_status_check CHECK (status IN ('pending', 'in_flight', 'sent', 'dead'))
      );
      CREATE UNIQUE INDEX email_alert_message_instant_uq ON email_alert_message (subscription_id, event_id) WHERE kind = 'instant';
      CREATE UNIQUE INDEX email_alert_message_digest_uq ON email_alert_message (subscription_id, digest_at) WHERE kind = 'digest';
      CREATE INDEX email_alert_message_due_idx ON email_alert_message (next_attempt_at) WHERE status IN ('pending', 'in_flight');

      CREATE TABLE email_alert_attempt (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        message_id uuid NOT NULL,
        attempt integer NOT NULL,
        started_at timestamptz NOT NULL,
        ok boolean NOT NULL,
        smtp_response text,
        error text,
        CONSTRAINT email_alert_attempt_pkey PRIMARY KEY (id),
        CONSTRAINT email_alert_attempt_message_id_fkey FOREIGN KEY (message_id) REFERENCES email_alert_message (id) ON DELETE CASCADE
      );
      CREATE INDEX email_alert_attempt_message_id_idx ON email_alert_attempt (message_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DROP TABLE email_alert_attempt; DROP TABLE email_alert_message; DROP TABLE email_alert_event; DROP TABLE email_alert_signup; DROP TABLE email_alert_subscription;`,
    );
  }
}
