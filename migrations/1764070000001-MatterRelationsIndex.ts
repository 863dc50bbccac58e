import { MigrationInterface, QueryRunner } from 'typeorm';

/** Substitute chains are looked up through `relations` (array containment), which needs a GIN index. */
export class MatterRelationsIndex1764070000001 implements MigrationInterface {
  name = 'MatterRelationsIndex1764070000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX matter_relations_gin_idx ON matter USING gin (relations);
      CREATE INDEX matter_superseded_by_idx ON matter (superseded_by);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX matter_superseded_by_idx; DROP INDEX matter_relations_gin_idx;`);
  }
}
