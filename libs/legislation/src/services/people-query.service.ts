import { Injectable } from '@nestjs/common';
import { PersonEntity } from '../entities/person.entity';
import { LegislationErrorCode, LegislationException } from '../legislation.exception';
import { MembershipRow, PeopleQueryRepository, PersonVoteRow } from '../repositories/people-query.repository';

export type PersonRecord = PersonEntity;
export type { MembershipRow, PersonVoteRow };

/** @description Alders by ward, committees and memberships, and votes by person. */
@Injectable()
export class PeopleQueryService {
  constructor(private readonly people: PeopleQueryRepository) {}

  /** The ward's alder: the current one if eLMS marks one active, else the latest on record. */
  async alderByWard(ward: number): Promise<PersonRecord> {
    if (!Number.isInteger(ward) || ward < 1 || ward > 50) {
      throw new LegislationException(LegislationErrorCode.INVALID_WARD, `Chicago has wards 1 to 50, not ${ward}`, { ward });
    }
    const [alder] = await this.people.listWardPeople(ward);
    if (!alder) throw new LegislationException(LegislationErrorCode.ALDER_NOT_FOUND, `No alder on record for ward ${ward}`, { ward });
    return alder;
  }

  /** Every person eLMS lists with a council ward, current and former, by ward. */
  alders(): Promise<PersonRecord[]> {
    return this.people.listWardPeople();
  }

  committees() {
    return this.people.listCommittees();
  }

  membershipsByPersonIds(ids: string[]): Promise<MembershipRow[]> {
    return this.people.membershipsByPersonIds(ids);
  }

  membersByBodyIds(ids: string[]): Promise<MembershipRow[]> {
    return this.people.membersByBodyIds(ids);
  }

  votesByPersonIds(ids: string[]): Promise<PersonVoteRow[]> {
    return this.people.votesByPersonIds(ids);
  }

  wardsByPersonIds(ids: string[]): Promise<Map<string, string>> {
    return this.people.wardsByPersonIds(ids);
  }
}
