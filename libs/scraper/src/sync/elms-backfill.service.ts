import { AdvisoryLockService, JOBS, UnitOfWork } from '@app/core';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { ElmsMatterListRow } from '../elms';
import { ScrapeRunRepository } from '../repositories/scrape-run.repository';
import { ELMS_CLIENTS, ElmsClients } from './elms-client.factory';
import { ElmsReader } from './elms-reader';
import { affectedRecordNumbers, emptyBatch, FetchedBatch } from './fetched-batch';
import { fromRejectedRow } from './quarantine';
import { LegislationIngestService, MatterLifecycleService } from '@app/legislation';
import { odataInstant } from './odata-instant.util';
import { refreshStagesInStep } from './refresh-stages.util';
import { addWriteCounts, RunContext, RunInterruptedError, RunRecorder, RunSummary } from './run-recorder.service';
import { SyncWriter } from './sync-writer.service';

/** Commits in progress or waiting while the walk fetches on: one running, one queued behind it. */
const COMMITS_AHEAD = 2;

export interface BackfillProgress {
  phase: 'matters' | 'meetings';
  processed: number;
  /** Of `processed`, how many were done by an earlier run this one resumed (for the rate). */
  processedBefore: number;
  total: number | null;
  fetched: number;
  elapsedMs: number;
}

export interface BackfillOptions {
  from: Date;
  to: Date;
  /** Matters per committed step; a killed backfill loses at most one step. */
  stepSize?: number;
  signal?: AbortSignal;
  onProgress?: (p: BackfillProgress) => void;
}

interface BackfillCursor {
  phase: 'matters' | 'meetings';
  /** Resume the phase's walk from this sort value (inclusive; re-seen rows are skipped cheaply). */
  after: string | null;
  processed: number;
}

export class BackfillAlreadyRunningError extends Error {
  readonly code = 'BACKFILL_RUNNING';
  constructor() {
    super('Another backfill is running (advisory lock held).');
  }
}

/**
 * @description Backfills matters introduced in [from, to) and meetings dated in it, committing
 * every step together with a cursor on its run row. A rerun over the same range resumes from the
 * newest unfinished run's cursor; upserts keyed by the source ids make the overlap harmless.
 */
@Injectable()
export class ElmsBackfillService {
  private readonly logger = new Logger(ElmsBackfillService.name);

  constructor(
    @Inject(ELMS_CLIENTS) private readonly clients: ElmsClients,
    private readonly recorder: RunRecorder,
    private readonly runs: ScrapeRunRepository,
    private readonly writer: SyncWriter,
    private readonly uow: UnitOfWork,
    private readonly reader: ElmsReader,
    private readonly lock: AdvisoryLockService,
    private readonly lifecycle: MatterLifecycleService,
    private readonly ingest: LegislationIngestService,
  ) {}

  async backfill(opts: BackfillOptions): Promise<RunSummary & { resumedFrom: string | null }> {
    const outcome = await this.lock.tryRun(JOBS.elmsBackfill, () => this.run(opts));
    if (!outcome.acquired) throw new BackfillAlreadyRunningError();
    return outcome.result;
  }

  private async run(opts: BackfillOptions): Promise<RunSummary & { resumedFrom: string | null }> {
    const rangeKey = `${opts.from.toISOString()}..${opts.to.toISOString()}`;
    // We hold the lock, so a backfill still marked running belongs to a process that died.
    await this.runs.markAbandoned(JOBS.elmsBackfill, new Date());
    const previous = await this.runs.findResumableBackfill(JOBS.elmsBackfill, rangeKey);
    const cursor: BackfillCursor = (previous?.cursor as unknown as BackfillCursor) ?? { phase: 'matters', after: null, processed: 0 };
    const params = { from: opts.from, to: opts.to, rangeKey, resumedFrom: previous?.id ?? null };
    const summary = await this.recorder.record(JOBS.elmsBackfill, params, (ctx) => this.walk(opts, { ...cursor }, ctx), cursor as never);
    return { ...summary, resumedFrom: previous?.id ?? null };
  }

  private async walk(opts: BackfillOptions, cursor: BackfillCursor, ctx: RunContext): Promise<void> {
    const started = Date.now();
    const client = this.clients.bulk;
    const step = opts.stepSize ?? 50;
    const range = `introductionDate ge ${odataInstant(opts.from)} and introductionDate lt ${odataInstant(opts.to)}`;
    const total = (await client.listMatters({ filter: range, top: 1 })).meta.count;
    let processedBefore = cursor.processed;
    // Of a committed step: the walk's own cursor may already be a step or two further on.
    const report = (at: BackfillCursor = cursor) =>
      opts.onProgress?.({
        phase: at.phase,
        processed: at.processed,
        processedBefore,
        total: at.phase === 'matters' ? total : null,
        fetched: ctx.counts.fetched,
        elapsedMs: Date.now() - started,
      });

    if (cursor.phase === 'matters') {
      const filter = cursor.after ? `introductionDate ge ${cursor.after} and introductionDate lt ${odataInstant(opts.to)}` : range;
      if (cursor.after) {
        // The walk resumes at the last step's date, inclusive: matters sharing it (a council
        // meeting introduces hundreds on one date) are walked again. Done is what lies before it.
        const remaining = (await client.listMatters({ filter, top: 1 })).meta.count;
        cursor.processed = processedBefore = Math.max(0, total - remaining);
      }
      let pending: ElmsMatterListRow[] = [];
      // Steps commit (and refresh their stages) while later steps' details are fetched: the walk
      // waited on the database half of the time. Commits stay in order, one at a time, each with
      // the cursor of its own step, so a run stopped anywhere resumes after its last commit. One
      // fetched step may wait behind the commit in progress, so a slow commit does not stall the
      // fetch at once; the walk waits when a second would.
      let committing: Promise<void> = Promise.resolve();
      const queued: Promise<void>[] = [];
      let analyzedAt = 0;
      // Each time the walk has doubled what it stored (from 500), the planner's statistics are
      // refreshed: autovacuum lags a bulk load, and steps planned on a near-empty table slow down.
      const keepStatisticsFresh = async (processed: number) => {
        if (processed < Math.max(500, 2 * analyzedAt)) return;
        analyzedAt = processed;
        await this.ingest
          .refreshPlannerStatistics()
          .catch((err: Error) => this.logger.warn(`ANALYZE after ${processed} matters: ${err.message}`));
      };
      const flush = async () => {
        const rows = pending;
        pending = [];
        const batch = emptyBatch();
        await this.reader.matterDetails(client, rows, batch, ctx);
        while (queued.length >= COMMITS_AHEAD) await queued.shift();
        this.checkAbort(opts.signal);
        cursor.processed += rows.length;
        cursor.after = rows[rows.length - 1]?.introductionDate ?? cursor.after;
        const snapshot = { ...cursor };
        // Runs only once the step before has committed (a failure there skips it).
        const committed = committing
          .then(() => {
            // Interrupted while this step was fetched or queued: it is not committed (the run resumes before it).
            this.checkAbort(opts.signal);
            return this.commit(batch, snapshot, total, ctx);
          })
          .then(() => keepStatisticsFresh(snapshot.processed))
          .then(() => report(snapshot));
        // Awaited by a later step or at the end; marked handled so a failure waits for that await.
        committed.catch(() => undefined);
        committing = committed;
        queued.push(committed);
      };
      const rejected = emptyBatch();
      const walk = client.walkMatters({
        sortField: 'introductionDate',
        direction: 'asc',
        filter,
        // A bad list row with an id still gets its detail read; one without is quarantined.
        onRejected: (r) =>
          r.sourceId
            ? pending.push({ matterId: r.sourceId, lastPublicationDate: null } as ElmsMatterListRow)
            : rejected.quarantine.push(fromRejectedRow('matter_list_row', r)),
      });
      try {
        for await (const row of walk) {
          this.checkAbort(opts.signal);
          pending.push(row.data);
          if (rejected.quarantine.length) {
            await committing;
            await this.commit(rejected, { ...cursor }, total, ctx);
            rejected.quarantine = [];
          }
          if (pending.length >= step) await flush();
        }
        if (pending.length) await flush();
      } finally {
        // Never leave a commit running behind the run's end (interrupted, failed or done).
        await committing.catch(() => undefined);
      }
      await committing;
      Object.assign(cursor, { phase: 'meetings', after: null, processed: 0 });
      processedBefore = 0;
    }

    this.checkAbort(opts.signal);
    const batch = emptyBatch();
    const from = cursor.after ? new Date(cursor.after) : opts.from;
    await this.reader.meetings(client, from, new Date(opts.to.getTime() - 1), opts.from, batch, ctx);
    cursor.processed += batch.meetingRows.length;
    cursor.after = odataInstant(opts.to);
    await this.commit(batch, cursor, total, ctx);
    report();
  }

  private async commit(batch: FetchedBatch, cursor: BackfillCursor, total: number, ctx: RunContext): Promise<void> {
    await this.uow.transaction(async (tx) => {
      const c = await this.writer.write(batch, ctx.run.id, tx);
      addWriteCounts(ctx.counts, c);
      ctx.counts.requests = ctx.requests();
      await this.runs.progress(ctx.run.id, ctx.counts, { ...cursor }, total, tx);
      // The stages commit with the step (one transaction instead of two per step).
      await refreshStagesInStep(this.lifecycle, [...new Set([...affectedRecordNumbers(batch), ...c.staleStages])], tx, ctx);
    });
  }

  private checkAbort(signal?: AbortSignal): void {
    if (signal?.aborted) throw new RunInterruptedError();
  }
}
