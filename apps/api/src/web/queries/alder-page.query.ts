import { MatterQueryService, MembershipRow, PeopleQueryService, PersonRecord, PersonVoteRow, TrackingService } from '@app/legislation';
import { Injectable } from '@nestjs/common';

export interface AlderPageData {
  person: PersonRecord;
  ward: number;
  memberships: MembershipRow[];
  /** Only votes on matters a tracking rule matches, newest first. */
  trackedVotes: PersonVoteRow[];
}

/** The alder of a ward, their committees, and how they voted on tracked matters. */
@Injectable()
export class AlderPageQuery {
  constructor(
    private readonly people: PeopleQueryService,
    private readonly matters: MatterQueryService,
    private readonly tracking: TrackingService,
  ) {}

  /** Throws LegislationException INVALID_WARD or ALDER_NOT_FOUND. */
  async load(ward: number): Promise<AlderPageData> {
    const person = await this.people.alderByWard(ward);
    const [memberships, votes] = await Promise.all([
      this.people.membershipsByPersonIds([person.personId]),
      this.people.votesByPersonIds([person.personId]),
    ]);
    const voted = await this.matters.listByRecordNumbers(votes.map((v) => v.recordNumber));
    const rules = await this.tracking.rulesByMatterIds(voted.map((m) => m.id));
    const trackedIds = new Set(rules.map((r) => r.matterId));
    const trackedNumbers = new Set(voted.filter((m) => trackedIds.has(m.id)).map((m) => m.recordNumber));
    return { person, ward, memberships, trackedVotes: votes.filter((v) => trackedNumbers.has(v.recordNumber)) };
  }
}
