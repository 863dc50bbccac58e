import type { MembershipRow, PeopleQueryService, PersonVoteRow } from '@app/legislation';
import DataLoader from 'dataloader';
import { groupByKey } from './group-by-key.util';

export function createPeopleLoaders(people: PeopleQueryService) {
  return {
    membershipsByPersonId: new DataLoader<string, MembershipRow[]>(async (ids) =>
      groupByKey(ids, await people.membershipsByPersonIds([...ids]), (m) => m.personId ?? ''),
    ),
    membersByBodyId: new DataLoader<string, MembershipRow[]>(async (ids) =>
      groupByKey(ids, await people.membersByBodyIds([...ids]), (m) => m.bodyId),
    ),
    votesByPersonId: new DataLoader<string, PersonVoteRow[]>(async (ids) =>
      groupByKey(ids, await people.votesByPersonIds([...ids]), (v) => v.personId),
    ),
    wardByPersonId: new DataLoader<string, string | null>(async (ids) => {
      const wards = await people.wardsByPersonIds([...ids]);
      return ids.map((id) => wards.get(id) ?? null);
    }),
  };
}
