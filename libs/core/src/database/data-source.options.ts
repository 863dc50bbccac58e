import type { PGlite } from '@electric-sql/pglite';
import type { DataSourceOptions, MixedList } from 'typeorm';
import type { DatabaseConfig } from '../config/app-config';
import { pgliteDriver } from './pglite-pool';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export const MIGRATIONS_TABLE = 'typeorm_migration';

/**
 * The one options object behind the app's TypeORM connection, the migration runner and the tests.
 * Migrations are passed in by the caller: they are frozen SQL outside the libraries.
 */
export function buildDataSourceOptions(
  db: DatabaseConfig,
  extra: {
    pglite?: Promise<PGlite>;
    entities?: MixedList<Function>;
    migrations?: MixedList<Function>;
  } = {},
): DataSourceOptions {
  const common = {
    type: 'postgres' as const,
    synchronize: false,
    migrationsRun: false,
    migrationsTableName: MIGRATIONS_TABLE,
    migrationsTransactionMode: 'each' as const,
    entities: extra.entities ?? [],
    migrations: extra.migrations ?? [],
    namingStrategy: new SnakeNamingStrategy(),
    // PGlite ships without uuid-ossp; ids default to core gen_random_uuid() instead.
    installExtensions: false,
    uuidExtension: 'pgcrypto' as const,
  };
  if (db.kind === 'postgres') {
    return { ...common, url: db.url, poolSize: db.poolSize, applicationName: 'chicago-legislation-tracker' };
  }
  if (!extra.pglite) throw new Error('An embedded database needs a PGlite instance (see openPGlite).');
  return { ...common, driver: pgliteDriver(extra.pglite), database: 'postgres' };
}
