import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Fills the search vectors of rows stored before FullTextSearch (data only; the triggers keep new rows).
 * Setting the column fires the triggers, which compute it; a batch per statement is fine at the city's
 * size (tens of thousands of matters, documents only of tracked ones).
 */
export class FullTextSearchBackfill1764202000001 implements MigrationInterface {
  name = 'FullTextSearchBackfill1764202000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE matter SET search_vector = NULL WHERE search_vector IS NULL`);
    await q.query(`UPDATE matter_document SET search_vector = NULL WHERE search_vector IS NULL`);
  }

  async down(): Promise<void> {
    // Nothing to undo: the vectors go with their columns when FullTextSearch is reverted.
  }
}
