import { AdvisoryLockService } from '@app/core';
import { Injectable, Logger } from '@nestjs/common';
import { CODE_SYNC_JOB, CodeSyncService } from '../code/code-sync.service';
import { ScrapeRunRepository } from '../repositories/scrape-run.repository';
import { DOCUMENTS_SYNC_JOB, DocumentSyncService } from './document-sync.service';
import { ELMS_JOBS, ElmsSyncService } from './elms-sync.service';
import { RunSummary } from './run-recorder.service';

export type SyncJobName = 'elms.poll' | 'elms.sweep' | typeof CODE_SYNC_JOB | typeof DOCUMENTS_SYNC_JOB;

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
    private readonly code: CodeSyncService,
    private readonly documents: DocumentSyncService,
  ) {}

  async run(job: SyncJobName): Promise<SyncJobOutcome> {
    const outcome = await this.lock.tryRun(job, async () => {
      // Holding the lock, any run of this job still marked running was left by a dead process.
      await this.runs.markAbandoned(job, new Date());
      switch (job) {
        case ELMS_JOBS.poll:
          return this.sync.poll();
        case ELMS_JOBS.sweep:
          return this.sync.sweep();
        case CODE_SYNC_JOB:
          return this.code.sync();
        case DOCUMENTS_SYNC_JOB:
          return this.documents.sync();
      }
    });
    if (!outcome.acquired) {
      this.logger.log(`${job} skipped: another worker holds its lock`);
      return { status: 'skipped', reason: 'locked' };
    }
    return outcome.result;
  }
}
