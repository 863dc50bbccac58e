import { bumpDataVersion, Clock, UnitOfWork } from '@app/core';
import { MatterEventsService } from './matter-events.service';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MatterEntity } from '../entities/matter.entity';
import {
  buildTimeline,
  deriveStage,
  isRule41Notice,
  Stage,
  STAGE_RULES_VERSION,
  StageResult,
  storedStage,
  TimelineStep,
} from '../lifecycle';
import { MatterRepository, StageRow } from '../repositories/matter.repository';
import { LifecycleRepository, NextMeetingRow } from '../repositories/lifecycle.repository';
import { MeetingRepository } from '../repositories/meeting.repository';

export interface StoryStep extends TimelineStep {
  /** Which matter of the substitute chain the step belongs to. */
  recordNumber: string;
}

export type NextStep =
  | {
      kind: 'MEETING';
      meetingId: string;
      body: string | null;
      date: Date;
      location: string | null;
      publicCommentDeadline: Date | null;
      meetingStatus: string | null;
    }
  | { kind: 'COMMITTEE'; committees: string[]; since: Date | null }
  | { kind: 'COUNCIL'; reason: 'REPORTED_OUT' | 'RULE_41_NOTICE' | 'DEFERRED'; since: Date | null };

export interface MatterLifecycle {
  timeline: StoryStep[];
  stage: StageResult;
  nextStep: NextStep | null;
  /** Other matters of the same proposal (original, substitutes, eLMS relations). */
  related: string[];
}

const IN_COMMITTEE = new Set([Stage.IN_COMMITTEE, Stage.IN_RULES_COMMITTEE, Stage.INTRODUCED]);
const WAITING = new Set([Stage.REPORTED_OUT, Stage.RULE_41_NOTICE_FILED, Stage.DEFERRED]);

/**
 * @description Where a matter is and what happens next. Builds one story per proposal: the
 * matter's actions with those of its substitute chain, Rule 41 notices found among meeting files,
 * and its placements on published agendas; then its stage and next step, at the injected clock.
 * Works on batches so the api resolves a page of matters in a fixed number of queries.
 */
@Injectable()
export class MatterLifecycleService {
  constructor(
    private readonly matters: MatterRepository,
    private readonly lifecycle: LifecycleRepository,
    private readonly clock: Clock,
    private readonly uow: UnitOfWork,
    private readonly events: MatterEventsService,
    private readonly meetings: MeetingRepository,
  ) {}

  /**
   * Recomputes and stores the stage of the given matters (by record number, including every
   * matter of their substitute chains), or of all matters. Writes only stages that changed.
   * `announce: false` stores stages without `matter.stage_changed` events: for the first fill of an
   * empty database, where a stage moving as the fill proceeds is not news.
   */
  async refreshStages(recordNumbers: string[] | 'all', opts: { announce?: boolean } = {}): Promise<number> {
    let changed = 0;
    // Each part is locked, read and stored in one transaction: a write that marks a stage stale either
    // commits before the lock (and is read) or waits for the store (and marks it stale after).
    const save = (numbers: string[]) =>
      this.uow.transaction(async (tx) => {
        const matters = await this.matters.findByRecordNumbers(numbers, tx, true);
        changed += await this.storeStages(await this.stageRows(matters, tx), this.clock.now(), opts, tx);
      });
    if (recordNumbers === 'all') {
      for (let page = await this.matters.pageAll(null, 500); page.length; page = await this.matters.pageAll(page[page.length - 1].id, 500))
        await save(page.map((m) => m.recordNumber));
      return changed;
    }
    // A change to one matter of a chain changes the story, and so maybe the stage, of all of them.
    const related = (await this.lifecycle.relatedRecordNumbers(recordNumbers)).map((r) => r.related);
    const all = [...new Set([...recordNumbers, ...related])];
    for (let i = 0; i < all.length; i += 500) await save(all.slice(i, i + 500));
    return changed;
  }

  /**
   * The same as `refreshStages(recordNumbers)`, read and written inside the caller's transaction (a
   * sync step's): the stages commit with the rows they derive from, and the step pays no second
   * transaction. A failure aborts the transaction, so callers that must not fail run it under a savepoint.
   */
  async refreshStagesIn(recordNumbers: string[], tx: EntityManager, opts: { announce?: boolean } = {}): Promise<number> {
    if (recordNumbers.length === 0) return 0;
    const at = this.clock.now();
    const relatedRows = await this.lifecycle.relatedRecordNumbers(recordNumbers, tx);
    const all = [...new Set([...recordNumbers, ...relatedRows.map((r) => r.related)])];
    // The chains of the requested numbers are known now; only the matters they pulled in need a look-up.
    const asked = new Set(recordNumbers);
    let changed = 0;
    for (let i = 0; i < all.length; i += 500) {
      const part = all.slice(i, i + 500);
      const matters = await this.matters.findByRecordNumbers(part, tx, true);
      const inPart = new Set(part);
      const partRelated = [
        ...relatedRows.filter((r) => inPart.has(r.recordNumber)),
        ...(await this.lifecycle.relatedRecordNumbers(
          part.filter((n) => !asked.has(n)),
          tx,
        )),
      ];
      changed += await this.storeStages(await this.stageRows(matters, tx, partRelated), at, opts, tx);
    }
    return changed;
  }

  /**
   * Marks the stored stages that a write in `tx` may have changed as stale, so readers derive them live
   * until the next refresh: the given matters with their substitute chains. Returns the record numbers
   * marked, for the refresh that follows.
   */
  markStagesStale(recordNumbers: string[], tx: EntityManager): Promise<string[]> {
    return this.lifecycle.markChainsStale(recordNumbers, tx);
  }

  /** The substitute-chain links of these matters as stored now (read before a write that may change them). */
  chainLinks(recordNumbers: string[], tx: EntityManager): Promise<{ recordNumber: string; related: string }[]> {
    return this.lifecycle.relatedRecordNumbers(recordNumbers, tx);
  }

  /** Matters whose stored stage waited on a meeting that has come: the poll re-derives them. */
  stagesDue(): Promise<string[]> {
    return this.matters.stagesHeldUntilBefore(this.clock.now());
  }

  /** The stored stage of `m` when it still holds now (see storedStage), else null: derive it live. */
  storedStageOf(m: MatterEntity): StageResult | null {
    return storedStage(m, this.clock.now());
  }

  /** The stage of each matter (by row id): stored where it holds (see storedStage), derived live for the rest. */
  async currentStages(matters: MatterEntity[]): Promise<Map<string, StageResult>> {
    const out = new Map<string, StageResult>();
    const live: MatterEntity[] = [];
    for (const m of matters) {
      const stored = this.storedStageOf(m);
      if (stored) out.set(m.id, stored);
      else live.push(m);
    }
    for (const [id, l] of live.length ? await this.forMatters(live) : []) out.set(id, l.stage);
    return out;
  }

  /**
   * Each row of a stream with its matter's current stage (see currentStages), looked up `batchSize` rows at
   * a time: for downloads, which would otherwise show the stored column as it is, fresh or not.
   */
  async *withCurrentStages<T>(
    rows: AsyncIterable<T>,
    matterOf: (row: T) => MatterEntity,
    batchSize = 500,
  ): AsyncGenerator<{ row: T; stage: StageResult }> {
    const staged = async (batch: T[]) => {
      const stages = await this.currentStages(batch.map(matterOf));
      return batch.map((row) => ({ row, stage: stages.get(matterOf(row).id)! }));
    };
    let batch: T[] = [];
    for await (const row of rows) {
      batch.push(row);
      if (batch.length < batchSize) continue;
      yield* await staged(batch);
      batch = [];
    }
    if (batch.length) yield* await staged(batch);
  }

  /**
   * The stage and next step of each matter (by row id): stored where the stage holds (one look-up of the
   * next meetings), derived live for the rest. For pages that show no more of the story than that.
   */
  async stagesAndNextSteps(matters: MatterEntity[]): Promise<Map<string, { stage: StageResult; nextStep: NextStep | null }>> {
    const out = new Map<string, { stage: StageResult; nextStep: NextStep | null }>();
    const stored = matters.map((m) => [m, this.storedStageOf(m)] as const);
    const meetingIds = [...new Set(stored.flatMap(([m, s]) => (s && m.stageNextMeeting ? [m.stageNextMeeting] : [])))];
    const meetings = new Map(
      (await this.meetings.findBySourceIds(meetingIds)).map((r): [string, NextMeetingRow] => [
        r.meetingId,
        {
          meetingId: r.meetingId,
          meetingDate: r.date,
          body: r.bodyName,
          location: r.location,
          publicCommentDeadline: r.publicCommentDeadline,
          meetingStatus: r.status,
        },
      ]),
    );
    const live: MatterEntity[] = [];
    for (const [m, stage] of stored) {
      const meeting = m.stageNextMeeting ? meetings.get(m.stageNextMeeting) : undefined;
      // A stored next meeting that is not there to read is not trusted: derive it.
      if (!stage || (m.stageNextMeeting && !meeting)) live.push(m);
      else out.set(m.id, { stage, nextStep: nextStep(stage, meeting ? [meeting] : []) });
    }
    for (const [id, l] of live.length ? await this.forMatters(live) : []) out.set(id, { stage: l.stage, nextStep: l.nextStep });
    return out;
  }

  private async stageRows(
    matters: MatterEntity[],
    tx?: EntityManager,
    relatedRows?: { recordNumber: string; related: string }[],
  ): Promise<StageRow[]> {
    const lifecycles = relatedRows ? await this.lifecyclesOf(matters, relatedRows, tx) : await this.forMatters(matters, tx);
    return matters.map((m) => {
      const { stage: s, nextStep: next } = lifecycles.get(m.id)!;
      const nextMeeting = next?.kind === 'MEETING' ? next.meetingId : null;
      return { id: m.id, stage: s.stage, since: s.since, committees: s.committee, holds: s.nextMeetingDate, nextMeeting };
    });
  }

  private async storeStages(rows: StageRow[], at: Date, opts: { announce?: boolean }, tx: EntityManager): Promise<number> {
    const updated = await this.matters.saveStages(rows, STAGE_RULES_VERSION, at, tx);
    if (opts.announce !== false) await this.events.afterStagesChanged(updated, tx);
    if (updated.length) await bumpDataVersion(tx);
    return updated.filter((u) => u.moved).length;
  }

  /** `tx`: read inside that transaction (one connection, so the reads run one after another). */
  async forMatters(requested: MatterEntity[], tx?: EntityManager): Promise<Map<string, MatterLifecycle>> {
    const relatedRows = await this.lifecycle.relatedRecordNumbers(
      requested.map((m) => m.recordNumber),
      tx,
    );
    return this.lifecyclesOf(requested, relatedRows, tx);
  }

  /** `relatedRows`: the chain links of every requested record number (relatedRecordNumbers). */
  private async lifecyclesOf(
    requested: MatterEntity[],
    relatedRows: { recordNumber: string; related: string }[],
    tx?: EntityManager,
  ): Promise<Map<string, MatterLifecycle>> {
    const now = this.clock.now();
    const related = new Map<string, string[]>();
    for (const r of relatedRows) related.set(r.recordNumber, [...(related.get(r.recordNumber) ?? []), r.related]);
    const chainNumbers = [...new Set([...requested.map((m) => m.recordNumber), ...relatedRows.map((r) => r.related)])];
    const known = new Map(requested.map((m) => [m.recordNumber, m]));
    for (const m of await this.matters.findByRecordNumbers(
      chainNumbers.filter((n) => !known.has(n)),
      tx,
    ))
      known.set(m.recordNumber, m);
    const chainMatters = [...known.values()];
    const reads = [
      () =>
        this.matters.listActionsByMatterIds(
          chainMatters.map((m) => m.id),
          tx,
        ),
      () => this.lifecycle.rule41NoticesByRecordNumbers(chainNumbers, tx),
      () => this.lifecycle.agendaPlacementsByRecordNumbers(chainNumbers, tx),
    ] as const;
    const [actions, notices, placements] = tx
      ? [await reads[0](), await reads[1](), await reads[2]()]
      : await Promise.all([reads[0](), reads[1](), reads[2]()]);
    const out = new Map<string, MatterLifecycle>();
    for (const m of requested) {
      const chain = [m.recordNumber, ...(related.get(m.recordNumber) ?? [])];
      const chainIds = new Map(chain.map((n) => [known.get(n)?.id, n]));
      const chainActions = actions.filter((a) => chainIds.has(a.matterId));
      const chainPlacements = placements.filter((p) => chain.includes(p.recordNumber));
      const chainNotices = notices.filter((n) => chain.includes(n.recordNumber) && isRule41Notice(n.fileName));
      const steps = buildTimeline({
        actions: chainActions.map((a) => ({
          id: a.id,
          actionDate: a.actionDate,
          actionName: a.actionName,
          actionText: a.actionText,
          actionByName: a.actionByName,
          sort: a.sort,
          ordinal: a.ordinal,
          meetingId: a.meetingId,
        })),
        rule41Notices: chainNotices.map((n) => ({
          meetingId: n.meetingId,
          meetingDate: n.meetingDate,
          meetingBody: n.meetingBody,
          fileName: n.fileName,
          url: n.path,
          noticeDate: null,
        })),
        agendaPlacements: chainPlacements.map((p) => ({
          meetingId: p.meetingId,
          meetingDate: p.meetingDate,
          body: p.body,
          location: p.location,
          publicCommentDeadline: p.publicCommentDeadline,
          actionName: p.actionName,
          sort: p.sort,
        })),
        committeeReferral: m.committeeReferral,
      });
      const recordOf = (step: TimelineStep): string => {
        if (step.source === 'action') return chainIds.get(chainActions.find((a) => a.id === step.sourceId)?.matterId) ?? m.recordNumber;
        const byMeeting = step.source === 'agenda' ? chainPlacements : chainNotices;
        return byMeeting.find((x) => x.meetingId === step.meetingId)?.recordNumber ?? m.recordNumber;
      };
      const timeline = steps.map((s) => ({ ...s, recordNumber: recordOf(s) }));
      const upcoming = chainPlacements.filter((p) => p.meetingDate && p.meetingDate > now);
      const stage = deriveStage(
        steps,
        now,
        upcoming.map((p) => ({ meetingDate: p.meetingDate })),
      );
      out.set(m.id, { timeline, stage, nextStep: nextStep(stage, upcoming), related: chain.slice(1) });
    }
    return out;
  }
}

function nextStep(stage: StageResult, upcoming: NextMeetingRow[]): NextStep | null {
  if (stage.stage !== Stage.ON_AGENDA && !IN_COMMITTEE.has(stage.stage) && !WAITING.has(stage.stage) && stage.stage !== Stage.VETOED)
    return null;
  const next = [...upcoming].sort((a, b) => a.meetingDate!.getTime() - b.meetingDate!.getTime())[0];
  if (next) {
    return {
      kind: 'MEETING',
      meetingId: next.meetingId,
      body: next.body,
      date: next.meetingDate!,
      location: next.location,
      publicCommentDeadline: next.publicCommentDeadline,
      meetingStatus: next.meetingStatus,
    };
  }
  if (IN_COMMITTEE.has(stage.stage)) return { kind: 'COMMITTEE', committees: stage.committee ?? [], since: stage.since };
  if (stage.stage === Stage.REPORTED_OUT) return { kind: 'COUNCIL', reason: 'REPORTED_OUT', since: stage.since };
  if (stage.stage === Stage.RULE_41_NOTICE_FILED) return { kind: 'COUNCIL', reason: 'RULE_41_NOTICE', since: stage.since };
  if (stage.stage === Stage.DEFERRED) return { kind: 'COUNCIL', reason: 'DEFERRED', since: stage.since };
  return null;
}
