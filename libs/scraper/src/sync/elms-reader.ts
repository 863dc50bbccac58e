import { Clock, currentJobFence } from '@app/core';
import { LegislationIngestService, toDate } from '@app/legislation';
import { Injectable, Logger } from '@nestjs/common';
import { ElmsClient, ElmsHttpError, ElmsMatterDetail, ElmsMatterListRow, ElmsMeetingListRow, FetchedDoc } from '../elms';
import { QuarantineRepository } from '../repositories/quarantine.repository';
import { contentHash, FetchedBatch } from './fetched-batch';
import { odataInstant } from './odata-instant.util';
import { fromRejectedRow, fromSchemaError } from './quarantine';
import type { RunContext } from './run-recorder.service';

/** Record numbers per list request when re-checking tracked matters (keeps the filter short). */
const TRACKED_CHUNK = 15;
/** Quarantined records re-fetched per run, oldest first. */
const QUARANTINE_RETRY_LIMIT = 50;

type MatterRef = Pick<ElmsMatterListRow, 'matterId' | 'lastPublicationDate'>;

/**
 * @description The fetch phase shared by poll, first sync, sweep and backfill. Every record is
 * validated on its own: one that fails is put in the batch's quarantine with its raw JSON and
 * the walk goes on. Only what is not a record's own fault (HTTP errors after retries, a changed
 * envelope) is thrown.
 */
@Injectable()
export class ElmsReader {
  private readonly logger = new Logger(ElmsReader.name);

  constructor(
    private readonly ingest: LegislationIngestService,
    private readonly quarantine: QuarantineRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * Matter list rows newest first, from `upper` (inclusive, null for the newest) down to
   * `lowerBound`. A row with no usable lastPublicationDate is still returned (it is a served
   * record) but does not end the walk.
   */
  async *matterRows(client: ElmsClient, lowerBound: Date, upper: string | null, batch: FetchedBatch): AsyncGenerator<ElmsMatterListRow> {
    const filter = upper ? `lastPublicationDate le ${upper}` : undefined;
    const rejectedIds: string[] = [];
    const walk = client.walkMatters({
      sortField: 'lastPublicationDate',
      direction: 'desc',
      filter,
      onRejected: (row) => {
        // A list row that fails may have a sound detail: read that; quarantine only what has no id.
        if (row.sourceId) rejectedIds.push(row.sourceId);
        else batch.quarantine.push(fromRejectedRow('matter_list_row', row));
      },
    });
    for await (const row of walk) {
      while (rejectedIds.length) yield { matterId: rejectedIds.shift()!, lastPublicationDate: null } as ElmsMatterListRow;
      const lpd = toDate(row.data.lastPublicationDate);
      if (lpd !== null && lpd < lowerBound) break;
      yield row.data;
    }
    while (rejectedIds.length) yield { matterId: rejectedIds.shift()!, lastPublicationDate: null } as ElmsMatterListRow;
  }

  /** Details only for matters not stored with this very lastPublicationDate; bad ones quarantined. */
  async matterDetails(client: ElmsClient, rows: MatterRef[], batch: FetchedBatch, ctx?: RunContext): Promise<void> {
    const stored = await this.ingest.publicationDates(rows.map((r) => r.matterId.trim()));
    const seen = new Set<string>();
    for (const row of rows) {
      const id = row.matterId.trim();
      if (seen.has(id)) continue;
      seen.add(id);
      const have = stored.get(id);
      const lpd = toDate(row.lastPublicationDate);
      if (have && lpd && have.getTime() === lpd.getTime()) continue;
      // A run whose job lock was lost stops fetching at once: another worker has taken the job.
      currentJobFence()?.throwIfLost();
      const doc = await this.matterDetail(client, id, batch, ctx);
      if (doc) batch.matters.push(doc);
    }
  }

  /** One detail; null when it failed validation (quarantined) or is gone (404, warned). */
  async matterDetail(
    client: ElmsClient,
    matterId: string,
    batch: FetchedBatch,
    ctx?: RunContext,
  ): Promise<FetchedDoc<ElmsMatterDetail> | null> {
    try {
      return await client.getMatter(matterId);
    } catch (err) {
      const q = fromSchemaError('matter', matterId, err, this.clock.now());
      if (q) {
        batch.quarantine.push(q);
        return null;
      }
      if (err instanceof ElmsHttpError && err.status === 404) {
        ctx?.warnings.push(`matter ${matterId} listed but not found (404)`);
        return null;
      }
      throw err;
    }
  }

  /**
   * Tracked matters, whatever their age. Stored ones are re-checked cheaply (one list request per
   * 15 record numbers, comparing lastPublicationDate); with `lookUpMissing`, ones not stored are
   * looked up by record number (done at start, so a fresh tracker shows its watchlist at once).
   */
  async trackedMatters(client: ElmsClient, batch: FetchedBatch, lookUpMissing: boolean, ctx?: RunContext): Promise<void> {
    const watch = await this.ingest.watchList();
    const inBatch = new Set(batch.matters.map((m) => m.data.recordNumber.trim().toUpperCase()));
    const pending = watch.filter((w) => !inBatch.has(w.recordNumber));
    const listed = new Map<string, ElmsMatterListRow>();
    for (let i = 0; i < pending.length; i += TRACKED_CHUNK) {
      const part = pending.slice(i, i + TRACKED_CHUNK);
      const filter = part.map((w) => `recordNumber eq '${w.recordNumber.replace(/'/g, "''")}'`).join(' or ');
      let page;
      try {
        page = await client.listMatters({ filter, top: TRACKED_CHUNK * 4 });
      } catch (err) {
        // eLMS refusing the filter must not stall every poll: the watermark walk still catches any
        // republished matter, and missing ones are looked up by record number below.
        if (!(err instanceof ElmsHttpError && err.status === 400)) throw err;
        ctx?.warnings.push(`tracked re-check refused by eLMS (400): ${err.url}`);
        break;
      }
      for (const r of page.rejected)
        if (r.sourceId) listed.set(r.sourceId, { matterId: r.sourceId, lastPublicationDate: null } as ElmsMatterListRow);
      for (const r of page.rows) listed.set(r.data.recordNumber.trim().toUpperCase(), r.data);
    }
    await this.matterDetails(client, [...listed.values()], batch, ctx);
    if (!lookUpMissing) return;
    const have = new Set(batch.matters.map((m) => m.data.recordNumber.trim().toUpperCase()));
    for (const w of pending) {
      if (w.matterId || have.has(w.recordNumber) || listed.has(w.recordNumber)) continue;
      try {
        const doc = await client.getMatterByRecordNumber(w.recordNumber);
        if (doc) batch.matters.push(doc);
        else ctx?.warnings.push(`tracked ${w.recordNumber} not found in eLMS`);
      } catch (err) {
        const q = fromSchemaError('matter', w.recordNumber, err, this.clock.now());
        if (!q) throw err;
        batch.quarantine.push(q);
      }
    }
  }

  /** Re-reads quarantined details (oldest seen first): a fixed source record leaves quarantine when stored. */
  async retryQuarantined(client: ElmsClient, batch: FetchedBatch, ctx?: RunContext): Promise<void> {
    const have = new Set(batch.matters.map((m) => m.data.matterId.trim()));
    for (const id of await this.quarantine.sourceIds('matter', QUARANTINE_RETRY_LIMIT)) {
      if (have.has(id)) continue;
      const doc = await this.matterDetail(client, id, batch, ctx);
      if (doc) batch.matters.push(doc);
    }
    const agendas = new Set(batch.meetingAgendas.map((a) => a.data.meetingId.trim()));
    for (const id of await this.quarantine.sourceIds('meeting_agenda', QUARANTINE_RETRY_LIMIT)) {
      if (!agendas.has(id)) await this.meetingAgenda(client, id, batch, ctx);
    }
  }

  /**
   * Meetings dated in [from, to] and the agendas of those whose row changed or that are dated before
   * `watchUntil` (votes and placements are posted around the meeting).
   */
  async meetings(client: ElmsClient, from: Date, to: Date, watchUntil: Date, batch: FetchedBatch, ctx: RunContext): Promise<void> {
    const rows: FetchedDoc<ElmsMeetingListRow>[] = [];
    const filter = `date ge ${odataInstant(from)} and date le ${odataInstant(to)}`;
    const walk = client.walkMeetings({
      sortField: 'date',
      direction: 'asc',
      filter,
      onRejected: (row) => batch.quarantine.push(fromRejectedRow('meeting_list_row', row)),
    });
    for await (const row of walk) rows.push(row);
    batch.meetingRows.push(...rows);
    const states = await this.ingest.meetingStates(rows.map((r) => r.data.meetingId.trim()));
    for (const row of rows) {
      const st = states.get(row.data.meetingId.trim());
      const date = toDate(row.data.date);
      const watched = date !== null && date >= from && date <= watchUntil;
      if (st && st.detailHash && st.listHash === contentHash(row.raw) && !watched) continue;
      currentJobFence()?.throwIfLost();
      await this.meetingAgenda(client, row.data.meetingId.trim(), batch, ctx);
    }
  }

  private async meetingAgenda(client: ElmsClient, meetingId: string, batch: FetchedBatch, ctx?: RunContext): Promise<void> {
    try {
      batch.meetingAgendas.push(await client.getMeetingAgenda(meetingId));
    } catch (err) {
      const q = fromSchemaError('meeting_agenda', meetingId, err, this.clock.now());
      if (q) {
        batch.quarantine.push(q);
        return;
      }
      // A meeting without a published agenda is answered 404; the list row is still kept.
      if (!(err instanceof ElmsHttpError && err.status === 404)) throw err;
      ctx?.warnings.push(`no agenda for meeting ${meetingId} (404)`);
    }
  }

  async people(client: ElmsClient, batch: FetchedBatch): Promise<void> {
    const sort = { sortField: 'lastPublicationDate', direction: 'desc' } as const;
    for await (const b of client.walkBodies({ ...sort, onRejected: (r) => batch.quarantine.push(fromRejectedRow('body', r)) }))
      batch.bodies.push(b);
    for await (const p of client.walkPersons({ ...sort, onRejected: (r) => batch.quarantine.push(fromRejectedRow('person', r)) }))
      batch.persons.push(p);
  }

  logQuarantined(batch: FetchedBatch, job: string): void {
    for (const q of batch.quarantine.slice(0, 20)) {
      this.logger.warn(
        `${job}: quarantined ${q.kind} ${q.sourceId ?? '(no id)'} at ${q.issues[0]?.path || '(root)'}: ${q.issues[0]?.message} (${q.url})`,
      );
    }
    if (batch.quarantine.length > 20) this.logger.warn(`${job}: ${batch.quarantine.length - 20} more records quarantined`);
  }
}
