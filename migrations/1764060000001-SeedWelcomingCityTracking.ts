import { MigrationInterface, QueryRunner } from 'typeorm';

/** Data, kept apart from schema changes: the watchlist starts with the Welcoming City amendment. */
export class SeedWelcomingCityTracking1764060000001 implements MigrationInterface {
  name = 'SeedWelcomingCityTracking1764060000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      INSERT INTO tracking_rule (kind, value, note, created_by) VALUES
        ('record_number', 'O2023-0004222', 'Welcoming City Ordinance amendment (Rule 41, Council vote 2025-01-15)', 'seed'),
        ('code_chapter', '2-173', 'Welcoming City Ordinance, Municipal Code chapter 2-173', 'seed'),
        ('title_keyword', 'Welcoming City', 'Any matter naming the Welcoming City Ordinance', 'seed')
      ON CONFLICT (kind, value) DO NOTHING;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM tracking_rule WHERE created_by = 'seed'`);
  }
}
