import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { bulkInsert, chunk, Clock, conflictUpdateColumns, timeOrderedUuid } from '@app/core';
import { DataSource, EntityManager, In } from 'typeorm';
import { BodyMemberEntity } from '../entities/body-member.entity';
import { BodyEntity } from '../entities/body.entity';
import { PersonEntity } from '../entities/person.entity';
import { clean, toDate } from '../types/clean.util';
import { Sourced, SourceBody, SourcePerson } from '../types/source-records';

/** Bodies (council, committees, offices) with their memberships, and the people in them. */
@Injectable()
export class PeopleRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async findBodyHashes(bodyIds: string[], tx?: EntityManager): Promise<Map<string, { id: string; contentHash: string }>> {
    const out = new Map<string, { id: string; contentHash: string }>();
    for (const ids of chunk(bodyIds)) {
      for (const r of await (tx ?? this.dataSource.manager).find(BodyEntity, {
        where: { bodyId: In(ids) },
        select: { id: true, bodyId: true, contentHash: true },
      }))
        out.set(r.bodyId, { id: r.id, contentHash: r.contentHash });
    }
    return out;
  }

  async findPersonHashes(personIds: string[], tx?: EntityManager): Promise<Map<string, { id: string; contentHash: string }>> {
    const out = new Map<string, { id: string; contentHash: string }>();
    for (const ids of chunk(personIds)) {
      for (const r of await (tx ?? this.dataSource.manager).find(PersonEntity, {
        where: { personId: In(ids) },
        select: { id: true, personId: true, contentHash: true },
      }))
        out.set(r.personId, { id: r.id, contentHash: r.contentHash });
    }
    return out;
  }

  async upsertBody(src: Sourced<SourceBody>, existingId: string | undefined, tx: EntityManager): Promise<string> {
    const r = src.record;
    const row: Partial<BodyEntity> = {
      id: existingId ?? timeOrderedUuid(),
      bodyId: r.bodyId.trim(),
      name: r.body.trim(),
      bodyType: clean(r.bodyType),
      abbreviation: clean(r.bodyAbbreviation),
      description: clean(r.bodyDescription),
      isActive: r.isActive ?? null,
      lastPublicationDate: toDate(r.lastPublicationDate),
      contentHash: src.contentHash,
      rawDocumentId: src.rawDocumentId,
      fetchedAt: src.fetchedAt,
      updatedAt: this.clock.now(),
    };
    await tx
      .createQueryBuilder()
      .insert()
      .into(BodyEntity)
      .values(row as never)
      .orUpdate(conflictUpdateColumns(row), ['body_id'])
      .updateEntity(false)
      .execute();
    const [{ id }] = await tx.query('SELECT id FROM body WHERE body_id = $1', [row.bodyId]);
    await tx.delete(BodyMemberEntity, { bodyId: id });
    await bulkInsert(
      tx,
      BodyMemberEntity,
      (r.members ?? []).map((m, i) => ({
        id: timeOrderedUuid(),
        bodyId: id,
        ordinal: i,
        personId: clean(m.personId),
        displayName: clean(m.displayName),
        ward: clean(m.ward),
        memberType: clean(m.memberType),
        startDate: toDate(m.startDate),
        endDate: toDate(m.endDate),
        isActive: m.isActive ?? null,
      })),
    );
    return id;
  }

  async upsertPerson(src: Sourced<SourcePerson>, existingId: string | undefined, tx: EntityManager): Promise<string> {
    const r = src.record;
    const row: Partial<PersonEntity> = {
      id: existingId ?? timeOrderedUuid(),
      personId: r.personId.trim(),
      displayName: r.displayName.trim(),
      ward: clean(r.ward),
      email: clean(r.email),
      phone: clean(r.phone),
      fax: clean(r.fax),
      site: clean(r.site),
      address: clean(r.address),
      city: clean(r.city),
      state: clean(r.state),
      zip: clean(r.zip),
      officeEmail: clean(r.email2),
      officePhone: clean(r.phone2),
      officeFax: clean(r.fax2),
      officeSite: clean(r.site2),
      officeAddress: clean(r.address2),
      officeCity: clean(r.city2),
      officeState: clean(r.state2),
      officeZip: clean(r.zip2),
      photo: clean(r.photo),
      isActive: r.isActive ?? null,
      lastPublicationDate: toDate(r.lastPublicationDate),
      contentHash: src.contentHash,
      rawDocumentId: src.rawDocumentId,
      fetchedAt: src.fetchedAt,
      updatedAt: this.clock.now(),
    };
    await tx
      .createQueryBuilder()
      .insert()
      .into(PersonEntity)
      .values(row as never)
      .orUpdate(conflictUpdateColumns(row), ['person_id'])
      .updateEntity(false)
      .execute();
    const [{ id }] = await tx.query('SELECT id FROM person WHERE person_id = $1', [row.personId]);
    return id;
  }
}
