import { AppConfig, Clock, JOBS } from '@app/core';
import { Inject, Injectable } from '@nestjs/common';
import { QuarantineRepository } from '../repositories/quarantine.repository';
import { ScrapeRunRepository } from '../repositories/scrape-run.repository';
import { SyncStateRepository } from '../repositories/sync-state.repository';
import { ELMS_CLIENTS, ElmsClients } from '../sync/elms-client.factory';
import { INITIAL_SYNC_STATE, InitialSyncCursor } from '../sync/elms-sync.service';

export interface SyncHealth {
  /** When the last poll that stored what it read finished (a `partial` run did). */
  lastSuccessAt: Date | null;
  /** Polls that failed since then, newest first, in a row. */
  consecutiveFailures: number;
  quarantined: number;
  /** An unfinished first sync: where it is. */
  firstSync: { phase: string; processed: number } | null;
  /** Why the tracker is degraded; empty when it is not. */
  degradedReasons: string[];
}

/**
 * @description Whether the copy of eLMS is current, from the run rows every process writes (so any
 * api process answers for every worker). The rules, with their defaults:
 * - the last successful poll is older than HEALTH_STALE_AFTER_MINUTES (15, three poll intervals);
 *   before the first success, counted from the first poll's start; a running poll whose heartbeat
 *   (RUN_HEARTBEAT_SECONDS) is fresh is progress, not staleness;
 * - the last HEALTH_MAX_CONSECUTIVE_FAILURES (3) polls failed;
 * - more than HEALTH_MAX_QUARANTINED (50) records are in quarantine.
 */
@Injectable()
export class SyncHealthService {
  constructor(
    private readonly config: AppConfig,
    private readonly runs: ScrapeRunRepository,
    private readonly quarantine: QuarantineRepository,
    private readonly state: SyncStateRepository,
    private readonly clock: Clock,
    @Inject(ELMS_CLIENTS) private readonly clients: ElmsClients,
  ) {}

  async report(): Promise<SyncHealth> {
    const h = this.config.health;
    const now = this.clock.now().getTime();
    const [last, recent, quarantined, cursor, firstRun, running] = await Promise.all([
      this.runs.lastSucceeded(JOBS.elmsPoll),
      this.runs.recentFinished(JOBS.elmsPoll, h.maxConsecutiveFailures + 1),
      this.quarantine.count(),
      this.state.get<InitialSyncCursor>(INITIAL_SYNC_STATE),
      this.runs.firstStarted(JOBS.elmsPoll),
      this.runs.lastHeartbeat(JOBS.elmsPoll),
    ]);
    const lastSuccessAt = last?.finishedAt ?? null;
    let consecutiveFailures = 0;
    for (const r of recent) {
      if (r.status === 'failed' || r.status === 'interrupted') consecutiveFailures++;
      else break;
    }
    const reasons: string[] = [];
    const since = lastSuccessAt?.getTime() ?? firstRun?.getTime() ?? null;
    const progressing = running !== null && now - running.getTime() <= h.staleAfterMs;
    if (since !== null && now - since > h.staleAfterMs && !progressing) {
      reasons.push(
        lastSuccessAt
          ? `last successful poll ${Math.round((now - since) / 60_000)} min ago`
          : `no successful poll since the first began ${Math.round((now - since) / 60_000)} min ago`,
      );
    }
    if (consecutiveFailures >= h.maxConsecutiveFailures) reasons.push(`${consecutiveFailures} polls failed in a row`);
    if (quarantined > h.maxQuarantined) reasons.push(`${quarantined} records in quarantine (more than ${h.maxQuarantined})`);
    return {
      lastSuccessAt,
      consecutiveFailures,
      quarantined,
      firstSync: cursor ? { phase: cursor.phase, processed: cursor.processed } : null,
      degradedReasons: reasons,
    };
  }

  /** eLMS requests made by this process, by outcome (HTTP status, `timeout`, `network`). */
  requestsByOutcome(): ReadonlyMap<string, number> {
    return this.clients.fetcher.requestsByOutcome;
  }

  requestsByKind(): Promise<{ kind: string; n: number }[]> {
    return this.runs.requestsByKind();
  }

  runCounts(): Promise<{ kind: string; status: string; n: number }[]> {
    return this.runs.countsByKindAndStatus();
  }

  quarantineByKind(): Promise<Map<string, number>> {
    return this.quarantine.countByKind();
  }

  async lastSuccessByKind(): Promise<Map<string, Date>> {
    return this.runs.lastSuccessByKind();
  }
}
