import { AppConfig, Clock, UnitOfWork } from '@app/core';
import { LegislationIngestService, MatterLifecycleService } from '@app/legislation';
import { Inject, Injectable } from '@nestjs/common';
import { ElmsClient, ElmsHttpError, ElmsMatterListRow, ElmsMeetingListRow, FetchedDoc } from '../elms';
import { SyncStateRepository } from '../repositories/sync-state.repository';
import { ELMS_CLIENTS, ElmsClients } from './elms-client.factory';
import { affectedRecordNumbers, contentHash, emptyBatch, FetchedBatch } from './fetched-batch';
import { RunContext, RunRecorder, RunSummary } from './run-recorder.service';
import { SyncWriter } from './sync-writer.service';
import { odataInstant } from './odata-instant.util';
import { refreshStagesAfterCommit } from './refresh-stages.util';

export const MATTER_WATERMARK = 'elms.matters.lastPublicationDate';
export const ELMS_JOBS = { poll: 'elms.poll', sweep: 'elms.sweep', backfill: 'elms.backfill' } as const;

const DAY = 86_400_000;

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

/**
 * @description The routine poll and the nightly sweep. Each fetches and validates everything first,
 * then writes it in one transaction, so a failed run leaves stored rows exactly as they were.
 * The poll walks matters newest-first by lastPublicationDate and stops at the stored watermark.
 */
@Injectable()
export class ElmsSyncService {
  constructor(
    private readonly config: AppConfig,
    @Inject(ELMS_CLIENTS) private readonly clients: ElmsClients,
    private readonly recorder: RunRecorder,
    private readonly writer: SyncWriter,
    private readonly state: SyncStateRepository,
    private readonly uow: UnitOfWork,
    private readonly ingest: LegislationIngestService,
    private readonly lifecycle: MatterLifecycleService,
    private readonly clock: Clock,
  ) {}

  async poll(now = this.clock.now()): Promise<RunSummary> {
    const s = this.config.sync;
    const watermark = await this.state.get<string>(MATTER_WATERMARK);
    const first = watermark === null;
    const initialFrom = new Date(now.getTime() - s.initialSyncDays * DAY);
    return this.run(ELMS_JOBS.poll, {
      client: this.clients.poll,
      matterLowerBound: first ? initialFrom : new Date(watermark),
      meetingsFrom: first ? initialFrom : new Date(now.getTime() - s.meetingsLookbackDays * DAY),
      meetingsTo: new Date(now.getTime() + s.meetingsLookaheadDays * DAY),
      agendaWatchUntil: new Date(now.getTime() + s.agendaWatchDays * DAY),
      includePeople: first,
    }, { watermark, first });
  }

  async sweep(now = this.clock.now()): Promise<RunSummary> {
    const s = this.config.sync;
    const watermark = await this.state.get<string>(MATTER_WATERMARK);
    const from = new Date(now.getTime() - s.sweepDays * DAY);
    const lower = watermark && new Date(watermark) < from ? new Date(watermark) : from;
    return this.run(ELMS_JOBS.sweep, {
      client: this.clients.bulk,
      matterLowerBound: lower,
      meetingsFrom: from,
      meetingsTo: new Date(now.getTime() + s.meetingsLookaheadDays * DAY),
      agendaWatchUntil: new Date(now.getTime() + s.meetingsLookaheadDays * DAY),
      includePeople: true,
      refreshAllStages: true,
    }, { watermark });
  }

  private run(kind: string, plan: IncrementalPlan, params: Record<string, unknown>): Promise<RunSummary> {
    return this.recorder.record(
      kind,
      { ...params, matterLowerBound: plan.matterLowerBound, meetingsFrom: plan.meetingsFrom, meetingsTo: plan.meetingsTo },
      async (ctx) => {
        const batch = emptyBatch();
        const newest = await this.fetchChangedMatters(plan, batch);
        await this.fetchMeetings(plan.client, plan.meetingsFrom, plan.meetingsTo, plan.agendaWatchUntil, batch, ctx);
        if (plan.includePeople) await this.fetchPeople(plan.client, batch);
        const current = await this.state.get<string>(MATTER_WATERMARK);
        await this.uow.transaction(async (tx) => {
          Object.assign(ctx.counts, await this.writer.write(batch, ctx.run.id, tx));
          if (newest && (!current || new Date(newest) > new Date(current))) await this.state.set(MATTER_WATERMARK, newest, tx);
        });
        await refreshStagesAfterCommit(this.lifecycle, plan.refreshAllStages ? 'all' : affectedRecordNumbers(batch), ctx);
      },
    );
  }

  /** Returns the newest lastPublicationDate seen, the next watermark. */
  private async fetchChangedMatters(plan: IncrementalPlan, batch: FetchedBatch): Promise<string | null> {
    const candidates: ElmsMatterListRow[] = [];
    let newest: string | null = null;
    for await (const row of plan.client.walkMatters({ sortField: 'lastPublicationDate', direction: 'desc' })) {
      const lpd = row.data.lastPublicationDate;
      if (!lpd) continue;
      if (new Date(lpd) < plan.matterLowerBound) break;
      if (!newest || new Date(lpd) > new Date(newest)) newest = lpd;
      candidates.push(row.data);
    }
    batch.matters.push(...(await this.fetchMatterDetails(plan.client, candidates)));
    return newest;
  }

  /** Details only for matters not stored with this very lastPublicationDate. */
  async fetchMatterDetails(client: ElmsClient, rows: ElmsMatterListRow[]) {
    const stored = await this.ingest.publicationDates(rows.map((r) => r.matterId.trim()));
    const out = [];
    for (const row of rows) {
      const have = stored.get(row.matterId.trim());
      if (have && row.lastPublicationDate && have.getTime() === new Date(row.lastPublicationDate).getTime()) continue;
      out.push(await client.getMatter(row.matterId.trim()));
    }
    return out;
  }

  async fetchMeetings(client: ElmsClient, from: Date, to: Date, watchUntil: Date, batch: FetchedBatch, ctx: RunContext): Promise<void> {
    const rows: FetchedDoc<ElmsMeetingListRow>[] = [];
    const filter = `date ge ${odataInstant(from)} and date le ${odataInstant(to)}`;
    for await (const row of client.walkMeetings({ sortField: 'date', direction: 'asc', filter })) rows.push(row);
    batch.meetingRows.push(...rows);
    const states = await this.ingest.meetingStates(rows.map((r) => r.data.meetingId.trim()));
    for (const row of rows) {
      const st = states.get(row.data.meetingId.trim());
      const date = row.data.date ? new Date(row.data.date) : null;
      const watched = date !== null && date >= from && date <= watchUntil;
      if (st && st.detailHash && st.listHash === contentHash(row.raw) && !watched) continue;
      try {
        batch.meetingAgendas.push(await client.getMeetingAgenda(row.data.meetingId.trim()));
      } catch (err) {
        // A meeting without a published agenda is answered 404; the list row is still kept.
        if (!(err instanceof ElmsHttpError && err.status === 404)) throw err;
        ctx.warnings.push(`no agenda for meeting ${row.data.meetingId.trim()} (404)`);
      }
    }
  }

  private async fetchPeople(client: ElmsClient, batch: FetchedBatch): Promise<void> {
    for await (const b of client.walkBodies({ sortField: 'lastPublicationDate', direction: 'desc' })) batch.bodies.push(b);
    for await (const p of client.walkPersons({ sortField: 'lastPublicationDate', direction: 'desc' })) batch.persons.push(p);
  }
}
