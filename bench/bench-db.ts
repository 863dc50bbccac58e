/**
 * Throwaway databases for the ingest benchmark: two fresh databases on the DATABASE_URL server
 * (dropped at the end), or two in-memory PGlite instances. Kept here rather than imported from
 * test/support, which is not compiled into dist/.
 */
import type { PGlite } from '@electric-sql/pglite';
import { openPGlite } from '@app/core';
import { Client, Pool } from 'pg';

export type DriverKind = 'pglite' | 'postgres';

/** The minimal SQL surface the raw baseline needs, over either driver. */
export interface RawSql {
  query(sql: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  /** Runs `fn` in one transaction (BEGIN/COMMIT, ROLLBACK on error). */
  transaction(fn: (q: (sql: string, params?: unknown[]) => Promise<unknown>) => Promise<void>): Promise<void>;
  close(): Promise<void>;
}

export interface BenchDatabase {
  kind: DriverKind;
  /** postgres: connection string of the fresh database. */
  url?: string;
  /** pglite: the open in-memory instance. */
  pglite?: PGlite;
  /** Opens the driver the baseline uses (a pg Pool, or the PGlite instance itself). */
  raw(poolSize: number): RawSql;
  drop(): Promise<void>;
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

function pgRaw(url: string, poolSize: number): RawSql {
  const pool = new Pool({ connectionString: url, max: poolSize });
  // pg's pool re-emits an idle client's error (here: the DROP ... WITH (FORCE) at cleanup ending a
  // connection the pool still held); unheard, it killed the process after the report was printed.
  pool.on('error', (err) => process.stderr.write(`baseline pool: idle connection closed (${err.message})\n`));
  return {
    query: async (sql, params) => ({ rows: (await pool.query(sql, params as unknown[])).rows }),
    transaction: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await fn((sql, params) => client.query(sql, params as unknown[]));
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

function pgliteRaw(db: PGlite): RawSql {
  return {
    query: async (sql, params) => ({ rows: (await db.query<Record<string, unknown>>(sql, params as unknown[])).rows }),
    transaction: async (fn) => {
      await db.transaction(async (tx) => {
        await fn((sql, params) => tx.query(sql, params as unknown[]));
      });
    },
    // The instance is closed by drop().
    close: async () => undefined,
  };
}

/** `prefix` becomes part of the database name on PostgreSQL, e.g. tracker_bench_<rand>. */
export async function createBenchDatabase(prefix: string, suffix: string): Promise<BenchDatabase> {
  const adminUrl = process.env.DATABASE_URL;
  if (adminUrl) {
    const name = `${prefix}_${suffix}`;
    if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unsafe database name ${name}`);
    await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
    const url = withDatabase(adminUrl, name);
    return {
      kind: 'postgres',
      url,
      raw: (poolSize) => pgRaw(url, poolSize),
      drop: () => adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    };
  }
  const db = await openPGlite(undefined);
  return {
    kind: 'pglite',
    pglite: db,
    raw: () => pgliteRaw(db),
    drop: async () => {
      if (!db.closed) await db.close();
    },
  };
}
