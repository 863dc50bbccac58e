import { createHash } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { JobFence, runWithFence } from './job-fence';

/** Stable 64-bit advisory-lock key for a job name, so every process agrees without a registry. */
export function advisoryLockKey(name: string): string {
  return BigInt.asIntN(64, BigInt('0x' + createHash('sha256').update(name).digest('hex').slice(0, 16))).toString();
}

type Outcome<T> = { acquired: true; result: T } | { acquired: false };

/**
 * Runs `work` only if no other holder (in any process) runs the job of this name; returns
 * `{ acquired: false }` at once otherwise. On PostgreSQL a session advisory lock is held on a
 * dedicated connection for the duration. The embedded database is one session in one process,
 * where an advisory lock would be re-entrant, so an in-process set guards it instead.
 *
 * Holding a lock is not proof of still holding it (a dropped connection frees it), so each
 * acquisition also takes a new fencing token (table job_lock), handed to `work` and reachable
 * as currentJobFence(): UnitOfWork transactions under it fail with JobLockLostError once another
 * worker has taken the job.
 */
export class AdvisoryLock {
  private readonly localHeld = new Set<string>();
  private readonly logger = new Logger('AdvisoryLock');

  constructor(
    private readonly dataSource: DataSource,
    private readonly embedded: boolean,
  ) {}

  async tryRun<T>(name: string, work: (fence: JobFence) => Promise<T>): Promise<Outcome<T>> {
    if (this.localHeld.has(name)) return { acquired: false };
    this.localHeld.add(name);
    try {
      if (this.embedded) {
        const fence = new JobFence(name, await nextToken(this.dataSource.manager, name));
        return { acquired: true, result: await runWithFence(fence, () => work(fence)) };
      }
      return await this.withSessionLock(name, work);
    } finally {
      this.localHeld.delete(name);
    }
  }

  private async withSessionLock<T>(name: string, work: (fence: JobFence) => Promise<T>): Promise<Outcome<T>> {
    const key = advisoryLockKey(name);
    const runner = this.dataSource.createQueryRunner();
    try {
      const [row] = await runner.query('SELECT pg_try_advisory_lock($1::bigint) AS locked', [key]);
      if (!row.locked) return { acquired: false };
      const fence = new JobFence(name, await nextToken(runner.manager, name));
      watchConnection(runner, fence);
      try {
        return { acquired: true, result: await runWithFence(fence, () => work(fence)) };
      } finally {
        await this.quietly(`unlock ${name}`, () => runner.query('SELECT pg_advisory_unlock($1::bigint)', [key]));
      }
    } finally {
      // On a dropped connection both the unlock and the release fail; the server already freed
      // the lock, and the run's own outcome (recorded and returned or thrown) is what counts.
      await this.quietly(`release the connection of ${name}`, () => runner.release());
    }
  }

  private async quietly(what: string, step: () => Promise<unknown>): Promise<void> {
    try {
      await step();
    } catch (err) {
      this.logger.warn(`could not ${what}: ${(err as Error).message}`);
    }
  }
}

async function nextToken(manager: EntityManager, name: string): Promise<string> {
  const [row] = await manager.query(
    `INSERT INTO job_lock (name, token) VALUES ($1, 1)
     ON CONFLICT (name) DO UPDATE SET token = job_lock.token + 1, acquired_at = now() RETURNING token`,
    [name],
  );
  return String(row.token);
}

/** A dropped lock connection means the lock is gone: tell the holder at once rather than at its next write. */
function watchConnection(runner: QueryRunner, fence: JobFence): void {
  const client = (runner as QueryRunner & { databaseConnection?: { once?: (event: string, fn: (err?: Error) => void) => void } })
    .databaseConnection;
  client?.once?.('error', (err?: Error) => fence.markLost(`lock connection error: ${err?.message ?? 'unknown'}`));
  client?.once?.('end', () => fence.markLost('lock connection closed'));
}
