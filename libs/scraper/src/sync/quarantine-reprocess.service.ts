import { AdvisoryLockService, Clock, JOBS, UnitOfWork } from '@app/core';
import { MatterLifecycleService } from '@app/legislation';
import { Injectable } from '@nestjs/common';
import type { z } from 'zod';
import {
  elmsBodySchema,
  elmsMatterDetailSchema,
  elmsMatterListRowSchema,
  elmsMeetingAgendaDetailSchema,
  elmsMeetingListRowSchema,
  elmsPersonSchema,
  formatPath,
} from '../elms';
import { QuarantineRepository } from '../repositories/quarantine.repository';
import { affectedRecordNumbers, emptyBatch, FetchedBatch } from './fetched-batch';
import { QuarantineEntry } from './quarantine';
import { refreshStagesAfterCommit } from './refresh-stages.util';
import { RunRecorder, RunSummary } from './run-recorder.service';
import { SyncWriter } from './sync-writer.service';

/** Where a record of each kind goes once it validates. A bare list row has no detail to store: it waits for the next poll. */
const TARGETS: Record<string, { schema: z.ZodType; field: keyof Omit<FetchedBatch, 'quarantine'> } | null> = {
  matter: { schema: elmsMatterDetailSchema, field: 'matters' },
  meeting_list_row: { schema: elmsMeetingListRowSchema, field: 'meetingRows' },
  meeting_agenda: { schema: elmsMeetingAgendaDetailSchema, field: 'meetingAgendas' },
  body: { schema: elmsBodySchema, field: 'bodies' },
  person: { schema: elmsPersonSchema, field: 'persons' },
  matter_list_row: null,
};

export class SyncRunningError extends Error {
  readonly code = 'SYNC_RUNNING';
  constructor() {
    super('A poll is running (its lock is held); run this again when it has finished.');
  }
}

export interface ReprocessSummary extends RunSummary {
  /** Records that validated and were stored (they left quarantine). */
  stored: number;
  /** Records that still fail, with their current problem recorded. */
  stillFailing: number;
  /** List rows that validate now; the next poll reads their detail. */
  waiting: number;
}

/**
 * @description After a fix to the schemas or the mapping: re-validates every quarantined record
 * from its stored raw copy (no re-fetch) and stores what passes, in one recorded run under the
 * poll's lock. What passes leaves quarantine; what still fails keeps its place with today's reason.
 */
@Injectable()
export class QuarantineReprocessService {
  constructor(
    private readonly quarantine: QuarantineRepository,
    private readonly recorder: RunRecorder,
    private readonly writer: SyncWriter,
    private readonly uow: UnitOfWork,
    private readonly lock: AdvisoryLockService,
    private readonly lifecycle: MatterLifecycleService,
    private readonly clock: Clock,
  ) {}

  async reprocess(): Promise<ReprocessSummary> {
    const outcome = await this.lock.tryRun(JOBS.elmsPoll, () => this.run());
    if (!outcome.acquired) throw new SyncRunningError();
    return outcome.result;
  }

  private async run(): Promise<ReprocessSummary> {
    const tally = { stored: 0, stillFailing: 0, waiting: 0 };
    const summary = await this.recorder.record(JOBS.quarantineReprocess, {}, async (ctx) => {
      const batch = emptyBatch();
      const now = this.clock.now();
      for await (const q of this.quarantine.all()) {
        const target = TARGETS[q.kind];
        let json: unknown;
        try {
          json = JSON.parse(q.raw);
        } catch {
          tally.stillFailing++;
          continue;
        }
        const schema = target?.schema ?? elmsMatterListRowSchema;
        const result = schema.safeParse(json);
        const entry: QuarantineEntry = { kind: q.kind, sourceId: q.sourceId, url: q.url, raw: q.raw, seenAt: q.lastSeenAt, issues: [] };
        if (!result.success) {
          batch.quarantine.push({ ...entry, issues: result.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })) });
          tally.stillFailing++;
        } else if (!target) {
          tally.waiting++;
        } else {
          (batch[target.field] as unknown[]).push({ data: result.data, raw: q.raw, url: q.url, fetchedAt: now });
        }
      }
      const stale = await this.uow.transaction(async (tx) => {
        const c = await this.writer.write(batch, ctx.run.id, tx);
        Object.assign(ctx.counts, {
          fetched: c.fetched,
          created: c.created,
          updated: c.updated,
          unchanged: c.unchanged,
          quarantined: c.quarantined,
        });
        tally.stored = c.released;
        // Records refused by the database on this pass count among those still failing.
        tally.stillFailing += c.quarantined - batch.quarantine.length;
        return c.staleStages;
      });
      await refreshStagesAfterCommit(this.lifecycle, [...new Set([...affectedRecordNumbers(batch), ...stale])], ctx);
    });
    return { ...summary, ...tally };
  }
}
