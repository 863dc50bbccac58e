import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/** Postgres allows 65,535 bind parameters per statement; stay well under it whatever the width. */
const MAX_PARAMS = 30_000;

export async function bulkInsert<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  rows: Partial<T>[],
): Promise<void> {
  if (rows.length === 0) return;
  const width = Math.max(1, Object.keys(rows[0]).length);
  const size = Math.max(1, Math.floor(MAX_PARAMS / width));
  for (let i = 0; i < rows.length; i += size) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(target)
      .values(rows.slice(i, i + size) as never)
      .updateEntity(false)
      .execute();
  }
}

/** Splits ids for `= ANY($1)` look-ups used by DataLoader batch functions. */
export function chunk<T>(items: T[], size = 10_000): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
