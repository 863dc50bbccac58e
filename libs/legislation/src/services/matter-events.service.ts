import { AppConfig, CHICAGO_TIME_ZONE, Clock, OutboxEventInput, chicagoDateTimeOrNull, writeOutboxEvents } from '@app/core';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { createHash } from 'node:crypto';
import { chaptersNamedIn } from '../events/chapters-named';
import { LEGISLATION_EVENTS } from '../events/legislation-events';
import { resultFromActionName, tallyVotes } from '../lifecycle';
import { MatterEventsRepository } from '../repositories/matter-events.repository';

/**
 * @description Turns written meetings into outbox events for tracked matters, in the same
 * transaction: `matter.vote_scheduled` (a tracked matter on the agenda of a future meeting) and
 * `matter.rule41_notice_filed`. Dedup keys make each (matter, meeting) fire once, however often the
 * agenda is re-read.
 */
@Injectable()
export class MatterEventsService {
  constructor(
    private readonly events: MatterEventsRepository,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  async afterMeetingsWritten(meetingRowIds: string[], tx: EntityManager): Promise<number> {
    const now = this.clock.now();
    const base = this.config.publicBaseUrl;
    const out: OutboxEventInput[] = [];
    for (const v of await this.events.scheduledVotes(meetingRowIds, now, tx)) {
      out.push({
        type: LEGISLATION_EVENTS.voteScheduled,
        dedupKey: `${LEGISLATION_EVENTS.voteScheduled}:${v.recordNumber}:${v.meetingId}:${v.date.toISOString()}`,
        subject: v.recordNumber,
        occurredAt: now,
        data: {
          matter: {
            recordNumber: v.recordNumber,
            matterId: v.matterId,
            title: v.title,
            url: `${base}/matters/${encodeURIComponent(v.recordNumber)}`,
          },
          chapters: chaptersNamedIn(v.title),
          stage: 'ON_AGENDA',
          meeting: {
            meetingId: v.meetingId,
            body: v.body,
            startsAt: v.date.toISOString(),
            startsAtLocal: chicagoDateTimeOrNull(v.date),
            timeZone: CHICAGO_TIME_ZONE,
            location: v.location,
            publicCommentDeadline: v.publicCommentDeadline?.toISOString() ?? null,
            publicCommentDeadlineLocal: chicagoDateTimeOrNull(v.publicCommentDeadline),
          },
        },
      });
    }
    for (const f of await this.events.rule41Files(meetingRowIds, tx)) {
      out.push({
        type: LEGISLATION_EVENTS.rule41NoticeFiled,
        dedupKey: `${LEGISLATION_EVENTS.rule41NoticeFiled}:${f.recordNumber}:${f.meetingId}:${f.fileName}`,
        subject: f.recordNumber,
        occurredAt: now,
        data: {
          matter: {
            recordNumber: f.recordNumber,
            matterId: f.matterId,
            title: f.title,
            url: `${base}/matters/${encodeURIComponent(f.recordNumber)}`,
          },
          chapters: chaptersNamedIn(f.title),
          notice: { fileName: f.fileName, url: f.url },
          meeting: {
            meetingId: f.meetingId,
            body: f.body,
            startsAt: f.date?.toISOString() ?? null,
            startsAtLocal: chicagoDateTimeOrNull(f.date),
          },
        },
      });
    }
    for (const m of await this.events.changedMeetings(meetingRowIds, tx)) {
      const cancelled = /cancel/i.test(m.status);
      const type = cancelled ? LEGISLATION_EVENTS.meetingCancelled : LEGISLATION_EVENTS.meetingRescheduled;
      out.push({
        type,
        dedupKey: `${type}:${m.meetingId}:${m.status}:${m.date?.toISOString() ?? ''}`,
        subject: m.meetingId,
        occurredAt: now,
        data: {
          meeting: {
            meetingId: m.meetingId,
            body: m.body,
            status: m.status,
            startsAt: m.date?.toISOString() ?? null,
            startsAtLocal: chicagoDateTimeOrNull(m.date),
            location: m.location,
          },
          recordNumbers: m.recordNumbers,
        },
      });
    }
    return writeOutboxEvents(out, tx);
  }

  /**
   * `matter.vote_recorded` for each roll call of a tracked matter; `matter.text_changed` when its legislation files change.
   * Untracked ids are skipped by the reads, so a caller that knows which are tracked passes only those (none: no reads).
   */
  async afterMattersWritten(matterRowIds: string[], tx: EntityManager): Promise<number> {
    const now = this.clock.now();
    const base = this.config.publicBaseUrl;
    const out: OutboxEventInput[] = [];
    for (const rc of await this.events.rollCalls(matterRowIds, tx)) {
      const t = tallyVotes(rc.votes);
      out.push({
        type: LEGISLATION_EVENTS.voteRecorded,
        dedupKey: `${LEGISLATION_EVENTS.voteRecorded}:${rc.recordNumber}:${rc.historyId ?? `${rc.actionName}:${rc.actionDate?.toISOString()}`}`,
        subject: rc.recordNumber,
        occurredAt: now,
        data: {
          matter: {
            recordNumber: rc.recordNumber,
            matterId: rc.matterId,
            title: rc.title,
            url: `${base}/matters/${encodeURIComponent(rc.recordNumber)}`,
          },
          chapters: chaptersNamedIn(rc.title),
          action: { name: rc.actionName, date: rc.actionDate?.toISOString() ?? null },
          result: resultFromActionName(rc.actionName),
          tally: { ...t.counts, total: t.total },
          rollCall: rc.votes,
        },
      });
    }
    for (const m of await this.events.legislationTexts(matterRowIds, tx)) {
      const fingerprint = createHash('sha256').update(JSON.stringify(m.files)).digest('hex').slice(0, 16);
      out.push({
        type: LEGISLATION_EVENTS.textChanged,
        dedupKey: `${LEGISLATION_EVENTS.textChanged}:${m.recordNumber}:${fingerprint}`,
        subject: m.recordNumber,
        occurredAt: now,
        data: {
          matter: {
            recordNumber: m.recordNumber,
            matterId: m.matterId,
            title: m.title,
            url: `${base}/matters/${encodeURIComponent(m.recordNumber)}`,
          },
          chapters: chaptersNamedIn(m.title),
          substituteOf: m.originalRecordNumber,
          files: m.files,
          redlineUrl: `${base}/matters/${encodeURIComponent(m.recordNumber)}/redline`,
        },
      });
    }
    return writeOutboxEvents(out, tx);
  }

  /** `matter.stage_changed` for tracked matters, in the transaction that stores the new stage. */
  async afterStagesChanged(
    changes: { id: string; recordNumber: string; stage: string; since: Date | null; previous: string | null }[],
    tx: EntityManager,
  ): Promise<number> {
    const real = changes.filter((c) => c.previous !== null && c.previous !== c.stage);
    if (real.length === 0) return 0;
    const tracked = await this.events.trackedMatterTitles(
      real.map((c) => c.id),
      tx,
    );
    const now = this.clock.now();
    const base = this.config.publicBaseUrl;
    return writeOutboxEvents(
      real
        .filter((c) => tracked.has(c.id))
        .map((c) => ({
          type: LEGISLATION_EVENTS.stageChanged,
          dedupKey: `${LEGISLATION_EVENTS.stageChanged}:${c.recordNumber}:${c.previous}->${c.stage}:${c.since?.toISOString() ?? ''}`,
          subject: c.recordNumber,
          occurredAt: now,
          data: {
            matter: { recordNumber: c.recordNumber, url: `${base}/matters/${encodeURIComponent(c.recordNumber)}` },
            chapters: chaptersNamedIn(tracked.get(c.id)),
            from: c.previous,
            to: c.stage,
            since: c.since?.toISOString() ?? null,
          },
        })),
      tx,
    );
  }
}
