import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every sync step looks up the substitute chains of its matters through `relations` (one containment probe per
 * record number). With GIN's fast-update pending list, each probe also reads the whole unmerged list, which a
 * sync keeps refilling: at 5,000 matters a step's 50 probes took 12–16 ms, against 0.5 ms with the list merged.
 * A matter's `relations` holds one to three record numbers, so writing them straight into the index costs less
 * than scanning the list on every read.
 */
export class RelationsIndexDirectWrites1764207000000 implements MigrationInterface {
  name = 'RelationsIndexDirectWrites1764207000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER INDEX matter_relations_gin_idx SET (fastupdate = off);
      SELECT gin_clean_pending_list('matter_relations_gin_idx'::regclass);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER INDEX matter_relations_gin_idx RESET (fastupdate);`);
  }
}
