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

/**
 * What two databases filled from the same source must agree on, whatever ids and timestamps each
 * run gave its rows: every record's identity and content hash, child counts, quarantine, watermark
 * and the outbox. Used to prove an interrupted, resumed run ends where an uninterrupted one does.
 */
export async function logicalSnapshot(ds: DataSource): Promise<Record<string, unknown>> {
  const q = (sql: string) => ds.query(sql);
  return {
    matters: await q('SELECT matter_id, record_number, content_hash, stage FROM matter ORDER BY matter_id'),
    actions: await q(
      'SELECT m.matter_id, a.ordinal, a.history_id, a.action_date, a.action_name FROM matter_action a JOIN matter m ON m.id = a.matter_id ORDER BY 1, 2',
    ),
    votes: await q('SELECT count(*)::int AS n FROM action_vote'),
    sponsors: await q('SELECT count(*)::int AS n FROM matter_sponsor'),
    attachments: await q('SELECT count(*)::int AS n FROM matter_attachment'),
    meetings: await q('SELECT meeting_id, list_hash, detail_hash FROM meeting ORDER BY meeting_id'),
    agendaItems: await q('SELECT count(*)::int AS n FROM meeting_agenda_item'),
    bodies: await q('SELECT content_hash FROM body ORDER BY 1'),
    persons: await q('SELECT content_hash FROM person ORDER BY 1'),
    raw: await q('SELECT kind, source_id, content_hash FROM raw_document ORDER BY 1, 2, 3'),
    quarantine: await q('SELECT kind, source_key, field_path FROM quarantined_record ORDER BY 1, 2'),
    state: await q('SELECT key, value FROM sync_state ORDER BY key'),
    outbox: await q('SELECT type, dedup_key FROM outbox_event ORDER BY dedup_key'),
  };
}
