import * as fs from 'node:fs';
import * as path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { assertCompleteCluster, describeOpenFailure } from './pglite-data-dir';
import { PG_COMPATIBLE_PARSERS } from './pglite-pool';

/**
 * Opens (or creates) the embedded database. A PGlite data directory must never be opened by two
 * processes at once, so a pid lock file guards it; a lock left by a dead process is taken over.
 *
 * The database files hold everything the tracker stores, so they are private to the user running
 * it: the process umask becomes 077 (PGlite keeps creating files, WAL segments among them, for as
 * long as it runs; other files this process writes are private too), and the tree is brought to
 * 0600 files and 0700 folders on open, after start-up and on close (older installs included).
 */
export async function openPGlite(dataDir: string | undefined): Promise<PGlite> {
  if (dataDir) {
    // Before anything touches the folder: PGlite would silently re-create a broken one.
    assertCompleteCluster(dataDir);
    process.umask(0o077);
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    restrictTree(dataDir);
    takeLock(dataDir);
  }
  let db: PGlite;
  try {
    // pg_trgm: the trigram indexes that answer substring and chapter filters (migration MatterScaleIndexes).
    db = await PGlite.create({ dataDir, parsers: PG_COMPATIBLE_PARSERS, extensions: { pg_trgm } });
  } catch (err) {
    if (!dataDir) throw err;
    releaseLock(dataDir);
    throw describeOpenFailure(dataDir, err);
  }
  if (dataDir) {
    // initdb's files come out 0666 and the relcache init files 0644 whatever the umask.
    restrictTree(dataDir);
    const close = db.close.bind(db);
    db.close = async () => {
      await close();
      restrictTree(dataDir);
      releaseLock(dataDir);
    };
  }
  return db;
}

/** Files come and go while PGlite runs (temporary files, a folder removed on close): a vanished one is skipped. */
function restrictTree(dir: string): void {
  let entries: fs.Dirent[];
  try {
    fs.chmodSync(dir, 0o700);
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw err;
  }
  for (const entry of entries) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) restrictTree(file);
    else if (entry.isFile()) chmodIfPresent(file, 0o600);
  }
}

function chmodIfPresent(file: string, mode: number): void {
  try {
    fs.chmodSync(file, mode);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
}

function lockPath(dataDir: string): string {
  return path.join(path.dirname(dataDir), `.${path.basename(dataDir)}.lock`);
}

function takeLock(dataDir: string): void {
  const file = lockPath(dataDir);
  try {
    const pid = Number(fs.readFileSync(file, 'utf8'));
    if (pid && pid !== process.pid && isAlive(pid)) {
      throw new Error(
        `The embedded database at ${dataDir} is open in process ${pid}. PGlite serves one process: ` +
          `stop that process, or set DATABASE_URL to use PostgreSQL with several processes.`,
      );
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  fs.writeFileSync(file, String(process.pid), { mode: 0o600 });
}

function releaseLock(dataDir: string): void {
  const file = lockPath(dataDir);
  try {
    if (Number(fs.readFileSync(file, 'utf8')) === process.pid) fs.unlinkSync(file);
  } catch {
    // already gone
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
