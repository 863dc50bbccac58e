import { AdvisoryLock, advisoryLockKey } from '@app/core';
import type { DataSource } from 'typeorm';

describe(AdvisoryLock.name, () => {
  it('derives a stable signed 64-bit key per job name', () => {
    expect(advisoryLockKey('elms.poll')).toBe(advisoryLockKey('elms.poll'));
    expect(advisoryLockKey('elms.poll')).not.toBe(advisoryLockKey('elms.sweep'));
    const k = BigInt(advisoryLockKey('elms.poll'));
    expect(k >= -(2n ** 63n) && k < 2n ** 63n).toBe(true);
  });

  it('on the embedded database, lets one holder per name run and releases after failure', async () => {
    // Stands in for job_lock's token counter (the real table is exercised in job-fencing.int-spec).
    let tokens = 0;
    const lock = new AdvisoryLock({ manager: { query: async () => [{ token: String(++tokens) }] } } as unknown as DataSource, true);
    let release!: () => void;
    const first = lock.tryRun('job', () => new Promise<string>((r) => (release = () => r('done'))));
    await expect(lock.tryRun('job', async () => 'second')).resolves.toEqual({ acquired: false });
    await expect(lock.tryRun('other', async () => 'other')).resolves.toEqual({ acquired: true, result: 'other' });
    release();
    await expect(first).resolves.toEqual({ acquired: true, result: 'done' });
    await expect(lock.tryRun('job', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(lock.tryRun('job', async (fence) => `again with token ${fence.token}`)).resolves.toEqual({
      acquired: true,
      result: 'again with token 4',
    });
  });
});
