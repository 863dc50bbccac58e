import { currentJobFence, JobLockLostError } from '@app/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Not } from 'typeorm';
import { ScrapeRunEntity } from '../entities/scrape-run.entity';

export interface RunCounts {
  requests: number;
  fetched: number;
  created: number;
  updated: number;
  unchanged: number;
  quarantined: number;
}

/**
 * Run bookkeeping. Its timestamps are wall time (new Date()), not the injected Clock: durations and
 * heartbeats measure real elapsed time, also in a test that pins the Clock (in production both agree).
 */
@Injectable()
export class ScrapeRunRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Under a singleton job's lock, the run records its fencing token (see markAbandoned). */
  async start(kind: string, params: Record<string, unknown>, cursor: Record<string, unknown> | null = null): Promise<ScrapeRunEntity> {
    const fenceToken = currentJobFence()?.token ?? null;
    const run = this.dataSource.manager.create(ScrapeRunEntity, {
      kind,
      status: 'running',
      params,
      cursor,
      startedAt: new Date(),
      heartbeatAt: new Date(),
      fenceToken,
    });
    return this.dataSource.manager.save(run);
  }

  /** A running run's requests so far and a fresh heartbeat (no effect once it has finished). */
  async heartbeat(id: string, requests: number): Promise<void> {
    await this.dataSource.query(`UPDATE scrape_run SET requests = $2, heartbeat_at = now() WHERE id = $1 AND status = 'running'`, [
      id,
      requests,
    ]);
  }

  async progress(
    id: string,
    counts: RunCounts,
    cursor: Record<string, unknown> | null,
    totalExpected: number | null,
    tx?: EntityManager,
  ): Promise<void> {
    await (tx ?? this.dataSource.manager).update(
      ScrapeRunEntity,
      { id },
      { ...counts, cursor: cursor as never, totalExpected, heartbeatAt: new Date() },
    );
  }

  /**
   * Marks the run finished only while it is still `running` and, under a job lock, its fence still
   * holds: a run another worker took over (and marked ABANDONED) never turns `succeeded`.
   */
  async finish(id: string, counts: RunCounts, warnings: string[]): Promise<void> {
    const status = counts.quarantined > 0 ? 'partial' : 'succeeded';
    const fence = currentJobFence();
    await this.dataSource.transaction(async (tx) => {
      if (fence) await fence.assertHeld(tx);
      const res = await tx.update(
        ScrapeRunEntity,
        { id, status: 'running' },
        { ...counts, warnings, status, finishedAt: new Date(), heartbeatAt: new Date() },
      );
      if (!res.affected) throw new JobLockLostError(fence?.job ?? 'run', `run ${id} is no longer running`);
    });
  }

  async fail(
    id: string,
    status: 'failed' | 'interrupted',
    counts: RunCounts,
    error: { code: string; message: string; detail: Record<string, unknown> },
  ): Promise<void> {
    // Never demotes a finished success; otherwise the failure (and the counts so far) is the truth.
    await this.dataSource.manager.update(
      ScrapeRunEntity,
      { id, status: Not(In(['succeeded', 'partial'])) },
      {
        ...counts,
        status,
        finishedAt: new Date(),
        errorCode: error.code,
        errorMessage: error.message,
        errorDetail: error.detail as never,
      },
    );
  }

  /** The newest unfinished backfill over exactly this range, to resume. */
  async findResumableBackfill(kind: string, rangeKey: string): Promise<ScrapeRunEntity | null> {
    return this.dataSource.manager
      .createQueryBuilder(ScrapeRunEntity, 'r')
      .where('r.kind = :kind', { kind })
      .andWhere("r.params->>'rangeKey' = :rangeKey", { rangeKey })
      .andWhere('r.status IN (:...statuses)', { statuses: ['running', 'failed', 'interrupted'] })
      .andWhere('r.cursor IS NOT NULL')
      .andWhere(
        `NOT EXISTS (SELECT 1 FROM scrape_run s WHERE s.kind = r.kind AND s.params->>'rangeKey' = :rangeKey AND s.status = 'succeeded' AND s.started_at > r.started_at)`,
      )
      .orderBy('r.started_at', 'DESC')
      .getOne();
  }

  /**
   * Runs left `running` by a holder that died or lost its lock (the caller holds the job's lock).
   * Under a fence only runs of older tokens are marked, and only while the fence holds, so a
   * holder that has itself lost the lock cannot mark the new holder's run.
   */
  async markAbandoned(kind: string, olderThan: Date): Promise<number> {
    const fence = currentJobFence();
    return this.dataSource.transaction(async (tx) => {
      if (fence) await fence.assertHeld(tx);
      const [, affected] = await tx.query(
        `UPDATE scrape_run SET status = 'interrupted', finished_at = now(), error_code = 'ABANDONED', error_message = 'The process running this job stopped or lost its lock before it finished.'
          WHERE kind = $1 AND status = 'running' AND started_at < $2 AND ($3::bigint IS NULL OR fence_token IS NULL OR fence_token < $3::bigint)`,
        [kind, olderThan, fence?.token ?? null],
      );
      return affected ?? 0;
    });
  }

  async list(first: number, afterStartedAt: Date | null, afterId: string | null, kinds?: string[]): Promise<ScrapeRunEntity[]> {
    const qb = this.dataSource.manager
      .createQueryBuilder(ScrapeRunEntity, 'r')
      .orderBy('r.started_at', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .take(first);
    if (afterStartedAt && afterId) qb.where('(r.started_at, r.id) < (:at, :id)', { at: afterStartedAt, id: afterId });
    if (kinds?.length) qb.andWhere({ kind: In(kinds) });
    return qb.getMany();
  }

  /** The newest run of this kind that finished and stored what it read (a partial run did). */
  async lastSucceeded(kind: string): Promise<ScrapeRunEntity | null> {
    return this.dataSource.manager.findOne(ScrapeRunEntity, {
      where: { kind, status: In(['succeeded', 'partial']) },
      order: { finishedAt: 'DESC' },
    });
  }

  /** The newest finished runs of a kind, newest first (for health: failures in a row). */
  async recentFinished(kind: string, limit: number): Promise<Pick<ScrapeRunEntity, 'status' | 'finishedAt' | 'errorCode'>[]> {
    return this.dataSource.manager
      .createQueryBuilder(ScrapeRunEntity, 'r')
      .select(['r.status', 'r.finishedAt', 'r.errorCode'])
      .where('r.kind = :kind', { kind })
      .andWhere("r.status <> 'running'")
      .orderBy('r.finished_at', 'DESC', 'NULLS LAST')
      .take(limit)
      .getMany();
  }

  async firstStarted(kind: string): Promise<Date | null> {
    const [row] = await this.dataSource.query('SELECT min(started_at) AS at FROM scrape_run WHERE kind = $1', [kind]);
    return row?.at ?? null;
  }

  /** The latest heartbeat of a run of this kind still marked running (a live first sync beats after every step). */
  async lastHeartbeat(kind: string): Promise<Date | null> {
    const [row] = await this.dataSource.query(`SELECT max(heartbeat_at) AS at FROM scrape_run WHERE kind = $1 AND status = 'running'`, [
      kind,
    ]);
    return row?.at ?? null;
  }

  async lastSuccessByKind(): Promise<Map<string, Date>> {
    const rows: { kind: string; at: Date }[] = await this.dataSource.query(
      `SELECT kind, max(finished_at) AS at FROM scrape_run WHERE status IN ('succeeded', 'partial') GROUP BY kind`,
    );
    return new Map(rows.map((r) => [r.kind, r.at]));
  }

  /** eLMS requests recorded by runs, per kind, from every process (for /metrics). */
  async requestsByKind(): Promise<{ kind: string; n: number }[]> {
    return this.dataSource.query('SELECT kind, coalesce(sum(requests), 0)::bigint AS n FROM scrape_run GROUP BY kind');
  }

  /** Runs per kind and status (for /metrics). */
  async countsByKindAndStatus(): Promise<{ kind: string; status: string; n: number }[]> {
    return this.dataSource.query('SELECT kind, status, count(*)::int AS n FROM scrape_run GROUP BY kind, status');
  }
}
