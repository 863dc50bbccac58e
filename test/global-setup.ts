import { Client } from 'pg';
import { DataSource } from 'typeorm';
// Jest's moduleNameMapper does not apply to globalSetup, hence relative imports instead of @app/core.
import { AppConfig } from '../libs/core/src/config/app-config';
import { buildDataSourceOptions } from '../libs/core/src/database/data-source.options';
import { MIGRATIONS } from '../migrations';

export const TEMPLATE_DB = 'tracker_template';

/**
 * Integration and e2e: on PostgreSQL (DATABASE_URL) migrate a template database once, which every
 * test file clones; on the embedded PGlite each file migrates its own in-memory database.
 */
export default async function globalSetup(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) return;
  const admin = new Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  } finally {
    await admin.end();
  }
  const u = new URL(url);
  u.pathname = `/${TEMPLATE_DB}`;
  const config = AppConfig.fromEnv({ ...process.env, DATABASE_URL: u.toString() });
  const ds = new DataSource(buildDataSourceOptions(config.database, { migrations: MIGRATIONS }));
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
  } finally {
    await ds.destroy();
  }
}
