import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { currentJobFence } from './job-fence';

/**
 * @description Opens a transaction that services thread through repository calls (`tx`), so a
 * unit of work that spans libraries commits or rolls back whole. Under a singleton job's lock
 * (see AdvisoryLock) it first checks the job's fencing token, so a run whose lock was lost
 * cannot commit.
 */
@Injectable()
export class UnitOfWork {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    const fence = currentJobFence();
    if (!fence) return this.dataSource.transaction(work);
    return this.dataSource.transaction(async (tx) => {
      await fence.assertHeld(tx);
      return work(tx);
    });
  }
}
