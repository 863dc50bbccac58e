import * as fs from 'node:fs';
import * as path from 'node:path';

/** PostgreSQL's control file is always this size (PG_CONTROL_FILE_SIZE). */
const PG_CONTROL_BYTES = 8192;
/** WAL segment file names: timeline, log and segment, 8 hex digits each. */
const WAL_SEGMENT = /^[0-9A-F]{24}$/;

const WHAT_TO_DO =
  'Restore the folder from a backup, or move it aside (keep it: it holds the stored data) and start again ' +
  'to create an empty database that the next poll refills. Nothing was written to it.';

/** The embedded database folder cannot be opened as it is; the message names the folder and what to do. */
export class EmbeddedDatabaseDamagedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly problem: string,
  ) {
    super(`The embedded database folder ${dataDir} is damaged: ${problem}. ${WHAT_TO_DO}`);
    this.name = 'EmbeddedDatabaseDamagedError';
  }
}

/**
 * Refuses a data folder that exists but is not a complete cluster. PGlite itself would re-initialise
 * a folder without PG_VERSION (an empty database over the old files, which migrations then fill
 * with empty tables), and abort the process with "Aborted()" on a short control file or WAL segment.
 * A missing or empty folder is fine: that is a first start.
 */
export function assertCompleteCluster(dataDir: string): void {
  let entries: string[];
  try {
    entries = fs.readdirSync(dataDir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw err;
  }
  if (entries.length === 0) return;

  const problem = clusterProblem(dataDir, new Set(entries));
  if (problem) throw new EmbeddedDatabaseDamagedError(dataDir, problem);
}

function clusterProblem(dataDir: string, entries: Set<string>): string | null {
  for (const required of ['PG_VERSION', 'global', 'base', 'pg_wal']) {
    if (!entries.has(required)) return `${required} is missing`;
  }
  const control = sizeOf(path.join(dataDir, 'global', 'pg_control'));
  if (control === null) return 'global/pg_control is missing';
  if (control !== PG_CONTROL_BYTES) return `global/pg_control is ${control} bytes, not ${PG_CONTROL_BYTES} (truncated)`;

  const walDir = path.join(dataDir, 'pg_wal');
  const segments = fs.readdirSync(walDir).filter((f) => WAL_SEGMENT.test(f));
  if (segments.length === 0) return 'pg_wal holds no WAL segment';
  // Every segment of a cluster has the size fixed at initdb (16 MB by default), a power of two of at least 1 MB.
  const sizes = segments.map((f) => [f, sizeOf(path.join(walDir, f)) ?? 0] as const);
  const largest = Math.max(...sizes.map(([, n]) => n));
  for (const [name, n] of sizes) {
    if (n !== largest || n < 1 << 20 || (n & (n - 1)) !== 0) return `WAL segment pg_wal/${name} is ${n} bytes (truncated)`;
  }
  return null;
}

function sizeOf(file: string): number | null {
  try {
    return fs.statSync(file).size;
  } catch {
    return null;
  }
}

/**
 * PGlite reports a cluster it cannot start as a bare "Aborted(). Build with -sASSERTIONS…"; this
 * names the folder and what to do instead.
 */
export function describeOpenFailure(dataDir: string, err: unknown): Error {
  const message = err instanceof Error ? err.message : String(err);
  return new EmbeddedDatabaseDamagedError(
    dataDir,
    `PostgreSQL could not start on it (${message.replace(/\.?\s*Build with -sASSERTIONS.*$/s, '')})`,
  );
}
