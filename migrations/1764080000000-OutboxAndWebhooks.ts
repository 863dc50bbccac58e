import { MigrationInterface, QueryRunner } from 'typeorm';

export class OutboxAndWebhooks1764080000000 implements MigrationInterface {
  name = 'OutboxAndWebhooks1764080000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outbox_event (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        type text NOT NULL,
        schema_version integer NOT NULL DEFAULT 1,
        dedup_key text NOT NULL,
        subject text,
        body text NOT NULL,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        dispatched_at timestamptz,
        CONSTRAINT outbox_event_pkey PRIMARY KEY (id),
        CONSTRAINT outbox_event_dedup_key_uq UNIQUE (dedup_key)
      );
      CREATE INDEX outbox_event_undispatched_idx ON outbox_event (occurred_at) WHERE dispatched_at IS NULL;

      CREATE TABLE webhook_subscription (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        url text NOT NULL,
        event_types text[] NOT NULL,
        record_numbers text[] NOT NULL DEFAULT '{}',
        tracked_only boolean NOT NULL DEFAULT false,
        chapter text,
        secret text NOT NULL,
        status text NOT NULL DEFAULT 'active',
        disabled_reason text,
        failing_since timestamptz,
        created_by text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT webhook_subscription_pkey PRIMARY KEY (id),
        CONSTRAINT webhook_subscription_status_check CHECK (status IN ('active', 'paused', 'disabled'))
      );

      CREATE TABLE webhook_delivery (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        subscription_id uuid NOT NULL,
        event_id uuid NOT NULL,
        message_id text NOT NULL,
        status text NOT NULL DEFAULT 'pending',
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz,
        locked_until timestamptz,
        last_status_code integer,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        delivered_at timestamptz,
        CONSTRAINT webhook_delivery_pkey PRIMARY KEY (id),
        CONSTRAINT webhook_delivery_subscription_id_fkey FOREIGN KEY (subscription_id) REFERENCES webhook_subscription (id) ON DELETE CASCADE,
        CONSTRAINT webhook_delivery_event_id_fkey FOREIGN KEY (event_id) REFERENCES outbox_event (id) ON DELETE CASCADE,
        CONSTRAINT webhook_delivery_subscription_id_event_id_uq UNIQUE (subscription_id, event_id),
        CONSTRAINT webhook_delivery_status_check CHECK (status IN ('pending', 'in_flight', 'succeeded', 'dead'))
      );
      CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (next_attempt_at) WHERE status IN ('pending', 'in_flight');

      CREATE TABLE webhook_delivery_attempt (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        delivery_id uuid NOT NULL,
        attempt integer NOT NULL,
        started_at timestamptz NOT NULL,
        status_code integer,
        latency_ms integer,
        response_snippet text,
        error text,
        CONSTRAINT webhook_delivery_attempt_pkey PRIMARY KEY (id),
        CONSTRAINT webhook_delivery_attempt_delivery_id_fkey FOREIGN KEY (delivery_id) REFERENCES webhook_delivery (id) ON DELETE CASCADE
      );
      CREATE INDEX webhook_delivery_attempt_delivery_id_idx ON webhook_delivery_attempt (delivery_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DROP TABLE webhook_delivery_attempt; DROP TABLE webhook_delivery; DROP TABLE webhook_subscription; DROP TABLE outbox_event;`,
    );
  }
}
