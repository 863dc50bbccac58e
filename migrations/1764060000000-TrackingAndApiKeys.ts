import { MigrationInterface, QueryRunner } from 'typeorm';

export class TrackingAndApiKeys1764060000000 implements MigrationInterface {
  name = 'TrackingAndApiKeys1764060000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE tracking_rule (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        kind text NOT NULL,
        value text NOT NULL,
        note text,
        created_by text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT tracking_rule_pkey PRIMARY KEY (id),
        CONSTRAINT tracking_rule_kind_check CHECK (kind IN ('record_number', 'code_chapter', 'title_keyword')),
        CONSTRAINT tracking_rule_kind_value_uq UNIQUE (kind, value)
      );

      CREATE TABLE api_key (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        name text NOT NULL,
        prefix text NOT NULL,
        key_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        revoked_at timestamptz,
        CONSTRAINT api_key_pkey PRIMARY KEY (id),
        CONSTRAINT api_key_key_hash_uq UNIQUE (key_hash)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE api_key; DROP TABLE tracking_rule;`);
  }
}
