import { MigrationInterface, QueryRunner } from 'typeorm';

/** Records that failed validation or could not be written, kept raw; and the runs that met them. */
export class Quarantine1764110000000 implements MigrationInterface {
  name = 'Quarantine1764110000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE quarantined_record (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        kind text NOT NULL,
        source_key text NOT NULL,
        source_id text,
        url text NOT NULL,
        field_path text NOT NULL,
        message text NOT NULL,
        issues jsonb NOT NULL DEFAULT '[]'::jsonb,
        body_gzip bytea NOT NULL,
        content_hash text NOT NULL,
        first_seen_at timestamptz NOT NULL,
        last_seen_at timestamptz NOT NULL,
        times_seen integer NOT NULL DEFAULT 1,
        first_run_id uuid,
        last_run_id uuid,
        CONSTRAINT quarantined_record_pkey PRIMARY KEY (id),
        CONSTRAINT quarantined_record_kind_source_key_uq UNIQUE (kind, source_key)
      );
      CREATE INDEX quarantined_record_last_seen_at_idx ON quarantined_record (last_seen_at DESC);
      ALTER TABLE scrape_run ADD COLUMN quarantined integer NOT NULL DEFAULT 0;
      ALTER TABLE scrape_run DROP CONSTRAINT scrape_run_status_check;
      ALTER TABLE scrape_run ADD CONSTRAINT scrape_run_status_check CHECK (status IN ('running', 'succeeded', 'partial', 'failed', 'interrupted'));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE scrape_run SET status = 'succeeded' WHERE status = 'partial';
      ALTER TABLE scrape_run DROP CONSTRAINT scrape_run_status_check;
      ALTER TABLE scrape_run ADD CONSTRAINT scrape_run_status_check CHECK (status IN ('running', 'succeeded', 'failed', 'interrupted'));
      ALTER TABLE scrape_run DROP COLUMN quarantined;
      DROP TABLE quarantined_record;
    `);
  }
}
