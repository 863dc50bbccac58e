import type { DataSource } from 'typeorm';

export const DATA_TABLES = [
  'matter',
  'matter_action',
  'action_vote',
  'matter_sponsor',
  'matter_attachment',
  'meeting',
  'meeting_file',
  'meeting_agenda_item',
  'meeting_attendance',
  'body',
  'body_member',
  'person',
  'raw_document',
  'sync_state',
];

/** A fingerprint of every stored row (all columns), to prove a run wrote nothing. */
export async function snapshotData(ds: DataSource): Promise<Record<string, { rows: number; md5: string | null }>> {
  const out: Record<string, { rows: number; md5: string | null }> = {};
  for (const t of DATA_TABLES) {
    const [r] = await ds.query(`SELECT count(*)::int AS rows, md5(string_agg(t::text, '|' ORDER BY t::text)) AS md5 FROM ${t} t`);
    out[t] = r;
  }
  return out;
}

export async function scalar<T = number>(ds: DataSource, sql: string, params: unknown[] = []): Promise<T> {
  const [row] = await ds.query(sql, params);
  return Object.values(row)[0] as T;
}
