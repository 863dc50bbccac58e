import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { bulkInsert, chunk, conflictUpdateColumns } from '@app/core';
import { DataSource, EntityManager, In, ObjectLiteral } from "typeorm";
import { ActionVoteEntity } from '../entities/action-vote.entity';
import { MatterActionEntity } from '../entities/matter-action.entity';
import { MatterAttachmentEntity } from '../entities/matter-attachment.entity';
import { MatterSponsorEntity } from '../entities/matter-sponsor.entity';
import { MatterEntity } from '../entities/matter.entity';
import { clean, normalizeRecordNumber, toDate } from '../types/clean.util';
import { Sourced, SourceMatter } from '../types/source-records';

@Injectable()
export class MatterRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private m(tx?: EntityManager): EntityManager {
    return tx ?? this.dataSource.manager;
  }

  async findHashes(matterIds: string[], tx?: EntityManager): Promise<Map<string, { id: string; contentHash: string; lastPublicationDate: Date | null }>> {
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

  /** Writes the matter and replaces its children; the caller has established that its hash changed. */
  async upsertFromSource(src: Sourced<SourceMatter>, existingId: string | undefined, tx: EntityManager): Promise<string> {
    const r = src.record;
    const row: Partial<MatterEntity> = {
      id: existingId ?? randomUUID(),
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
      updatedAt: new Date(),
    };
    await tx
      .createQueryBuilder()
      .insert()
      .into(MatterEntity)
      .values(row as never)
      .orUpdate(conflictUpdateColumns(row), ['matter_id'])
      .updateEntity(false)
      .execute();
    const [{ id }] = await tx.query('SELECT id FROM matter WHERE matter_id = $1', [row.matterId]);
    await this.replaceChildren(id, r, tx);
    return id;
  }

  private async replaceChildren(matterUuid: string, r: SourceMatter, tx: EntityManager): Promise<void> {
    await tx.delete(MatterActionEntity, { matterId: matterUuid });
    await tx.delete(MatterSponsorEntity, { matterId: matterUuid });
    await tx.delete(MatterAttachmentEntity, { matterId: matterUuid });
    const actions: Partial<MatterActionEntity>[] = [];
    const votes: Partial<ActionVoteEntity>[] = [];
    (r.actions ?? []).forEach((a, i) => {
      const id = randomUUID();
      actions.push({
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
        votes.push({ id: randomUUID(), actionId: id, ordinal: j, personId: clean(v.personId), voterName: clean(v.voterName), vote: v.vote ?? null }),
      );
    });
    await bulkInsert(tx, MatterActionEntity, actions);
    await bulkInsert(tx, ActionVoteEntity, votes);
    await bulkInsert(
      tx,
      MatterSponsorEntity,
      (r.sponsors ?? []).map((s, i) => ({
        id: randomUUID(),
        matterId: matterUuid,
        ordinal: i,
        personId: clean(s.personId),
        sponsorName: clean(s.sponsorName),
        sponsorType: clean(s.sponsorType),
        office: clean(s.office),
      })),
    );
    await bulkInsert(
      tx,
      MatterAttachmentEntity,
      (r.attachments ?? []).map((a, i) => ({
        id: randomUUID(),
        matterId: matterUuid,
        ordinal: i,
        fileName: clean(a.fileName),
        path: clean(a.path),
        attachmentType: clean(a.attachmentType),
      })),
    );
  }

  async findByRecordNumber(recordNumber: string): Promise<MatterEntity | null> {
    return this.dataSource.manager.findOne(MatterEntity, {
      where: { recordNumber: normalizeRecordNumber(recordNumber) },
      order: { lastPublicationDate: { direction: 'DESC', nulls: 'LAST' } },
    });
  }

  async count(): Promise<number> {
    return this.dataSource.manager.count(MatterEntity);
  }

  async listActionsByMatterIds(ids: string[]): Promise<MatterActionEntity[]> {
    return this.byIds(MatterActionEntity, 'matterId', ids, { matterId: 'ASC', ordinal: 'ASC' });
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
  ): Promise<T[]> {
    const out: T[] = [];
    for (const part of chunk(ids)) {
      out.push(...(await this.dataSource.manager.find(target, { where: { [key]: In(part) } as never, order: order as never })));
    }
    return out;
  }
}
