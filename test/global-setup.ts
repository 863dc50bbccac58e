import { Client } from 'pg';
import { DataSource } from 'typeorm';
// Jest's moduleNameMapper does not apply to globalSetup, hence relative imports instead of @app/core.
import { AppConfig } from '../libs/core/src/config/app-config';
import { buildDataSourceOptions } from '../libs/core/src/database/data-source.options';
import { MIGRATIONS } from '../migrations';

/** Environment variable carrying this run's template database name to the test workers. */
export const TEMPLATE_DB_ENV = 'TRACKER_TEMPLATE_DB';

/** This run's template (one per jest run, so two runs on one server never drop each other's). */
export function templateDb(): string {
  const name = process.env[TEMPLATE_DB_ENV];
  if (!name)
    throw new Error(`${TEMPLATE_DB_ENV} is not set: run the integration and e2e tests through their jest configs (global setup sets it)`);
  return name;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/**
 * Integration and e2e: on PostgreSQL (DATABASE_URL) migrate a template database once, which every
 * test file clones; on the embedded PGlite each file migrates its own in-memory database.
 * Workers are forked after this runs, so the name set in process.env reaches them.
 */
export default async function globalSetup(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) return;
  const name = `tracker_template_${process.pid}_${Date.now().toString(36)}`;
  process.env[TEMPLATE_DB_ENV] = name;
  const admin = new Client({ connectionString: url });
  await admin.connect();
  try {
    // Templates of runs that were killed before their teardown, older than a day.
    const stale = await admin
      .query<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE datname LIKE 'tracker\\_template\\_%' AND datname <> $1
         AND (pg_stat_file('base/' || oid || '/PG_VERSION')).modification < now() - interval '1 day'`,
        [name],
      )
      .catch(() => ({ rows: [] as { datname: string }[] }));
    for (const { datname } of stale.rows) await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const config = AppConfig.fromEnv({ ...process.env, DATABASE_URL: withDatabase(url, name) });
  const ds = new DataSource(buildDataSourceOptions(config.database, { migrations: MIGRATIONS }));
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
  } finally {
    await ds.destroy();
  }
}
