import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MatterRepository } from '../repositories/matter.repository';
import { MeetingRepository } from '../repositories/meeting.repository';
import { PeopleRepository } from '../repositories/people.repository';
import { TrackingRepository } from '../repositories/tracking.repository';
import { MatterEventsService } from './matter-events.service';
import { MatterLifecycleService } from './matter-lifecycle.service';
import { rule41RecordNumbers } from '../lifecycle';
import { normalizeRecordNumber } from '../types/clean.util';
import { Sourced, SourceBody, SourceMatter, SourceMeeting, SourcePerson, UpsertCounts } from '../types/source-records';

const zero = (): UpsertCounts => ({ created: 0, updated: 0, unchanged: 0, staleStages: [] });

/**
 * @description Idempotent upserts of source records, keyed by the source's own ids. A record whose
 * content hash is unchanged writes nothing. Callers pass the transaction so a run commits whole. Every
 * write of matters or meetings marks the stored stages it may change stale in that transaction, so no
 * reader serves a stage derived from what was there before.
 */
@Injectable()
export class LegislationIngestService {
  constructor(
    private readonly matters: MatterRepository,
    private readonly meetings: MeetingRepository,
    private readonly people: PeopleRepository,
    private readonly events: MatterEventsService,
    private readonly tracking: TrackingRepository,
    private readonly lifecycle: MatterLifecycleService,
  ) {}

  /** Record numbers to keep current whatever their age (tracked matters, their substitutes, record-number rules). */
  watchList(): Promise<{ recordNumber: string; matterId: string | null; lastPublicationDate: Date | null }[]> {
    return this.tracking.watchList();
  }

  async upsertMatters(docs: Sourced<SourceMatter>[], tx: EntityManager): Promise<UpsertCounts> {
    const keys = new Set(docs.map((d) => d.record.matterId.trim()));
    // The chains as stored before this write: a matter that leaves one changes the story of the others.
    const chainsBefore = await this.lifecycle.chainLinks(recordNumbersOf(docs), tx);
    const stale = (written: Sourced<SourceMatter>[]) => {
      const numbers = new Set(recordNumbersOf(written));
      const before = chainsBefore.filter((l) => numbers.has(l.recordNumber)).map((l) => l.related);
      return written.length ? this.lifecycle.markStagesStale([...numbers, ...before], tx) : Promise.resolve([]);
    };
    if (keys.size === docs.length) {
      // The usual batch (each matter once): the upsert skips unchanged hashes itself, one round trip fewer.
      const { ids, sourceIds, created, tracked } = await this.matters.upsertChangedFromSource(docs, tx);
      await this.events.afterMattersWritten(tracked, tx);
      const written = new Set(sourceIds);
      const staleStages = await stale(docs.filter((d) => written.has(d.record.matterId.trim())));
      return { created, updated: ids.length - created, unchanged: docs.length - ids.length, staleStages };
    }
    const counts = zero();
    const existing = await this.matters.findHashes(
      docs.map((d) => d.record.matterId.trim()),
      tx,
    );
    // The last copy of a matter fetched twice in one batch wins.
    const changed = new Map<string, Sourced<SourceMatter>>();
    for (const doc of docs) {
      const key = doc.record.matterId.trim();
      if (existing.get(key)?.contentHash === doc.contentHash && !changed.has(key)) counts.unchanged++;
      else changed.set(key, doc);
    }
    for (const key of changed.keys()) counts[existing.has(key) ? 'updated' : 'created']++;
    const written = await this.matters.upsertManyFromSource([...changed.values()], tx);
    await this.events.afterMattersWritten(written, tx);
    counts.staleStages = await stale([...changed.values()]);
    return counts;
  }

  async upsertMeetings(docs: Sourced<SourceMeeting>[], form: 'list' | 'detail', tx: EntityManager): Promise<UpsertCounts> {
    const counts = zero();
    const existing = await this.meetings.findHashes(
      docs.map((d) => d.record.meetingId.trim()),
      tx,
    );
    const changed: { src: Sourced<SourceMeeting>; existingId: string | undefined }[] = [];
    for (const doc of docs) {
      const prev = existing.get(doc.record.meetingId.trim());
      const prevHash = form === 'list' ? prev?.listHash : prev?.detailHash;
      if (prev && prevHash === doc.contentHash) {
        counts.unchanged++;
        continue;
      }
      changed.push({ src: doc, existingId: prev?.id });
      counts[prev ? 'updated' : 'created']++;
    }
    // What the meetings named before this write: a matter dropped from an agenda or a notice moves too.
    const before = await this.meetings.storedNames(
      changed.filter((c) => c.existingId).map((c) => c.src.record.meetingId.trim()),
      tx,
    );
    let written: string[] = [];
    if (new Set(changed.map((c) => c.src.record.meetingId.trim())).size === changed.length) {
      written = await this.meetings.upsertManyFromSource(changed, form, tx);
    } else {
      // A meeting listed twice in one batch: one at a time, in order, so the last copy wins.
      for (const c of changed) written.push(await this.meetings.upsertFromSource(c.src, form, c.existingId, tx));
    }
    // Only meetings whose content changed are looked at, so an unchanged agenda fires nothing.
    await this.events.afterMeetingsWritten(written, tx);
    if (changed.length) {
      // The matters the meetings name now (agendas, Rule 41 notices) and those they named before; a list row
      // has no agenda, so a meeting moved reaches its stored agenda's matters through `before`.
      const named = [
        ...changed.flatMap(({ src: { record: m } }) => [
          ...(m.agenda?.groups ?? []).flatMap((g) => (g.items ?? []).map((i) => i.recordNumber)),
          ...(m.files ?? []).flatMap((f) => rule41RecordNumbers(f.fileName)),
        ]),
        ...before.agenda,
        ...before.notices.flatMap((f) => rule41RecordNumbers(f)),
      ];
      const numbers = [...new Set(named.filter((n): n is string => !!n?.trim()).map((n) => normalizeRecordNumber(n)))];
      counts.staleStages = await this.lifecycle.markStagesStale(numbers, tx);
    }
    return counts;
  }

  async upsertBodies(docs: Sourced<SourceBody>[], tx: EntityManager): Promise<UpsertCounts> {
    const counts = zero();
    const existing = await this.people.findBodyHashes(
      docs.map((d) => d.record.bodyId.trim()),
      tx,
    );
    for (const doc of docs) {
      const prev = existing.get(doc.record.bodyId.trim());
      if (prev?.contentHash === doc.contentHash) {
        counts.unchanged++;
        continue;
      }
      await this.people.upsertBody(doc, prev?.id, tx);
      counts[prev ? 'updated' : 'created']++;
    }
    return counts;
  }

  async upsertPersons(docs: Sourced<SourcePerson>[], tx: EntityManager): Promise<UpsertCounts> {
    const counts = zero();
    const existing = await this.people.findPersonHashes(
      docs.map((d) => d.record.personId.trim()),
      tx,
    );
    for (const doc of docs) {
      const prev = existing.get(doc.record.personId.trim());
      if (prev?.contentHash === doc.contentHash) {
        counts.unchanged++;
        continue;
      }
      await this.people.upsertPerson(doc, prev?.id, tx);
      counts[prev ? 'updated' : 'created']++;
    }
    return counts;
  }

  /** After a bulk load has grown the tables (first sync): see MatterRepository.refreshPlannerStatistics. */
  refreshPlannerStatistics(): Promise<void> {
    return this.matters.refreshPlannerStatistics();
  }

  /** Which of these matters are stored with this exact lastPublicationDate (so need no re-fetch). */
  async publicationDates(matterIds: string[], tx?: EntityManager): Promise<Map<string, Date | null>> {
    const hashes = await this.matters.findHashes(matterIds, tx);
    return new Map([...hashes].map(([k, v]) => [k, v.lastPublicationDate]));
  }

  async meetingStates(meetingIds: string[]) {
    return this.meetings.findHashes(meetingIds);
  }
}

function recordNumbersOf(docs: Sourced<SourceMatter>[]): string[] {
  return [...new Set(docs.map((d) => normalizeRecordNumber(d.record.recordNumber)))];
}
