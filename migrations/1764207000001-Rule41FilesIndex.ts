import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rule 41 notices are meeting files named after their matter ("Rule 41 Hadden O2026-0024083_1 (1).pdf"). The
 * lifecycle of every page of matters, and the sync's notice events, look them up with
 * `file_name ~* 'rule\s*41'` and `upper(file_name) LIKE '%' || record_number || '%'`. Without an index each
 * look-up read every meeting file and ran the regular expression on it; with only the notices indexed it still
 * tried every notice against every record number. This partial trigram index holds only the notices (the
 * planner reads it whenever a query carries the same `~*` condition) and answers the `LIKE` per record number.
 * A page of 20 matters: 80 ms with 30,000 files and no index; at 40,000 files of which 1,000 notices, 13.5 ms
 * with a partial btree and 0.5–1.7 ms with this one.
 */
export class Rule41FilesIndex1764207000001 implements MigrationInterface {
  name = 'Rule41FilesIndex1764207000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX meeting_file_rule41_idx ON meeting_file USING gin (upper(file_name) gin_trgm_ops) WHERE file_name ~* 'rule\\s*41'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX meeting_file_rule41_idx`);
  }
}
