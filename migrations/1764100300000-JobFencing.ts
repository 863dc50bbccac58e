import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Fencing tokens for singleton jobs: every time a worker takes a job's lock the token goes up, and
 * a run records the token it holds, so a run whose lock was lost can neither commit nor mark others.
 */
export class JobFencing1764100300000 implements MigrationInterface {
  name = 'JobFencing1764100300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE job_lock (
        name text NOT NULL,
        token bigint NOT NULL,
        acquired_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT job_lock_pkey PRIMARY KEY (name)
      );
      ALTER TABLE scrape_run ADD COLUMN fence_token bigint;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE scrape_run DROP COLUMN fence_token; DROP TABLE job_lock;`);
  }
}
