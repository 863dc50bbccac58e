import { AppConfig, JOBS } from '@app/core';
import { SyncJobName, SyncJobsService } from '@app/scraper';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { CronJob } from 'cron';

/**
 * Cron ticks for the eLMS sync. Patterns come from configuration, so the jobs are registered at
 * boot rather than with static @Cron decorators. A tick holds no logic: it hands the job to
 * SyncJobsService, whose advisory lock makes every worker but one skip it.
 */
@Injectable()
export class SyncCron implements OnApplicationBootstrap {
  private readonly logger = new Logger(SyncCron.name);

  constructor(
    private readonly config: AppConfig,
    private readonly jobs: SyncJobsService,
    private readonly registry: SchedulerRegistry,
  ) {}

  onApplicationBootstrap(): void {
    const s = this.config.schedule;
    if (!s.enabled) {
      this.logger.log('Scheduler disabled (SCHEDULER_ENABLED=false)');
      return;
    }
    this.register(s.pollCron, JOBS.elmsPoll);
    this.register(s.sweepCron, JOBS.elmsSweep);
    this.register(s.codeSyncCron, JOBS.codeSync);
    if (s.pollOnStart) {
      setImmediate(() => void this.tick(JOBS.codeSync).then(() => this.tick(JOBS.elmsPoll)));
    }
  }

  private register(pattern: string, job: SyncJobName): void {
    const cron = CronJob.from({ cronTime: pattern, onTick: () => this.tick(job), timeZone: this.config.schedule.timeZone, start: true });
    this.registry.addCronJob(job, cron as never);
    this.logger.log(`${job} scheduled: ${pattern} (${this.config.schedule.timeZone})`);
  }

  /**
   * Never throws: a failed run is already recorded as a row; the next tick retries. After an eLMS
   * sync, the attachments of tracked matters it brought are read (a no-op query when there are none),
   * by the worker that ran the sync only: the others skipped it, and reading attachments as well
   * would run documents.sync once per worker per tick.
   */
  async tick(job: SyncJobName): Promise<void> {
    let ranHere = true;
    try {
      ranHere = (await this.jobs.run(job)).status !== 'skipped';
    } catch (err) {
      this.logger.error(`${job} failed: ${(err as Error).message}`);
    }
    if (ranHere && (job === JOBS.elmsPoll || job === JOBS.elmsSweep)) await this.tick(JOBS.documentsSync);
  }
}
