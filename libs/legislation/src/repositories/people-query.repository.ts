import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PersonEntity } from '../entities/person.entity';

export interface MembershipRow {
  personId: string | null;
  displayName: string | null;
  ward: string | null;
  memberType: string | null;
  startDate: Date | null;
  endDate: Date | null;
  isActive: boolean | null;
  bodyId: string;
  bodyName: string;
  bodyType: string | null;
}

export interface PersonVoteRow {
  personId: string;
  recordNumber: string;
  title: string | null;
  actionName: string | null;
  actionDate: Date | null;
  vote: string | null;
}

const MEMBERSHIPS = `SELECT bm.person_id AS "personId", bm.display_name AS "displayName", bm.ward, bm.member_type AS "memberType",
       bm.start_date AS "startDate", bm.end_date AS "endDate", bm.is_active AS "isActive",
       b.body_id AS "bodyId", b.name AS "bodyName", b.body_type AS "bodyType"
  FROM body_member bm JOIN body b ON b.id = bm.body_id`;

/** Alders, committees and memberships, and how people voted. */
@Injectable()
export class PeopleQueryRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** People whose eLMS ward is a council ward (1–50), current first within each ward. */
  async listWardPeople(ward?: number): Promise<PersonEntity[]> {
    const qb = this.dataSource.manager
      .createQueryBuilder(PersonEntity, 'p')
      .where(`p.ward ~ '^[0-9]+$'`)
      .orderBy(`p.ward::int`, 'ASC')
      .addOrderBy('p.is_active', 'DESC', 'NULLS LAST')
      .addOrderBy('p.last_publication_date', 'DESC', 'NULLS LAST');
    if (ward !== undefined) qb.andWhere(`p.ward::int = :ward`, { ward });
    return qb.getMany();
  }

  async membershipsByPersonIds(personIds: string[]): Promise<MembershipRow[]> {
    if (personIds.length === 0) return [];
    return this.dataSource.query(`${MEMBERSHIPS} WHERE bm.person_id = ANY($1::text[]) ORDER BY bm.start_date DESC NULLS LAST`, [personIds]);
  }

  async listCommittees(): Promise<{ bodyId: string; name: string; bodyType: string | null; isActive: boolean | null }[]> {
    return this.dataSource.query(
      `SELECT body_id AS "bodyId", name, body_type AS "bodyType", is_active AS "isActive" FROM body WHERE body_type ILIKE 'committee%' ORDER BY name`,
    );
  }

  async membersByBodyIds(bodyIds: string[]): Promise<MembershipRow[]> {
    if (bodyIds.length === 0) return [];
    return this.dataSource.query(`${MEMBERSHIPS} WHERE b.body_id = ANY($1::text[]) ORDER BY bm.ordinal`, [bodyIds]);
  }

  async votesByPersonIds(personIds: string[]): Promise<PersonVoteRow[]> {
    if (personIds.length === 0) return [];
    return this.dataSource.query(
      `SELECT v.person_id AS "personId", m.record_number AS "recordNumber", m.title, a.action_name AS "actionName",
              a.action_date AS "actionDate", v.vote
         FROM action_vote v
         JOIN matter_action a ON a.id = v.action_id
         JOIN matter m ON m.id = a.matter_id
        WHERE v.person_id = ANY($1::text[])
        ORDER BY a.action_date DESC NULLS LAST, m.record_number`,
      [personIds],
    );
  }

  /** Ward of each person, from person records, else council memberships. */
  async wardsByPersonIds(personIds: string[]): Promise<Map<string, string>> {
    if (personIds.length === 0) return new Map();
    const rows: { personId: string; ward: string }[] = await this.dataSource.query(
      `SELECT DISTINCT ON (pid) pid AS "personId", ward FROM (
          SELECT person_id AS pid, ward, 0 AS pri FROM person WHERE person_id = ANY($1::text[]) AND ward ~ '^[0-9]+$'
          UNION ALL
          SELECT person_id, ward, 1 FROM body_member WHERE person_id = ANY($1::text[]) AND ward ~ '^[0-9]+$'
        ) w ORDER BY pid, pri`,
      [personIds],
    );
    return new Map(rows.map((r) => [r.personId, r.ward]));
  }
}
