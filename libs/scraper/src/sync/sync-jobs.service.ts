import { AdvisoryLockService, JOBS } from '@app/core';
import { Injectable, Logger } from '@nestjs/common';
import { CodeSyncService } from '../code/code-sync.service';
import { ScrapeRunRepository } from '../repositories/scrape-run.repository';
import { DocumentSyncService } from './document-sync.service';
import { ElmsSyncService } from './elms-sync.service';
import { RunSummary } from './run-recorder.service';

export type SyncJobName = typeof JOBS.elmsPoll | typeof JOBS.elmsSweep | typeof JOBS.codeSync | typeof JOBS.documentsSync;

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
        case JOBS.elmsPoll:
          return this.sync.poll();
        case JOBS.elmsSweep:
          return this.sync.sweep();
        case JOBS.codeSync:
          return this.code.sync();
        case JOBS.documentsSync:
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
