import type { EntityManager } from 'typeorm';
import { MatterEntity } from '../entities/matter.entity';

/**
 * Upserts matter rows (keyed by `matter_id`) in one statement, the rows travelling as a single jsonb
 * parameter: a query builder with one bind parameter per value (about 1,800 per step of 50) cost
 * more client CPU than the database's work. Columns and their types come from the entity's metadata,
 * so the statement follows the entity. Returns the row id of each matter id written, and whether it
 * was new (`xmax = 0`: no earlier version of the row, so no children to replace) and whether a tracking rule
 * matches it (`tracked`, set by the row's trigger as it is written). With `onlyChanged`, a
 * stored row whose content hash equals the new one is left alone and not returned: the content-hash skip
 * in the same statement, instead of a look-up of the stored hashes first.
 */
export async function upsertMatterRows(
  tx: EntityManager,
  rows: Partial<MatterEntity>[],
  onlyChanged = false,
): Promise<{ id: string; matter_id: string; inserted: boolean; tracked: boolean }[]> {
  if (rows.length === 0) return [];
  const meta = tx.connection.getMetadata(MatterEntity);
  const cols = Object.keys(rows[0]).map((prop) => {
    const c = meta.findColumnWithPropertyName(prop);
    if (!c) throw new Error(`matter has no column for ${prop}`);
    return { prop, name: c.databaseName, type: `${String(c.type)}${c.isArray ? '[]' : ''}` };
  });
  const sql = `INSERT INTO matter (${cols.map((c) => c.name).join(', ')})
    SELECT ${cols.map((c) => `"${c.prop}"`).join(', ')}
      FROM jsonb_to_recordset($1::jsonb) AS x(${cols.map((c) => `"${c.prop}" ${c.type}`).join(', ')})
    ON CONFLICT (matter_id) DO UPDATE SET ${cols
      .filter((c) => c.prop !== 'id')
      .map((c) => `${c.name} = EXCLUDED.${c.name}`)
      .join(', ')}
    ${onlyChanged ? 'WHERE matter.content_hash IS DISTINCT FROM EXCLUDED.content_hash' : ''}
    RETURNING id, matter_id, (xmax = 0) AS inserted, tracked`;
  return tx.query(sql, [JSON.stringify(rows)]);
}
