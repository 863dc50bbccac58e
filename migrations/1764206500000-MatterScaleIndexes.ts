import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * At 200,000 matters the substring filters read every row: `sponsor` (ILIKE '%name%' on sponsor rows and
 * the filing sponsor), `chapter` (a regular expression on the title) and the tracking rules (`tracked`, `/`:
 * a chapter regex and a keyword ILIKE per rule). Trigram GIN indexes answer ILIKE and regular expressions
 * with any literal of three characters or more, so these read only the rows that can match. pg_trgm is a
 * trusted extension (a database owner may create it); PGlite loads it in openPGlite.
 */
export class MatterScaleIndexes1764206500000 implements MigrationInterface {
  name = 'MatterScaleIndexes1764206500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE EXTENSION IF NOT EXISTS pg_trgm;
      CREATE INDEX matter_title_trgm_idx ON matter USING gin (title gin_trgm_ops);
      CREATE INDEX matter_filing_sponsor_trgm_idx ON matter USING gin (filing_sponsor gin_trgm_ops);
      CREATE INDEX matter_sponsor_name_trgm_idx ON matter_sponsor USING gin (sponsor_name gin_trgm_ops);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX matter_sponsor_name_trgm_idx;
      DROP INDEX matter_filing_sponsor_trgm_idx;
      DROP INDEX matter_title_trgm_idx;
      DROP EXTENSION IF EXISTS pg_trgm;
    `);
  }
}
