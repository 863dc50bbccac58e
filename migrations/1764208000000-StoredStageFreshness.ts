import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a page of matters needs to show a stage and next step without rebuilding each row's lifecycle: the
 * committees holding the matter, the meeting date until which the stored stage holds (a scheduled meeting is
 * the only way time alone moves a stage), the eLMS id of that meeting when it is the next step, and the
 * version of the stage rules it was derived under. `stage_rules` is
 * NULL whenever a write in the same transaction changed what the stage is derived from (the matter, its
 * substitute chain, its notices or agenda lines); readers then derive it live. The partial index finds the
 * stages whose meeting has come, for the poll to refresh.
 */
export class StoredStageFreshness1764208000000 implements MigrationInterface {
  name = 'StoredStageFreshness1764208000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE matter ADD COLUMN stage_committees text[], ADD COLUMN stage_holds_until timestamptz, ADD COLUMN stage_next_meeting text,
        ADD COLUMN stage_rules integer;
      CREATE INDEX matter_stage_holds_until_idx ON matter (stage_holds_until) WHERE stage_holds_until IS NOT NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DROP INDEX matter_stage_holds_until_idx; ALTER TABLE matter DROP COLUMN stage_committees, DROP COLUMN stage_holds_until, DROP COLUMN stage_next_meeting, DROP COLUMN stage_rules;`,
    );
  }
}
