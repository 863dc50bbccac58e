import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';

/** Stable 64-bit advisory-lock key for a job name, so every process agrees without a registry. */
export function advisoryLockKey(name: string): string {
  return BigInt.asIntN(64, BigInt('0x' + createHash('sha256').update(name).digest('hex').slice(0, 16))).toString();
}

/**
 * Runs `work` only if no other holder (in any process) runs the job of this name; returns
 * `{ acquired: false }` at once otherwise. On PostgreSQL a session advisory lock is held on a
 * dedicated connection for the duration. The embedded database is one session in one process,
 * where an advisory lock would be re-entrant, so an in-process set guards it instead.
 */
export class AdvisoryLock {
  private readonly localHeld = new Set<string>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly embedded: boolean,
  ) {}

  async tryRun<T>(name: string, work: () => Promise<T>): Promise<{ acquired: true; result: T } | { acquired: false }> {
    if (this.localHeld.has(name)) return { acquired: false };
    this.localHeld.add(name);
    try {
      if (this.embedded) return { acquired: true, result: await work() };
      return await this.withSessionLock(name, work);
    } finally {
      this.localHeld.delete(name);
    }
  }

  private async withSessionLock<T>(name: string, work: () => Promise<T>): Promise<{ acquired: true; result: T } | { acquired: false }> {
    const key = advisoryLockKey(name);
    const runner = this.dataSource.createQueryRunner();
    try {
      const [row] = await runner.query('SELECT pg_try_advisory_lock($1::bigint) AS locked', [key]);
      if (!row.locked) return { acquired: false };
      try {
        return { acquired: true, result: await work() };
      } finally {
        await runner.query('SELECT pg_advisory_unlock($1::bigint)', [key]);
      }
    } finally {
      await runner.release();
    }
  }
}
