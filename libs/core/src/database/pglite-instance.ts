import * as fs from 'node:fs';
import * as path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PG_COMPATIBLE_PARSERS } from './pglite-pool';

/**
 * Opens (or creates) the embedded database. A PGlite data directory must never be opened by two
 * processes at once, so a pid lock file guards it; a lock left by a dead process is taken over.
 */
export async function openPGlite(dataDir: string | undefined): Promise<PGlite> {
  if (dataDir) {
    fs.mkdirSync(dataDir, { recursive: true });
    takeLock(dataDir);
  }
  const db = await PGlite.create({ dataDir, parsers: PG_COMPATIBLE_PARSERS });
  if (dataDir) {
    const close = db.close.bind(db);
    db.close = async () => {
      await close();
      releaseLock(dataDir);
    };
  }
  return db;
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
  fs.writeFileSync(file, String(process.pid));
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
