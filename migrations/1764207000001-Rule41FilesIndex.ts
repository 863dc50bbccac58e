import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rule 41 notices are meeting files named after their matter ("Rule 41 Hadden O2026-0024083_1 (1).pdf"). The
 * lifecycle of every page of matters, and the sync's notice events, look them up with
 * `file_name ~* 'rule\s*41'` joined to record numbers by a `LIKE` on the file name, which no index can serve:
 * each look-up read every meeting file and ran the regular expression on it. This partial index holds only the
 * notices (a few in a thousand files), and the planner reads it whenever a query carries the same condition.
 * With 30,000 meeting files (97 notices) the look-up for a page of 20 matters took 80 ms (78 ms of it the
 * regular expression over every file) and 2.5 ms with this index.
 */
export class Rule41FilesIndex1764207000001 implements MigrationInterface {
  name = 'Rule41FilesIndex1764207000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX meeting_file_rule41_idx ON meeting_file (meeting_id) INCLUDE (file_name, path) WHERE file_name ~* 'rule\\s*41'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX meeting_file_rule41_idx`);
  }
}
