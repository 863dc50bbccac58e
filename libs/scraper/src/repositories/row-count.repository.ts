import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/**
 * Tables whose rows are only ever inserted or updated in place (by natural key), never deleted:
 * fewer rows than a run left means rows were lost underneath the application.
 */
export const GROWING_TABLES = ['matter', 'meeting', 'person'] as const;
export type GrowingTable = (typeof GROWING_TABLES)[number];
export type RowCounts = Record<GrowingTable, number>;

/** Counts only (no run id or time): two runs that leave the same rows leave the same state. */
export interface StoredRowCounts {
  counts: RowCounts;
}

const STATE_KEY = 'integrity.row_counts';

@Injectable()
export class RowCountRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async count(): Promise<RowCounts> {
    // Table names come from the constant above, never from input.
    const select = GROWING_TABLES.map((t) => `(SELECT count(*) FROM ${t})::int AS ${t}`).join(', ');
    const [row] = await this.dataSource.query(`SELECT ${select}`);
    return row as RowCounts;
  }

  /** Written only when the counts changed, so a run that changed nothing writes no row. */
  async store(value: StoredRowCounts): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO sync_state (key, value, updated_at) VALUES ($1, $2::jsonb, now())
       ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = EXCLUDED.updated_at
       WHERE sync_state.value->'counts' IS DISTINCT FROM EXCLUDED.value->'counts'`,
      [STATE_KEY, JSON.stringify(value)],
    );
  }

  async stored(): Promise<StoredRowCounts | null> {
    const [row] = await this.dataSource.query(`SELECT value FROM sync_state WHERE key = $1`, [STATE_KEY]);
    return (row?.value as StoredRowCounts | undefined) ?? null;
  }
}
