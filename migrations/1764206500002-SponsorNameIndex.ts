import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The `sponsor` filter finds the few distinct sponsor names that contain the text (a skip scan of this index,
 * one probe per name) and then the sponsor rows of those names from the same index without touching the table:
 * 4–8 ms for an alder on 8,000 of 400,000 sponsor rows, where the trigram index of MatterScaleIndexes still
 * visited every matching row (13–18 ms warm, 80 ms cold). The trigram index on sponsor_name has no other use.
 */
export class SponsorNameIndex1764206500002 implements MigrationInterface {
  name = 'SponsorNameIndex1764206500002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX matter_sponsor_name_matter_idx ON matter_sponsor (sponsor_name, matter_id);
      DROP INDEX matter_sponsor_name_trgm_idx;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX matter_sponsor_name_trgm_idx ON matter_sponsor USING gin (sponsor_name gin_trgm_ops);
      DROP INDEX matter_sponsor_name_matter_idx;
    `);
  }
}
