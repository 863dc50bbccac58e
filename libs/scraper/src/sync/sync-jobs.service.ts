import { AdvisoryLockService } from '@app/core';
import { Injectable, Logger } from '@nestjs/common';
import { ScrapeRunRepository } from '../repositories/scrape-run.repository';
import { ELMS_JOBS, ElmsSyncService } from './elms-sync.service';
import { RunSummary } from './run-recorder.service';

export type SyncJobName = 'elms.poll' | 'elms.sweep';

export type SyncJobOutcome = { status: 'skipped'; reason: 'locked' } | RunSummary;

/**
 * @description Entry point for the scheduler and the CLI: runs a sync job under a PostgreSQL
 * advisory lock, so two workers never run the same sync at once; the loser skips its tick.
 */
@Injectable()
export class SyncJobsService {
  private readonly logger = new Logger(SyncJobsService.name);

  constructor(
    private readonly lock: AdvisoryLockService,
    private readonly sync: ElmsSyncService,
    private readonly runs: ScrapeRunRepository,
  ) {}

  async run(job: SyncJobName): Promise<SyncJobOutcome> {
    const outcome = await this.lock.tryRun(job, async () => {
      // Holding the lock, any run of this job still marked running was left by a dead process.
      await this.runs.markAbandoned(job, new Date());
      return job === ELMS_JOBS.poll ? this.sync.poll() : this.sync.sweep();
    });
    if (!outcome.acquired) {
      this.logger.log(`${job} skipped: another worker holds its lock`);
      return { status: 'skipped', reason: 'locked' };
    }
    return outcome.result;
  }
}
