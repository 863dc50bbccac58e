import { AppConfig, DatabaseHealth } from '@app/core';
import { MatterQueryService } from '@app/legislation';
import { DataIntegrityService, SyncHealthService } from '@app/scraper';
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

function databaseDown(error: string | undefined, reason: string): HealthReport {
  return {
    status: 'degraded',
    database: false,
    databaseError: error,
    matters: null,
    lastPollAt: null,
    lastSuccessAt: null,
    consecutiveFailures: null,
    quarantined: null,
    firstSync: null,
    reasons: [reason],
  };
}

/** @description One answer for /health and GraphQL `health`: database reachable, data current (see SyncHealthService for the rules). */
@Injectable()
export class HealthService {
  constructor(
    private readonly config: AppConfig,
    private readonly db: DatabaseHealth,
    private readonly matters: MatterQueryService,
    private readonly sync: SyncHealthService,
    private readonly integrity: DataIntegrityService,
  ) {}

  async report(): Promise<HealthReport> {
    const db = await this.db.ping();
    if (!db.ok) return databaseDown(db.error, 'database unreachable');
    let answers;
    try {
      answers = await Promise.all([this.matters.count(), this.sync.report(), this.integrity.check()]);
    } catch (err) {
      // The ping answers but a damaged page fails the real queries: still a database failure (503), not a 500.
      return databaseDown((err as Error).message, 'database queries fail');
    }
    const [matters, sync, integrity] = answers;
    return {
      status: sync.degradedReasons.length || !integrity.ok ? 'degraded' : 'ok',
      // Rows the last run wrote are gone (e.g. a truncated table file reads as empty): the store is not usable.
      database: integrity.ok,
      ...(integrity.ok ? {} : { databaseError: integrity.problems.join('; ') }),
      matters,
      lastPollAt: sync.lastSuccessAt,
      lastSuccessAt: sync.lastSuccessAt,
      consecutiveFailures: sync.consecutiveFailures,
      quarantined: sync.quarantined,
      firstSync: sync.firstSync,
      reasons: [...(integrity.ok ? [] : ['stored data lost']), ...sync.degradedReasons],
    };
  }

  /** 503 when the database is down; a degraded copy answers 200 unless HEALTH_DEGRADED_503 is set. */
  httpStatus(report: HealthReport): number {
    if (!report.database) return 503;
    return report.status === 'ok' ? 200 : this.config.health.degradedStatus;
  }
}
