import type { PGlite } from '@electric-sql/pglite';
import { buildDataSourceOptions, DatabaseConfig, openPGlite } from '@app/core';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../../migrations';

/** Applies (or reverts one of) the migrations; on PGlite opens the data directory, or uses `db`. */
export async function runMigrations(database: DatabaseConfig, direction: 'up' | 'down' = 'up', db?: PGlite): Promise<string[]> {
  const owned = database.kind === 'pglite' && !db ? await openPGlite(database.dataDir) : undefined;
  const pglite = db ?? owned;
  const ds = new DataSource(
    buildDataSourceOptions(database, { pglite: pglite ? Promise.resolve(pglite) : undefined, migrations: MIGRATIONS }),
  );
  await ds.initialize();
  try {
    if (direction === 'down') {
      const before = await ds.query(`SELECT name FROM typeorm_migration ORDER BY id DESC LIMIT 1`).catch(() => []);
      await ds.undoLastMigration({ transaction: 'each' });
      return before.map((r: { name: string }) => r.name);
    }
    return (await ds.runMigrations({ transaction: 'each' })).map((m) => m.name);
  } finally {
    await ds.destroy();
    await owned?.close();
  }
}
