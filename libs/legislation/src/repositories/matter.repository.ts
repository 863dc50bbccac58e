import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { chunk, Clock, plainColumns, plainRowsByKeys, timeOrderedUuid } from '@app/core';
import { DataSource, EntityManager, In, ObjectLiteral } from 'typeorm';
import { ActionVoteEntity } from '../entities/action-vote.entity';
import { MatterActionEntity } from '../entities/matter-action.entity';
import { MatterAttachmentEntity } from '../entities/matter-attachment.entity';
import { MatterSponsorEntity } from '../entities/matter-sponsor.entity';
import { MatterEntity } from '../entities/matter.entity';
import { clean, normalizeRecordNumber, toDate } from '../types/clean.util';
import { MatterCursor, MatterFilter } from '../types/matter-filter.type';
import { matterFilterConditions } from './matter-filter.sql';
import { MatterChildren, replaceMatterChildren } from './matter-children.sql';
import { upsertMatterRows } from './matter-upsert.sql';
import { Sourced, SourceMatter } from '../types/source-records';

/** What an upsert of matters wrote: row ids, how many were new, and which of them a tracking rule matches. */
export interface WrittenMatters {
  ids: string[];
  /** The eLMS matter ids of the rows written. */
  sourceIds: string[];
  created: number;
  tracked: string[];
}

/** A derived stage to store (see MatterLifecycleService.refreshStages). */
export interface StageRow {
  id: string;
  stage: string;
  since: Date | null;
  committees: string[] | null;
  /** The next scheduled meeting: the stage holds until then. */
  holds: Date | null;
  /** eLMS id of the meeting that is the next step, when the next step is a meeting. */
  nextMeeting: string | null;
}

export interface SavedStage {
  id: string;
  recordNumber: string;
  stage: string;
  since: Date | null;
  previous: string | null;
  /** The stage or its date changed (not only its committees, next meeting or rules). */
  moved: boolean;
}

@Injectable()
export class MatterRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  private m(tx?: EntityManager): EntityManager {
    return tx ?? this.dataSource.manager;
  }

  async findHashes(
    matterIds: string[],
    tx?: EntityManager,
  ): Promise<Map<string, { id: string; contentHash: string; lastPublicationDate: Date | null }>> {
    const out = new Map<string, { id: string; contentHash: string; lastPublicationDate: Date | null }>();
    for (const ids of chunk(matterIds)) {
      const rows = await this.m(tx).find(MatterEntity, {
        where: { matterId: In(ids) },
        select: { id: true, matterId: true, contentHash: true, lastPublicationDate: true },
      });
      for (const r of rows) out.set(r.matterId, { id: r.id, contentHash: r.contentHash, lastPublicationDate: r.lastPublicationDate });
    }
    return out;
  }

  /**
   * Writes changed matters and replaces their children in three statements per batch whatever its
   * size: one multi-row upsert, one delete (of the updated matters' children; none in a first sync)
   * and one insert covering every child table. Returns the
   * row ids written.
   */
  async upsertManyFromSource(docs: Sourced<SourceMatter>[], tx: EntityManager): Promise<string[]> {
    return (await this.writeFromSource(docs, tx, false)).ids;
  }

  /**
   * The same, except that a stored matter with the same content hash is not written (nor its
   * children): the skip happens in the upsert itself, so no look-up of stored hashes goes first.
   * The matter ids must be distinct (one upsert cannot touch a row twice).
   */
  async upsertChangedFromSource(docs: Sourced<SourceMatter>[], tx: EntityManager): Promise<WrittenMatters> {
    return this.writeFromSource(docs, tx, true);
  }

  private async writeFromSource(docs: Sourced<SourceMatter>[], tx: EntityManager, onlyChanged: boolean): Promise<WrittenMatters> {
    if (docs.length === 0) return { ids: [], sourceIds: [], created: 0, tracked: [] };
    const now = this.clock.now();
    const rows = docs.map((d) => toMatterRow(d, now));
    const ids = new Map<string, string>();
    const updated: string[] = [];
    const tracked: string[] = [];
    for (const part of chunk(rows, 500)) {
      for (const r of await upsertMatterRows(tx, part, onlyChanged)) {
        ids.set(r.matter_id, r.id);
        if (!r.inserted) updated.push(r.id);
        if (r.tracked) tracked.push(r.id);
      }
    }
    const children: MatterChildren = { actions: [], votes: [], sponsors: [], attachments: [] };
    for (const d of docs) {
      const id = ids.get(d.record.matterId.trim());
      if (id) collectChildren(id, d.record, children);
    }
    await replaceMatterChildren(tx, updated, children);
    return { ids: [...ids.values()], sourceIds: [...ids.keys()], created: ids.size - updated.length, tracked };
  }

  /**
   * Fresh planner statistics for the tables a bulk load fills. Autovacuum lags a first sync: planned
   * on the statistics of a nearly empty table, the per-step look-ups (related matters, stored hashes)
   * scan every matter, so a step slows down as the table grows.
   */
  async refreshPlannerStatistics(): Promise<void> {
    await this.dataSource.query(`ANALYZE matter, matter_action, action_vote, matter_sponsor, matter_attachment, raw_document`);
  }

  /**
   * Stores derived stages under `rules` (STAGE_RULES_VERSION); rows whose stored stage is already this one
   * are not written. Returns the rows written, `moved` where the stage or its date changed (the news).
   */
  async saveStages(rows: StageRow[], rules: number, at: Date, tx: EntityManager): Promise<SavedStage[]> {
    const changed: SavedStage[] = [];
    for (const part of chunk(rows, 1000)) {
      const [updated] = await tx.query(
        `WITH s AS (SELECT * FROM jsonb_to_recordset($1::jsonb)
                                AS s(id uuid, stage text, since timestamptz, committees text[], holds timestamptz, "nextMeeting" text)),
              old AS (SELECT m.id, m.stage, m.stage_since FROM matter m JOIN s ON s.id = m.id)
         UPDATE matter m SET stage = s.stage, stage_since = s.since, stage_committees = s.committees, stage_holds_until = s.holds,
                stage_next_meeting = s."nextMeeting", stage_rules = $2, stage_computed_at = $3
           FROM s, old
          WHERE m.id = s.id AND old.id = s.id
            AND (m.stage IS DISTINCT FROM s.stage OR m.stage_since IS DISTINCT FROM s.since OR m.stage_committees IS DISTINCT FROM s.committees
                 OR m.stage_holds_until IS DISTINCT FROM s.holds OR m.stage_next_meeting IS DISTINCT FROM s."nextMeeting"
                 OR m.stage_rules IS DISTINCT FROM $2)
         RETURNING m.id, m.record_number AS "recordNumber", m.stage, m.stage_since AS since, old.stage AS previous,
                   (old.stage IS DISTINCT FROM m.stage OR old.stage_since IS DISTINCT FROM m.stage_since) AS moved`,
        [JSON.stringify(part), rules, at],
      );
      changed.push(...(updated ?? []));
    }
    return changed;
  }

  /** Matters whose stored stage waited on a meeting that has now come (see storedStage). */
  async stagesHeldUntilBefore(now: Date): Promise<string[]> {
    const rows: { recordNumber: string }[] = await this.dataSource.query(
      `SELECT record_number AS "recordNumber" FROM matter WHERE stage_holds_until IS NOT NULL AND stage_holds_until <= $1`,
      [now],
    );
    return rows.map((r) => r.recordNumber);
  }

  /** Keyset walk over all matters (for recomputing stages). */
  async pageAll(afterId: string | null, size: number): Promise<MatterEntity[]> {
    const qb = this.dataSource.manager.createQueryBuilder(MatterEntity, 'm').orderBy('m.id', 'ASC').take(size);
    if (afterId) qb.where('m.id > :afterId', { afterId });
    return qb.getMany();
  }

  /** `lock`: the rows are locked for update in `tx` (a stage derivation holds them until it stores). */
  async findByRecordNumbers(recordNumbers: string[], tx?: EntityManager, lock = false): Promise<MatterEntity[]> {
    const out: MatterEntity[] = [];
    for (const part of chunk(recordNumbers))
      out.push(...(await plainRowsByKeys(this.m(tx), MatterEntity, 'recordNumber', part, { id: 'ASC' }, { lock: lock && !!tx })));
    return out;
  }

  async findByRecordNumber(recordNumber: string): Promise<MatterEntity | null> {
    return this.dataSource.manager.findOne(MatterEntity, {
      where: { recordNumber: normalizeRecordNumber(recordNumber) },
      order: { lastPublicationDate: { direction: 'DESC', nulls: 'LAST' } },
    });
  }

  /** One page of matters, newest introduction first (nulls last), keyset-paged. */
  async list(filter: MatterFilter, first: number, after: MatterCursor | null): Promise<MatterEntity[]> {
    const qb = this.dataSource.manager.createQueryBuilder(MatterEntity, 'm');
    for (const c of matterFilterConditions(filter)) qb.andWhere(c.sql, c.params);
    if (after) {
      // Sorted by (introduction_date DESC NULLS LAST, id DESC): rows after the cursor in that order.
      if (after.introductionDate) {
        qb.andWhere('(m.introduction_date < :ad OR (m.introduction_date = :ad AND m.id < :aid) OR m.introduction_date IS NULL)', {
          ad: after.introductionDate,
          aid: after.id,
        });
      } else {
        qb.andWhere('(m.introduction_date IS NULL AND m.id < :aid)', { aid: after.id });
      }
    }
    // Rows as plain objects (plainColumns): hydrating a page's 45 columns per row was a fifth of its CPU.
    const [sql, params] = qb
      .select(plainColumns(this.dataSource.getMetadata(MatterEntity), 'm'))
      .orderBy('m.introduction_date', 'DESC', 'NULLS LAST')
      .addOrderBy('m.id', 'DESC')
      .limit(first)
      .getQueryAndParameters();
    return this.dataSource.query(sql, params);
  }

  /** Every distinct action name with how often and when last it occurs. */
  async actionNameCounts(): Promise<{ actionName: string; occurrences: number; lastSeen: Date | null; example: string | null }[]> {
    return this.dataSource.query(
      `SELECT a.action_name AS "actionName", count(*)::int AS occurrences, max(a.action_date) AS "lastSeen",
              (array_agg(m.record_number ORDER BY a.action_date DESC NULLS LAST))[1] AS example
         FROM matter_action a JOIN matter m ON m.id = a.matter_id
        WHERE a.action_name IS NOT NULL
        GROUP BY a.action_name
        ORDER BY count(*) DESC, a.action_name`,
    );
  }

  async count(): Promise<number> {
    return this.dataSource.manager.count(MatterEntity);
  }

  async listActionsByMatterIds(ids: string[], tx?: EntityManager): Promise<MatterActionEntity[]> {
    return this.byIds(MatterActionEntity, 'matterId', ids, { matterId: 'ASC', ordinal: 'ASC' }, tx);
  }

  async listVotesByActionIds(ids: string[]): Promise<ActionVoteEntity[]> {
    return this.byIds(ActionVoteEntity, 'actionId', ids, { actionId: 'ASC', ordinal: 'ASC' });
  }

  async listSponsorsByMatterIds(ids: string[]): Promise<MatterSponsorEntity[]> {
    return this.byIds(MatterSponsorEntity, 'matterId', ids, { matterId: 'ASC', ordinal: 'ASC' });
  }

  async listAttachmentsByMatterIds(ids: string[]): Promise<MatterAttachmentEntity[]> {
    return this.byIds(MatterAttachmentEntity, 'matterId', ids, { matterId: 'ASC', ordinal: 'ASC' });
  }

  private async byIds<T extends ObjectLiteral>(
    target: new () => T,
    key: keyof T & string,
    ids: string[],
    order: Record<string, 'ASC' | 'DESC'>,
    tx?: EntityManager,
  ): Promise<T[]> {
    const out: T[] = [];
    for (const part of chunk(ids)) out.push(...(await plainRowsByKeys(this.m(tx), target, key, part, order as never)));
    return out;
  }
}

function toMatterRow(src: Sourced<SourceMatter>, now: Date): Partial<MatterEntity> {
  const r = src.record;
  return {
    id: timeOrderedUuid(),
    matterId: r.matterId.trim(),
    recordNumber: normalizeRecordNumber(r.recordNumber),
    legacyRecordNumber: clean(r.legacyRecordNumber),
    fileYear: r.fileYear ?? null,
    type: clean(r.type),
    status: clean(r.status),
    subStatus: clean(r.subStatus),
    statusDescription: clean(r.statusDescription),
    legacyStatus: clean(r.legacyStatus),
    title: clean(r.title),
    shortTitle: clean(r.shortTitle),
    nicknameAlias: clean(r.nicknameAlias),
    filingOffice: clean(r.filingOffice),
    filingSponsor: clean(r.filingSponsor),
    filingSponsorId: clean(r.filingSponsorId),
    introductionDate: toDate(r.introductionDate),
    introductionType: clean(r.introductionType),
    finalActionDate: toDate(r.finalActionDate),
    committeeReferral: clean(r.committeReferral),
    controllingBody: clean(r.controllingBody),
    controllingBodyId: clean(r.controllingBodyId),
    matterCategory: clean(r.matterCategory),
    routine: clean(r.routine),
    keyLegislation: clean(r.keyLegislation),
    economicDisclosure: clean(r.economicDisclosure),
    agreedCalendar: clean(r.agreedCalendar),
    originalRecordNumber: clean(r.originalRecordNumber),
    supersededBy: clean(r.supersededBy),
    relations: (r.relations ?? []).map((x) => (typeof x === 'string' ? x.trim() : JSON.stringify(x))),
    recordCreateDate: toDate(r.recordCreateDate),
    lastPublicationDate: toDate(r.lastPublicationDate),
    contentHash: src.contentHash,
    rawDocumentId: src.rawDocumentId,
    fetchedAt: src.fetchedAt,
    updatedAt: now,
  };
}

function collectChildren(matterUuid: string, r: SourceMatter, out: MatterChildren): void {
  (r.actions ?? []).forEach((a, i) => {
    const id = timeOrderedUuid();
    out.actions.push({
      id,
      matterId: matterUuid,
      ordinal: i,
      historyId: clean(a.historyId),
      actionDate: toDate(a.actionDate),
      actionName: clean(a.actionName),
      actionText: clean(a.actionText),
      actionByName: clean(a.actionByName),
      journalPage: clean(a.journalPage),
      meetingId: clean(a.meetingId),
      name: clean(a.name),
      sort: a.sort ?? null,
    });
    (a.votes ?? []).forEach((v, j) =>
      out.votes.push({
        id: timeOrderedUuid(),
        actionId: id,
        ordinal: j,
        personId: clean(v.personId),
        voterName: clean(v.voterName),
        vote: v.vote ?? null,
      }),
    );
  });
  (r.sponsors ?? []).forEach((s, i) =>
    out.sponsors.push({
      id: timeOrderedUuid(),
      matterId: matterUuid,
      ordinal: i,
      personId: clean(s.personId),
      sponsorName: clean(s.sponsorName),
      sponsorType: clean(s.sponsorType),
      office: clean(s.office),
    }),
  );
  (r.attachments ?? []).forEach((a, i) =>
    out.attachments.push({
      id: timeOrderedUuid(),
      matterId: matterUuid,
      ordinal: i,
      fileName: clean(a.fileName),
      path: clean(a.path),
      attachmentType: clean(a.attachmentType),
    }),
  );
}
