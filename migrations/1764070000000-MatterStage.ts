import { MigrationInterface, QueryRunner } from 'typeorm';

/** The derived lifecycle stage, stored so matters can be filtered and sorted by it. */
export class MatterStage1764070000000 implements MigrationInterface {
  name = 'MatterStage1764070000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE matter ADD COLUMN stage text, ADD COLUMN stage_since timestamptz, ADD COLUMN stage_computed_at timestamptz;
      CREATE INDEX matter_stage_idx ON matter (stage);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DROP INDEX matter_stage_idx; ALTER TABLE matter DROP COLUMN stage, DROP COLUMN stage_since, DROP COLUMN stage_computed_at;`,
    );
  }
}
