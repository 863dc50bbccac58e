import type { EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Column types the `pg` driver and PGlite parse to the same JS values TypeORM's hydration gives (uuid, text,
 * integer → string/number, timestamptz → Date, boolean, jsonb, text[]). A `date` column, say, is a string in
 * TypeORM and a Date in `pg`: such an entity is refused rather than read differently.
 */
const PLAIN_TYPES = new Set(['uuid', 'text', 'integer', 'int', 'timestamptz', 'timestamp with time zone', 'boolean', 'jsonb']);

const selects = new WeakMap<EntityMetadata, string[]>();

/**
 * The SELECT list of an entity's columns aliased to their property names (`"m"."record_number" AS "recordNumber"`
 * with `alias` m), so a query's rows are the entity's plain objects: for reads that skip TypeORM's hydration.
 */
export function plainColumns(meta: EntityMetadata, alias?: string): string {
  let names = selects.get(meta);
  if (names === undefined) {
    // Columns TypeORM leaves out of a find (`select: false`, such as a tsvector) are left out here too.
    const columns = meta.columns.filter((c) => c.isSelect);
    for (const c of columns) {
      const type = typeof c.type === 'string' ? c.type : c.type.name.toLowerCase();
      if (!PLAIN_TYPES.has(type) || c.transformer || c.relationMetadata)
        throw new Error(`plainColumns: ${meta.name}.${c.propertyName} (${type}) is not read as TypeORM reads it`);
    }
    names = columns.map((c) => `"${c.databaseName}" AS "${c.propertyName}"`);
    selects.set(meta, names);
  }
  return (alias ? names.map((n) => `"${alias}".${n}`) : names).join(', ');
}

/**
 * The rows of `target` whose `key` is one of `values`, in `order`, as plain objects with the entity's property
 * names: one statement, without TypeORM's query building and hydration. For the hot child lists (actions,
 * roll calls, sponsors, attachments) read for every matter a page or a stage refresh shows, and the matters a
 * refresh locks: there, building and hydrating through `find` took about a fifth of the api's CPU. `lock`: the
 * rows are locked FOR UPDATE (in `order`, so that two lockers queue rather than deadlock).
 */
export async function plainRowsByKeys<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  key: keyof T & string,
  values: unknown[],
  order: Partial<Record<keyof T & string, 'ASC' | 'DESC'>>,
  opts: { lock?: boolean } = {},
): Promise<T[]> {
  if (values.length === 0) return [];
  const meta = manager.connection.getMetadata(target);
  const column = (property: string) => {
    const c = meta.findColumnWithPropertyName(property);
    if (!c) throw new Error(`plainRowsByKeys: ${meta.name} has no column ${property}`);
    return c;
  };
  const k = column(key);
  const orderBy = Object.entries(order)
    .map(([p, dir]) => `"${column(p).databaseName}" ${dir === 'DESC' ? 'DESC' : 'ASC'}`)
    .join(', ');
  const sql = `SELECT ${plainColumns(meta)} FROM "${meta.tableName}" WHERE "${k.databaseName}" = ANY($1::${String(k.type)}[])${orderBy ? ` ORDER BY ${orderBy}` : ''}${opts.lock ? ' FOR UPDATE' : ''}`;
  return (await manager.query(sql, [values])) as T[];
}
