import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { bulkInsert, chunk, Clock, conflictUpdateColumns, timeOrderedUuid } from '@app/core';
import { DataSource, EntityManager, In } from 'typeorm';
import { MeetingAgendaItemEntity } from '../entities/meeting-agenda-item.entity';
import { MeetingAttendanceEntity } from '../entities/meeting-attendance.entity';
import { MeetingFileEntity } from '../entities/meeting-file.entity';
import { MeetingEntity } from '../entities/meeting.entity';
import { clean, normalizeRecordNumber, toDate } from '../types/clean.util';
import { Sourced, SourceMeeting } from '../types/source-records';

export interface MeetingHashes {
  id: string;
  listHash: string | null;
  detailHash: string | null;
  detailFetchedAt: Date | null;
  date: Date | null;
}

@Injectable()
export class MeetingRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async findHashes(meetingIds: string[], tx?: EntityManager): Promise<Map<string, MeetingHashes>> {
    const out = new Map<string, MeetingHashes>();
    for (const ids of chunk(meetingIds)) {
      const rows = await (tx ?? this.dataSource.manager).find(MeetingEntity, { where: { meetingId: In(ids) } });
      for (const r of rows)
        out.set(r.meetingId, {
          id: r.id,
          listHash: r.listHash,
          detailHash: r.detailHash,
          detailFetchedAt: r.detailFetchedAt,
          date: r.date,
        });
    }
    return out;
  }

  /**
   * Writes a meeting from a list row (form 'list': agenda and attendance are null there, so only
   * the meeting's own fields and files change) or from an agenda detail (form 'detail': everything).
   */
  async upsertFromSource(
    src: Sourced<SourceMeeting>,
    form: 'list' | 'detail',
    existingId: string | undefined,
    tx: EntityManager,
  ): Promise<string> {
    const [id] = await this.upsertManyFromSource([{ src, existingId }], form, tx);
    return id;
  }

  /**
   * The same for many meetings (distinct meetingIds) in a fixed number of statements: an upsert per
   * row shape, one id look-up, a delete per child table and a multi-row insert per child table. The
   * meetings phase of a backfill writes hundreds at once; one at a time it sent over a thousand statements.
   * Returns the row ids in the order of `docs`.
   */
  async upsertManyFromSource(
    docs: { src: Sourced<SourceMeeting>; existingId: string | undefined }[],
    form: 'list' | 'detail',
    tx: EntityManager,
  ): Promise<string[]> {
    if (docs.length === 0) return [];
    const rows = docs.map((d) => this.toRow(d.src, form, d.existingId));
    // Optional source fields make rows of different shapes; one upsert per shape keeps each row's update to its own columns.
    const shapes = new Map<string, Partial<MeetingEntity>[]>();
    for (const row of rows) {
      const key = Object.keys(row).join(',');
      shapes.set(key, [...(shapes.get(key) ?? []), row]);
    }
    for (const group of shapes.values()) {
      for (const part of chunk(group, 1000)) {
        await tx
          .createQueryBuilder()
          .insert()
          .into(MeetingEntity)
          .values(part as never)
          .orUpdate(conflictUpdateColumns(part[0]), ['meeting_id'])
          .updateEntity(false)
          .execute();
      }
    }
    const sourceIds = rows.map((r) => r.meetingId!);
    const stored: { id: string; meeting_id: string }[] = await tx.query(
      'SELECT id, meeting_id FROM meeting WHERE meeting_id = ANY($1::text[])',
      [sourceIds],
    );
    const idOf = new Map(stored.map((s) => [s.meeting_id, s.id]));
    const ids = sourceIds.map((m) => idOf.get(m)!);
    await tx.delete(MeetingFileEntity, { meetingId: In(ids) });
    await bulkInsert(
      tx,
      MeetingFileEntity,
      docs.flatMap((d, i) => fileRows(ids[i], d.src.record)),
    );
    if (form === 'detail') {
      await tx.delete(MeetingAgendaItemEntity, { meetingId: In(ids) });
      await tx.delete(MeetingAttendanceEntity, { meetingId: In(ids) });
      await bulkInsert(
        tx,
        MeetingAgendaItemEntity,
        docs.flatMap((d, i) => agendaRows(ids[i], d.src.record)),
      );
      await bulkInsert(
        tx,
        MeetingAttendanceEntity,
        docs.flatMap((d, i) => attendanceRows(ids[i], d.src.record)),
      );
    }
    return ids;
  }

  private toRow(src: Sourced<SourceMeeting>, form: 'list' | 'detail', existingId: string | undefined): Partial<MeetingEntity> {
    const r = src.record;
    return {
      id: existingId ?? timeOrderedUuid(),
      meetingId: r.meetingId.trim(),
      status: clean(r.status),
      bodyId: clean(r.bodyId),
      bodyName: clean(r.body),
      bodyAbbreviation: clean(r.bodyAbbreviation),
      date: toDate(r.date),
      location: clean(r.location),
      comment: clean(r.comment),
      updatedAt: this.clock.now(),
      ...(r.meetingCode !== undefined ? { meetingCode: clean(r.meetingCode) } : {}),
      ...(r.publicCommentDeadline !== undefined ? { publicCommentDeadline: toDate(r.publicCommentDeadline) } : {}),
      ...(r.lastPublicationDate !== undefined ? { lastPublicationDate: toDate(r.lastPublicationDate) } : {}),
      ...(form === 'list'
        ? { listHash: src.contentHash, listRawDocumentId: src.rawDocumentId }
        : { detailHash: src.contentHash, detailRawDocumentId: src.rawDocumentId, detailFetchedAt: src.fetchedAt }),
    };
  }

  /** Meetings from `from` on (or before it, newest first, when `upcoming` is false), optionally of one body. */
  async list(opts: { upcoming: boolean; now: Date; body?: string; limit: number }): Promise<MeetingEntity[]> {
    const qb = this.dataSource.manager.createQueryBuilder(MeetingEntity, 'm');
    qb.where(opts.upcoming ? 'm.date >= :now' : 'm.date < :now', { now: opts.now });
    if (opts.body)
      qb.andWhere('(m.body_name ILIKE :b OR m.body_abbreviation ILIKE :b)', { b: `%${opts.body.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    return qb
      .orderBy('m.date', opts.upcoming ? 'ASC' : 'DESC')
      .take(opts.limit)
      .getMany();
  }

  /**
   * What the stored meetings (by eLMS id) name: the record numbers on their agendas, and the file names of
   * their Rule 41 notices.
   */
  async storedNames(meetingIds: string[], tx: EntityManager): Promise<{ agenda: string[]; notices: string[] }> {
    if (meetingIds.length === 0) return { agenda: [], notices: [] };
    const rows: { kind: 'agenda' | 'notice'; name: string }[] = await tx.query(
      `SELECT 'agenda' AS kind, i.record_number AS name FROM meeting_agenda_item i JOIN meeting m ON m.id = i.meeting_id
        WHERE m.meeting_id = ANY($1::text[]) AND i.record_number IS NOT NULL
       UNION ALL
       SELECT 'notice', f.file_name FROM meeting_file f JOIN meeting m ON m.id = f.meeting_id
        WHERE m.meeting_id = ANY($1::text[]) AND f.file_name ~* 'rule\\s*41'`,
      [meetingIds],
    );
    return {
      agenda: rows.filter((r) => r.kind === 'agenda').map((r) => r.name),
      notices: rows.filter((r) => r.kind === 'notice').map((r) => r.name),
    };
  }

  /** Meetings by eLMS meetingId (what agenda placements and next steps carry). */
  async findBySourceIds(meetingIds: string[]): Promise<MeetingEntity[]> {
    if (meetingIds.length === 0) return [];
    return this.dataSource.manager.find(MeetingEntity, { where: { meetingId: In(meetingIds) } });
  }

  async agendaItemsByMeetingIds(ids: string[]): Promise<MeetingAgendaItemEntity[]> {
    const out: MeetingAgendaItemEntity[] = [];
    for (const part of chunk(ids))
      out.push(
        ...(await this.dataSource.manager.find(MeetingAgendaItemEntity, { where: { meetingId: In(part) }, order: { ordinal: 'ASC' } })),
      );
    return out;
  }

  async filesByMeetingIds(ids: string[]): Promise<MeetingFileEntity[]> {
    const out: MeetingFileEntity[] = [];
    for (const part of chunk(ids))
      out.push(...(await this.dataSource.manager.find(MeetingFileEntity, { where: { meetingId: In(part) }, order: { ordinal: 'ASC' } })));
    return out;
  }

  async attendanceByMeetingIds(ids: string[]): Promise<MeetingAttendanceEntity[]> {
    const out: MeetingAttendanceEntity[] = [];
    for (const part of chunk(ids))
      out.push(
        ...(await this.dataSource.manager.find(MeetingAttendanceEntity, { where: { meetingId: In(part) }, order: { ordinal: 'ASC' } })),
      );
    return out;
  }
}

function fileRows(meetingUuid: string, r: SourceMeeting): Partial<MeetingFileEntity>[] {
  return (r.files ?? []).map((f, i) => ({
    id: timeOrderedUuid(),
    meetingId: meetingUuid,
    ordinal: i,
    fileName: clean(f.fileName),
    path: clean(f.path),
    attachmentType: clean(f.attachmentType),
    sort: f.sort ?? null,
  }));
}

function agendaRows(meetingUuid: string, r: SourceMeeting): Partial<MeetingAgendaItemEntity>[] {
  const items: Partial<MeetingAgendaItemEntity>[] = [];
  for (const g of r.agenda?.groups ?? []) {
    for (const it of g.items ?? []) {
      items.push({
        id: timeOrderedUuid(),
        meetingId: meetingUuid,
        ordinal: items.length,
        groupTitle: clean(g.title),
        groupSort: g.sort ?? null,
        matterId: clean(it.matterId),
        recordNumber: it.recordNumber ? normalizeRecordNumber(it.recordNumber) : null,
        matterTitle: clean(it.matterTitle),
        matterType: clean(it.matterType),
        actionName: clean(it.actionName),
        actionText: clean(it.actionText),
        comment: clean(it.comment),
        sort: it.sort ?? null,
        hasVotes: it.hasVotes ?? null,
        voteType: clean(it.voteType),
      });
    }
  }
  return items;
}

function attendanceRows(meetingUuid: string, r: SourceMeeting): Partial<MeetingAttendanceEntity>[] {
  const attendance: Partial<MeetingAttendanceEntity>[] = [];
  for (const roll of r.attendance ?? []) {
    for (const v of roll.votes ?? []) {
      attendance.push({
        id: timeOrderedUuid(),
        meetingId: meetingUuid,
        ordinal: attendance.length,
        rollName: clean(roll.name),
        personId: clean(v.personId),
        voterName: clean(v.voterName),
        vote: v.vote ?? null,
      });
    }
  }
  return attendance;
}
