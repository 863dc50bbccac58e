import { AppConfig, Clock, OUTBOX_EVENTS, OutboxEventInput, writeOutboxEvents } from '@app/core';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MatterEventsRepository } from '../repositories/matter-events.repository';

const CHICAGO = new Intl.DateTimeFormat('en-US', { timeZone: 'America/Chicago', dateStyle: 'full', timeStyle: 'short' });
const chicago = (d: Date | null) => (d ? CHICAGO.format(d) : null);

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

  async afterMeetingsWritten(tx: EntityManager, meetingRowIds: string[]): Promise<number> {
    const now = this.clock.now();
    const base = this.config.publicBaseUrl;
    const out: OutboxEventInput[] = [];
    for (const v of await this.events.scheduledVotes(tx, meetingRowIds, now)) {
      out.push({
        type: OUTBOX_EVENTS.voteScheduled,
        dedupKey: `${OUTBOX_EVENTS.voteScheduled}:${v.recordNumber}:${v.meetingId}:${v.date.toISOString()}`,
        subject: v.recordNumber,
        occurredAt: now,
        data: {
          matter: { recordNumber: v.recordNumber, matterId: v.matterId, title: v.title, url: `${base}/matters/${encodeURIComponent(v.recordNumber)}` },
          stage: 'ON_AGENDA',
          meeting: {
            meetingId: v.meetingId,
            body: v.body,
            startsAt: v.date.toISOString(),
            startsAtLocal: chicago(v.date),
            timeZone: 'America/Chicago',
            location: v.location,
            publicCommentDeadline: v.publicCommentDeadline?.toISOString() ?? null,
            publicCommentDeadlineLocal: chicago(v.publicCommentDeadline),
          },
        },
      });
    }
    for (const f of await this.events.rule41Files(tx, meetingRowIds)) {
      out.push({
        type: OUTBOX_EVENTS.rule41NoticeFiled,
        dedupKey: `${OUTBOX_EVENTS.rule41NoticeFiled}:${f.recordNumber}:${f.meetingId}:${f.fileName}`,
        subject: f.recordNumber,
        occurredAt: now,
        data: {
          matter: { recordNumber: f.recordNumber, matterId: f.matterId, title: f.title, url: `${base}/matters/${encodeURIComponent(f.recordNumber)}` },
          notice: { fileName: f.fileName, url: f.url },
          meeting: { meetingId: f.meetingId, body: f.body, startsAt: f.date?.toISOString() ?? null, startsAtLocal: chicago(f.date) },
        },
      });
    }
    return writeOutboxEvents(tx, out);
  }
}
