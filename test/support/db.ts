import type { PGlite } from '@electric-sql/pglite';
import { AppConfig, openPGlite } from '@app/core';
import { Client } from 'pg';
import { runMigrations } from '../../apps/cli/src/run-migrations';

import { templateDb } from '../global-setup';

export interface TestDatabase {
  config: AppConfig;
  /** Set on the embedded database: the open instance to hand to CoreModule. */
  pglite?: Promise<PGlite>;
  drop(): Promise<void>;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/**
 * One database per test file, built by the real migrations: on PostgreSQL (DATABASE_URL) a clone
 * of the template that global setup migrated; otherwise a fresh in-memory PGlite, migrated here.
 */
export async function createTestDatabase(env: Record<string, string> = {}): Promise<TestDatabase> {
  // Rate limits stay on (the guard runs in every suite) but far above what one test file sends; a test can lower them.
  // The response cache is off: tests write rows directly between requests, which no data version sees (response-cache.e2e-spec turns it on).
  const base = {
    ...process.env,
    LOG_LEVEL: 'warn',
    RATE_LIMIT_ANONYMOUS: '1000000',
    RATE_LIMIT_OPERATOR: '1000000',
    RESPONSE_CACHE_MAX_BYTES: '0',
    ...env,
  };
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `tracker_t${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
    const admin = new Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${templateDb()}`);
    } finally {
      await admin.end();
    }
    const config = AppConfig.fromEnv({ ...base, DATABASE_URL: withDatabase(url, name) });
    return {
      config,
      drop: async () => {
        const c = new Client({ connectionString: url });
        await c.connect();
        try {
          await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        } finally {
          await c.end();
        }
      },
    };
  }
  const config = AppConfig.fromEnv({ ...base, DATABASE_URL: '' });
  const db = await openPGlite(undefined);
  await runMigrations(config.database, 'up', db);
  return { config, pglite: Promise.resolve(db), drop: () => db.close() };
}
