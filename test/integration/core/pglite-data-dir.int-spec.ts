import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { AppConfig, openPGlite } from '@app/core';
import { runMigrations } from '../../../apps/cli/src/run-migrations';

/** Every file under `dir` with its size and content stamp, to show a refused folder was left alone. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const f = path.join(d, e.name);
      if (e.isDirectory()) walk(f);
      else {
        const st = fs.statSync(f);
        out[path.relative(dir, f)] = `${st.size}:${st.mtimeMs}`;
      }
    }
  };
  walk(dir);
  return out;
}

/**
 * The embedded database (PGlite only: PostgreSQL runs its own server). A data folder that exists
 * but is not a complete cluster is refused before PGlite touches it, with a message naming it.
 */
describe('openPGlite on a damaged data folder', () => {
  let root: string;
  let pristine: string;
  const configFor = (dataDir: string) => AppConfig.fromEnv({ DATABASE_URL: '', PGLITE_DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
  const copy = (name: string) => {
    const dir = path.join(root, name);
    fs.cpSync(pristine, dir, { recursive: true });
    return dir;
  };
  const walSegment = (dir: string) =>
    path.join(
      dir,
      'pg_wal',
      fs.readdirSync(path.join(dir, 'pg_wal')).find((f) => /^[0-9A-F]{24}$/.test(f))!,
    );

  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'pglite-damage-'));
    pristine = path.join(root, 'pristine');
    await runMigrations(configFor(pristine).database);
  }, 120_000);

  afterAll(() => {
    if (root) fs.rmSync(root, { recursive: true, force: true });
  });

  it('reopens an intact folder with its data', async () => {
    const db = await openPGlite(copy('intact'));
    try {
      const tables = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM typeorm_migration`);
      expect(tables.rows[0].n).toBeGreaterThan(0);
    } finally {
      await db.close();
    }
  });

  it('refuses a folder without PG_VERSION instead of re-initialising it, and runs no migration over it', async () => {
    const dir = copy('no-version');
    fs.rmSync(path.join(dir, 'PG_VERSION'));
    const before = snapshot(dir);
    await expect(openPGlite(dir)).rejects.toThrow(`The embedded database folder ${dir} is damaged: PG_VERSION is missing`);
    await expect(runMigrations(configFor(dir).database)).rejects.toThrow(
      /PG_VERSION is missing.*Restore the folder from a backup, or move it aside/,
    );
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses a truncated control file with a message, not a bare Aborted()', async () => {
    const dir = copy('short-control');
    fs.truncateSync(path.join(dir, 'global', 'pg_control'), 100);
    await expect(openPGlite(dir)).rejects.toThrow(
      `The embedded database folder ${dir} is damaged: global/pg_control is 100 bytes, not 8192 (truncated)`,
    );
  });

  it('refuses a truncated WAL segment', async () => {
    const dir = copy('short-wal');
    const segment = walSegment(dir);
    fs.truncateSync(segment, 4096);
    await expect(openPGlite(dir)).rejects.toThrow(
      `${dir} is damaged: WAL segment pg_wal/${path.basename(segment)} is 4096 bytes (truncated)`,
    );
  });

  it('names the folder when PostgreSQL itself cannot start on it', async () => {
    const dir = copy('zeroed-control');
    fs.writeFileSync(path.join(dir, 'global', 'pg_control'), Buffer.alloc(8192));
    const err = await openPGlite(dir).then(
      () => null,
      (e: Error) => e,
    );
    expect(err?.message).toMatch(
      new RegExp(
        `^The embedded database folder ${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is damaged: PostgreSQL could not start on it`,
      ),
    );
    expect(err?.message).not.toMatch(/-sASSERTIONS/);
  });

  it('starts a missing or empty folder as a new database', async () => {
    const empty = path.join(root, 'empty');
    fs.mkdirSync(empty);
    for (const dir of [empty, path.join(root, 'missing')]) {
      const db = await openPGlite(dir);
      expect((await db.query<{ one: number }>('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
      await db.close();
    }
  });
});
