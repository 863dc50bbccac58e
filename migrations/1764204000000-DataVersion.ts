import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One row whose version goes up in every transaction that changes what the public reads (a sync
 * batch, a stage refresh, a code or document change, a tracking rule): api processes key their
 * response caches by it, so a commit invalidates every cached answer on every process at once.
 */
export class DataVersion1764204000000 implements MigrationInterface {
  name = 'DataVersion1764204000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE data_version (
        id smallint NOT NULL DEFAULT 1,
        version bigint NOT NULL DEFAULT 1,
        changed_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT data_version_pkey PRIMARY KEY (id),
        CONSTRAINT data_version_single_row CHECK (id = 1)
      );
      INSERT INTO data_version (id) VALUES (1);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE data_version;`);
  }
}
