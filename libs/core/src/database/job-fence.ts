import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntityManager } from 'typeorm';

export class JobLockLostError extends Error {
  readonly code = 'LOCK_LOST';
  constructor(
    readonly job: string,
    reason: string,
  ) {
    super(`The lock of ${job} was lost (${reason}); another worker may run it now, so this run stops without committing.`);
    this.name = 'JobLockLostError';
  }
}

/**
 * What a singleton job's holder carries: the fencing token it got with the lock. Writes made
 * under it check, in their own transaction, that the token is still the newest; the check locks
 * the token row (FOR SHARE), so a new holder's bump waits for such a transaction to finish and
 * no write of the old holder can commit after the new holder started.
 */
export class JobFence {
  private readonly controller = new AbortController();
  private lostReason: string | null = null;

  constructor(
    readonly job: string,
    readonly token: string,
  ) {}

  /** Aborted once the lock is known lost (its connection dropped, or a check found a newer token). */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  markLost(reason: string): void {
    if (this.lostReason) return;
    this.lostReason = reason;
    this.controller.abort(new JobLockLostError(this.job, reason));
  }

  /** Throws JobLockLostError when the lock is already known lost (no query). */
  throwIfLost(): void {
    if (this.lostReason) throw new JobLockLostError(this.job, this.lostReason);
  }

  /** Checks the token in `tx` (and holds it until `tx` ends); throws JobLockLostError when superseded. */
  async assertHeld(tx: EntityManager): Promise<void> {
    this.throwIfLost();
    const [row] = await tx.query(`SELECT token FROM job_lock WHERE name = $1 FOR SHARE`, [this.job]);
    if (String(row?.token) !== this.token) {
      this.markLost(`token ${this.token} superseded by ${row?.token ?? 'none'}`);
      this.throwIfLost();
    }
  }
}

const storage = new AsyncLocalStorage<JobFence>();

/** The fence of the singleton job this code runs under, if any (set by AdvisoryLock.tryRun). */
export function currentJobFence(): JobFence | undefined {
  return storage.getStore();
}

export function runWithFence<T>(fence: JobFence, work: () => Promise<T>): Promise<T> {
  return storage.run(fence, work);
}
