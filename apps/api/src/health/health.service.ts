import { AppConfig, DatabaseHealth } from '@app/core';
import { MatterQueryService } from '@app/legislation';
import { ELMS_JOBS, ScrapeRunQueryService, SyncHealthService } from '@app/scraper';
import { Injectable } from '@nestjs/common';

export interface HealthReport {
  status: 'ok' | 'degraded';
  database: boolean;
  databaseError?: string;
  matters: number | null;
  /** When the last successful poll finished (kept for existing clients; same as lastSuccessAt). */
  lastPollAt: Date | null;
  lastSuccessAt: Date | null;
  consecutiveFailures: number | null;
  quarantined: number | null;
  firstSync: { phase: string; processed: number } | null;
  reasons: string[];
}

/** @description One answer for /health and GraphQL `health`: database reachable, data current (see SyncHealthService for the rules). */
@Injectable()
export class HealthService {
  constructor(
    private readonly config: AppConfig,
    private readonly db: DatabaseHealth,
    private readonly matters: MatterQueryService,
    private readonly runs: ScrapeRunQueryService,
    private readonly sync: SyncHealthService,
  ) {}

  async report(): Promise<HealthReport> {
    const db = await this.db.ping();
    if (!db.ok) {
      return { status: 'degraded', database: false, databaseError: db.error, matters: null, lastPollAt: null, lastSuccessAt: null, consecutiveFailures: null, quarantined: null, firstSync: null, reasons: ['database unreachable'] };
    }
    const [matters, poll, sync] = await Promise.all([this.matters.count(), this.runs.lastSucceeded(ELMS_JOBS.poll), this.sync.report()]);
    return {
      status: sync.degradedReasons.length ? 'degraded' : 'ok',
      database: true,
      matters,
      lastPollAt: poll?.finishedAt ?? null,
      lastSuccessAt: sync.lastSuccessAt,
      consecutiveFailures: sync.consecutiveFailures,
      quarantined: sync.quarantined,
      firstSync: sync.firstSync,
      reasons: sync.degradedReasons,
    };
  }

  /** 503 when the database is down; a degraded copy answers 200 unless HEALTH_DEGRADED_503 is set. */
  httpStatus(report: HealthReport): number {
    if (!report.database) return 503;
    return report.status === 'ok' ? 200 : this.config.health.degradedStatus;
  }
}
