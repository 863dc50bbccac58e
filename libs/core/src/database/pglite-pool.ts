import { EventEmitter } from 'node:events';
import { PGlite, types } from '@electric-sql/pglite';

type Callback<T> = (err: Error | null, value?: T) => void;

/**
 * A `pg.Pool` look-alike over one PGlite instance, for TypeORM's postgres driver.
 *
 * PGlite is a single Postgres session. typeorm-pglite hands that one session to every query runner
 * at once, so two concurrent TypeORM transactions interleave their statements. This pool instead
 * lends the session to one client at a time (a pool of size one): a transaction holds it from
 * BEGIN to COMMIT and other work waits. Code must therefore never wait on a second connection
 * while it holds one; the repositories thread the transaction's manager for that reason.
 */
export class PGlitePool extends EventEmitter {
  private readonly ready: Promise<PGlite>;
  private queue: Promise<void> = Promise.resolve();

  constructor(options: { db: PGlite | Promise<PGlite> }) {
    super();
    this.ready = Promise.resolve(options.db);
  }

  private async acquire(): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((resolve) => (release = resolve));
    const previous = this.queue;
    this.queue = previous.then(() => next);
    await previous;
    return release;
  }

  connect(callback?: (err: Error | null, client?: PGliteClient, done?: (err?: Error) => void) => void): Promise<PGliteClient> | void {
    const run = async (): Promise<[PGliteClient, () => void]> => {
      const db = await this.ready;
      const release = await this.acquire();
      const client = new PGliteClient(db);
      let released = false;
      const done = () => {
        if (!released) {
          released = true;
          release();
        }
      };
      client.release = done;
      return [client, done];
    };
    if (!callback) return run().then(([client]) => client);
    run().then(
      ([client, done]) => callback(null, client, done),
      (err: Error) => callback(err),
    );
  }

  async query(sql: string, params?: unknown[] | Callback<unknown>, callback?: Callback<unknown>): Promise<unknown> {
    const cb = typeof params === 'function' ? params : callback;
    const values = typeof params === 'function' ? undefined : params;
    const client = (await this.connect()) as PGliteClient;
    try {
      const result = await client.query(sql, values);
      cb?.(null, result);
      return result;
    } catch (err) {
      cb?.(err as Error);
      if (!cb) throw err;
      return undefined;
    } finally {
      client.release();
    }
  }

  end(callback?: (err?: Error) => void): Promise<void> {
    // The PGlite instance belongs to whoever created it (see createPGlite); closing is theirs.
    callback?.();
    return Promise.resolve();
  }
}

export class PGliteClient extends EventEmitter {
  release: () => void = () => undefined;

  constructor(private readonly db: PGlite) {
    super();
  }

  async query(sql: string, params?: unknown[]): Promise<{ rows: unknown[]; rowCount: number; command: string }> {
    // TypeORM reads `command` to shape UPDATE/DELETE results; take PGlite's own (as pg reports it),
    // since the first word of the SQL is wrong for `WITH … UPDATE`.
    if (params && params.length > 0) {
      const r = (await this.db.query(sql, params)) as { rows: unknown[]; affectedRows?: number; command?: string };
      return { rows: r.rows, rowCount: r.affectedRows ?? r.rows.length, command: r.command ?? commandOf(sql) };
    }
    // exec runs multi-statement strings (migrations); TypeORM expects the last result.
    const results = await this.db.exec(sql);
    const last = results[results.length - 1] as { rows: unknown[]; affectedRows?: number; command?: string } | undefined;
    return { rows: last?.rows ?? [], rowCount: last?.affectedRows ?? last?.rows.length ?? 0, command: last?.command ?? commandOf(sql) };
  }
}

function commandOf(sql: string): string {
  return (/^\s*(\w+)/.exec(sql)?.[1] ?? '').toUpperCase();
}

/** Parsers that make PGlite return what `pg` returns, so code behaves the same on both. */
export const PG_COMPATIBLE_PARSERS = {
  [types.INT8]: (v: string) => v,
  [types.NUMERIC]: (v: string) => v,
  [types.BYTEA]: (v: string) => Buffer.from(v.startsWith('\\x') ? v.slice(2) : v, 'hex'),
};

/** TypeORM's postgres driver takes `{ Pool }` in place of the `pg` module. */
export function pgliteDriver(db: PGlite | Promise<PGlite>): { Pool: new (opts: unknown) => PGlitePool } {
  return {
    Pool: class extends PGlitePool {
      constructor() {
        super({ db });
      }
    },
  };
}
