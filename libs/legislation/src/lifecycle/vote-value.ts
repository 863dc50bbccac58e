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

/**
 * The same mapping as `toVoteValue`, as a SQL expression over a text column, built from the one table
 * above so SQL aggregates (Council votes) and TypeScript never disagree. Keys and values are constants
 * of this file (letters only), never input, so they are safe to inline.
 */
export function voteValueSql(column: string): string {
  const cases = Object.entries(VALUES)
    .map(([key, value]) => `WHEN '${key}' THEN '${value}'`)
    .join(' ');
  return `CASE WHEN ${column} IS NULL THEN '${VoteValue.NONE}' ELSE CASE regexp_replace(lower(${column}), '[^a-z]', '', 'g') WHEN '' THEN '${VoteValue.NONE}' ${cases} ELSE '${VoteValue.OTHER}' END END`;
}
