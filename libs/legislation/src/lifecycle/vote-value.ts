import { VoteValue } from './lifecycle.types';

// Keys are lower case with everything but letters removed ("Rising Vote" -> "risingvote").
const VALUES: Readonly<Record<string, VoteValue>> = {
  yea: VoteValue.YEA,
  yes: VoteValue.YEA,
  aye: VoteValue.YEA,
  nay: VoteValue.NAY,
  no: VoteValue.NAY,
  present: VoteValue.PRESENT,
  recused: VoteValue.RECUSED,
  recuse: VoteValue.RECUSED,
  abstain: VoteValue.ABSTAIN,
  abstained: VoteValue.ABSTAIN,
  abstention: VoteValue.ABSTAIN,
  absent: VoteValue.ABSENT,
  excused: VoteValue.EXCUSED,
  risingvote: VoteValue.RISING_VOTE,
  vacant: VoteValue.VACANT,
};

/** Maps an eLMS vote string; null and blank are NONE, anything unrecognised is OTHER (never dropped). */
export function toVoteValue(vote: string | null | undefined): VoteValue {
  if (vote == null) return VoteValue.NONE;
  const key = vote.toLowerCase().replace(/[^a-z]/g, '');
  if (key === '') return VoteValue.NONE;
  return VALUES[key] ?? VoteValue.OTHER;
}
