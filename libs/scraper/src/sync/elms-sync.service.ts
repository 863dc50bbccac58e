import { AppConfig, Clock, JOBS, UnitOfWork } from '@app/core';
import { MatterLifecycleService, toDate } from '@app/legislation';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ElmsClient, ElmsMatterListRow } from '../elms';
import { ScrapeRunRepository } from '../repositories/scrape-run.repository';
import { SyncStateRepository } from '../repositories/sync-state.repository';
import { ELMS_CLIENTS, ElmsClients } from './elms-client.factory';
import { ElmsReader } from './elms-reader';
import { affectedRecordNumbers, batchSize, emptyBatch, FetchedBatch } from './fetched-batch';
import { odataInstant } from './odata-instant.util';
import { isSystemic, SystemicDriftError } from './quarantine';
import { refreshStagesAfterCommit } from './refresh-stages.util';
import { addWriteCounts, RunContext, RunRecorder, RunSummary } from './run-recorder.service';
import { SyncWriter } from './sync-writer.service';

export const MATTER_WATERMARK = 'elms.matters.lastPublicationDate';
/** Where an unfinished first sync got to (absent once it has finished). */
export const INITIAL_SYNC_STATE = 'elms.initialSync';

const DAY = 86_400_000;
/** Past meetings of the first sync are read a month per committed step. */
const MEETING_STEP_MS = 30 * DAY;

interface IncrementalPlan {
  client: ElmsClient;
  matterLowerBound: Date;
  meetingsFrom: Date;
  meetingsTo: Date;
  /** Agendas of meetings dated before this are re-read even when their list row is unchanged. */
  agendaWatchUntil: Date;
  includePeople: boolean;
  /** Stages depend on the date (a placement counts until its meeting), so the sweep recomputes them all. */
  refreshAllStages?: boolean;
}

/** The first sync's cursor, committed with every step. */
export interface InitialSyncCursor {
  phase: 'tracked' | 'upcoming' | 'matters' | 'meetings' | 'people';
  startedAt: string;
  windowFrom: string;
  /** The newest lastPublicationDate seen when the matter walk began: the watermark once done. */
  newest: string | null;
  /** Resume the matter walk at this lastPublicationDate (inclusive), or past meetings after this date. */
  after: string | null;
  processed: number;
}

/**
 * @description The routine poll, the first sync and the nightly sweep.
 * - A poll fetches and validates everything first, then writes it in one transaction, so a failed
 *   run leaves stored rows exactly as they were. It walks matters newest-first by
 *   lastPublicationDate down to the stored watermark, re-checks the tracked matters whatever their
 *   age, and re-reads quarantined records.
 * - The first poll on an empty database is a resumable walk instead: tracked matters, upcoming
 *   meetings, then the window newest first, then past meetings and people, each step committed with
 *   its cursor, so a kill loses one step and the tracker serves what it has meanwhile.
 * - Bad records are quarantined and the rest stored (the run ends `partial`); only systemic drift
 *   (a changed envelope, or too large a share of bad records) fails a run.
 */
@Injectable()
export class ElmsSyncService {
  private readonly logger = new Logger(ElmsSyncService.name);
  /** Tracked record numbers not stored yet are looked up once per process, at its first poll. */
  private lookedUpMissing = false;

  constructor(
    private readonly config: AppConfig,
    @Inject(ELMS_CLIENTS) private readonly clients: ElmsClients,
    private readonly recorder: RunRecorder,
    private readonly writer: SyncWriter,
    private readonly state: SyncStateRepository,
    private readonly runs: ScrapeRunRepository,
    private readonly uow: UnitOfWork,
    private readonly reader: ElmsReader,
    private readonly lifecycle: MatterLifecycleService,
    private readonly clock: Clock,
  ) {}

  async poll(now = this.clock.now()): Promise<RunSummary> {
    const s = this.config.sync;
    const watermark = await this.state.get<string>(MATTER_WATERMARK);
    // An unfinished first sync is finished first, even if something set a watermark meanwhile.
    if (watermark === null || (await this.state.get(INITIAL_SYNC_STATE)) !== null) return this.initialSync(now);
    const lookUpMissing = !this.lookedUpMissing;
    const summary = await this.run(
      JOBS.elmsPoll,
      {
        client: this.clients.poll,
        matterLowerBound: new Date(watermark),
        meetingsFrom: new Date(now.getTime() - s.meetingsLookbackDays * DAY),
        meetingsTo: new Date(now.getTime() + s.meetingsLookaheadDays * DAY),
        agendaWatchUntil: new Date(now.getTime() + s.agendaWatchDays * DAY),
        includePeople: false,
      },
      { watermark },
      lookUpMissing,
    );
    this.lookedUpMissing = true;
    return summary;
  }

  async sweep(now = this.clock.now()): Promise<RunSummary> {
    const s = this.config.sync;
    const watermark = await this.state.get<string>(MATTER_WATERMARK);
    if ((await this.state.get(INITIAL_SYNC_STATE)) !== null) {
      // The first sync (under the poll's lock) reads all of it; a sweep beside it would set the
      // watermark early.
      return this.recorder.record(JOBS.elmsSweep, { skipped: 'first sync unfinished' }, async (ctx) => {
        ctx.warnings.push('skipped: the first sync has not finished');
      });
    }
    const from = new Date(now.getTime() - s.sweepDays * DAY);
    const lower = watermark && new Date(watermark) < from ? new Date(watermark) : from;
    return this.run(
      JOBS.elmsSweep,
      {
        client: this.clients.bulk,
        matterLowerBound: lower,
        meetingsFrom: from,
        meetingsTo: new Date(now.getTime() + s.meetingsLookaheadDays * DAY),
        agendaWatchUntil: new Date(now.getTime() + s.meetingsLookaheadDays * DAY),
        includePeople: true,
        refreshAllStages: true,
      },
      { watermark },
      true,
    );
  }

  private run(kind: string, plan: IncrementalPlan, params: Record<string, unknown>, lookUpMissing: boolean): Promise<RunSummary> {
    return this.recorder.record(
      kind,
      { ...params, matterLowerBound: plan.matterLowerBound, meetingsFrom: plan.meetingsFrom, meetingsTo: plan.meetingsTo },
      async (ctx) => {
        const batch = emptyBatch();
        let newest: string | null = null;
        const rows: ElmsMatterListRow[] = [];
        for await (const row of this.reader.matterRows(plan.client, plan.matterLowerBound, null, batch)) {
          const lpd = toDate(row.lastPublicationDate);
          if (lpd && (!newest || lpd > new Date(newest))) newest = row.lastPublicationDate!;
          rows.push(row);
        }
        await this.reader.matterDetails(plan.client, rows, batch, ctx);
        await this.reader.trackedMatters(plan.client, batch, lookUpMissing, ctx);
        await this.reader.retryQuarantined(plan.client, batch, ctx);
        await this.reader.meetings(plan.client, plan.meetingsFrom, plan.meetingsTo, plan.agendaWatchUntil, batch, ctx);
        if (plan.includePeople) await this.reader.people(plan.client, batch);
        const current = await this.state.get<string>(MATTER_WATERMARK);
        const stale = await this.commit(kind, batch, ctx, async (tx) => {
          if (newest && (!current || new Date(newest) > new Date(current))) await this.state.set(MATTER_WATERMARK, newest, tx);
        });
        // Besides what the run wrote: stages that waited on a meeting that has now come.
        const due = plan.refreshAllStages ? [] : await this.lifecycle.stagesDue();
        await refreshStagesAfterCommit(
          this.lifecycle,
          plan.refreshAllStages ? 'all' : [...new Set([...affectedRecordNumbers(batch), ...stale, ...due])],
          ctx,
        );
      },
    );
  }

  /**
   * The first sync, resumable: every step commits its rows and the cursor together. A rerun after a
   * kill (or a failed step) picks the cursor up; re-read rows already stored cost no detail request.
   */
  private async initialSync(now: Date): Promise<RunSummary> {
    const s = this.config.sync;
    const saved = await this.state.get<InitialSyncCursor>(INITIAL_SYNC_STATE);
    const cursor: InitialSyncCursor = saved ?? {
      phase: 'tracked',
      startedAt: now.toISOString(),
      windowFrom: new Date(now.getTime() - s.initialSyncDays * DAY).toISOString(),
      newest: null,
      after: null,
      processed: 0,
    };
    return this.recorder.record(
      JOBS.elmsPoll,
      { initial: true, resumedFrom: saved ? { phase: saved.phase, after: saved.after } : null, windowFrom: cursor.windowFrom },
      (ctx) => this.initialSteps(cursor, now, ctx),
      cursor as never,
    );
  }

  private async initialSteps(cursor: InitialSyncCursor, now: Date, ctx: RunContext): Promise<void> {
    const s = this.config.sync;
    const client = this.clients.bulk;
    const windowFrom = new Date(cursor.windowFrom);
    const total = (await client.listMatters({ filter: `lastPublicationDate ge ${odataInstant(windowFrom)}`, top: 1 })).meta.count;
    const recentFrom = new Date(now.getTime() - s.meetingsLookbackDays * DAY);

    if (cursor.phase === 'tracked') {
      const batch = emptyBatch();
      await this.reader.trackedMatters(client, batch, true, ctx);
      this.lookedUpMissing = true;
      await this.step(batch, { ...cursor, phase: 'upcoming' }, cursor, total, ctx);
    }
    if (cursor.phase === 'upcoming') {
      const batch = emptyBatch();
      const to = new Date(now.getTime() + s.meetingsLookaheadDays * DAY);
      await this.reader.meetings(client, recentFrom, to, new Date(now.getTime() + s.agendaWatchDays * DAY), batch, ctx);
      await this.step(batch, { ...cursor, phase: 'matters', after: null }, cursor, total, ctx);
    }
    if (cursor.phase === 'matters') {
      let pending: ElmsMatterListRow[] = [];
      const flush = async (last: boolean) => {
        const batch = emptyBatch();
        await this.reader.matterDetails(client, pending, batch, ctx);
        const lastDated = [...pending].reverse().find((r) => toDate(r.lastPublicationDate));
        const next: InitialSyncCursor = last
          ? { ...cursor, phase: 'meetings', after: null, processed: cursor.processed + pending.length }
          : { ...cursor, after: lastDated?.lastPublicationDate ?? cursor.after, processed: cursor.processed + pending.length };
        pending = [];
        await this.step(batch, next, cursor, total, ctx);
      };
      const walkBatch = emptyBatch();
      for await (const row of this.reader.matterRows(client, windowFrom, cursor.after, walkBatch)) {
        const lpd = toDate(row.lastPublicationDate);
        if (lpd && (!cursor.newest || lpd > new Date(cursor.newest))) cursor.newest = row.lastPublicationDate!;
        pending.push(row);
        if (walkBatch.quarantine.length) {
          await this.step(walkBatch, { ...cursor }, cursor, total, ctx);
          walkBatch.quarantine = [];
        }
        if (pending.length >= s.initialSyncStep) await flush(false);
      }
      if (walkBatch.quarantine.length) await this.step(walkBatch, { ...cursor }, cursor, total, ctx);
      await flush(true);
    }
    if (cursor.phase === 'meetings') {
      let from = cursor.after ? new Date(cursor.after) : windowFrom;
      while (from < recentFrom) {
        const to = new Date(Math.min(from.getTime() + MEETING_STEP_MS, recentFrom.getTime()));
        const batch = emptyBatch();
        await this.reader.meetings(client, from, new Date(to.getTime() - 1), windowFrom, batch, ctx);
        const done = to >= recentFrom;
        await this.step(
          batch,
          done ? { ...cursor, phase: 'people', after: null } : { ...cursor, after: to.toISOString() },
          cursor,
          total,
          ctx,
        );
        from = to;
      }
      if (cursor.phase === 'meetings') Object.assign(cursor, { phase: 'people', after: null });
    }
    // people: the last step also sets the watermark and clears the cursor, in one transaction.
    const batch = emptyBatch();
    await this.reader.people(client, batch);
    const watermark = cursor.newest ?? cursor.startedAt;
    const stale = await this.commit(JOBS.elmsPoll, batch, ctx, async (tx) => {
      await this.state.set(MATTER_WATERMARK, watermark, tx);
      await this.state.remove(INITIAL_SYNC_STATE, tx);
      await this.runs.progress(ctx.run.id, ctx.counts, null, total, tx);
    });
    await refreshStagesAfterCommit(this.lifecycle, [...new Set([...affectedRecordNumbers(batch), ...stale])], ctx, false);
    this.logger.log(`first sync done: ${cursor.processed} matters walked, watermark ${watermark}`);
  }

  /** Commits one step of the first sync with its cursor, then moves the in-memory cursor on. */
  private async step(
    batch: FetchedBatch,
    next: InitialSyncCursor,
    cursor: InitialSyncCursor,
    total: number,
    ctx: RunContext,
  ): Promise<void> {
    const saved = { ...next, newest: cursor.newest };
    const stale = await this.commit(JOBS.elmsPoll, batch, ctx, async (tx) => {
      await this.state.set(INITIAL_SYNC_STATE, saved, tx);
      ctx.counts.requests = ctx.requests();
      await this.runs.progress(ctx.run.id, ctx.counts, saved as never, total, tx);
    });
    Object.assign(cursor, saved);
    // The first fill is not news: stages settle as it proceeds, without matter.stage_changed events.
    await refreshStagesAfterCommit(this.lifecycle, [...new Set([...affectedRecordNumbers(batch), ...stale])], ctx, false);
    this.logger.log(
      `first sync: ${cursor.phase}${cursor.after ? ` from ${cursor.after}` : ''}, ${cursor.processed}/${total} matters walked, ${ctx.counts.fetched} records stored, ${ctx.counts.quarantined} quarantined`,
    );
  }

  /**
   * Fails on systemic drift (nothing written); else writes the batch, its quarantine and `also` in one
   * transaction. Returns the record numbers whose stored stage the write made stale.
   */
  private async commit(kind: string, batch: FetchedBatch, ctx: RunContext, also: (tx: EntityManager) => Promise<void>): Promise<string[]> {
    const failed = batch.quarantine.length;
    const read = batchSize(batch) + failed;
    const s = this.config.sync;
    if (isSystemic(failed, read, s.quarantineMaxShare, s.quarantineMinSystemic))
      throw new SystemicDriftError(failed, read, batch.quarantine);
    this.reader.logQuarantined(batch, kind);
    return this.uow.transaction(async (tx) => {
      const c = await this.writer.write(batch, ctx.run.id, tx);
      addWriteCounts(ctx.counts, c);
      await also(tx);
      return c.staleStages;
    });
  }
}
