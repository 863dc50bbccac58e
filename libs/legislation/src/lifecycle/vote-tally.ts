import { classifyActionName, normalizeActionName } from './classify-action';
import { VoteResult, VoteValue } from './lifecycle.types';
import { toVoteValue } from './vote-value';

export interface VoteTally {
  counts: Record<VoteValue, number>;
  /** Every row, including null, vacant and unknown ones: counts always sum to it. */
  total: number;
  /** Distinct unrecognised vote strings, verbatim, so new eLMS values get noticed. */
  unknown: string[];
}

export function tallyVotes(votes: readonly { vote: string | null }[]): VoteTally {
  const counts = Object.fromEntries(Object.values(VoteValue).map((v) => [v, 0])) as Record<VoteValue, number>;
  const unknown = new Set<string>();
  for (const { vote } of votes) {
    const value = toVoteValue(vote);
    counts[value] += 1;
    if (value === VoteValue.OTHER && vote != null) unknown.add(vote);
  }
  return { counts, total: votes.length, unknown: [...unknown] };
}

// Variants the table does not list yet ("Adopted as Amended") still carry an obvious result.
const PREFIXES: readonly [string, VoteResult][] = [
  ['failedtopass', VoteResult.FAILED],
  ['passed', VoteResult.PASSED],
  ['adopted', VoteResult.ADOPTED],
  ['approved', VoteResult.APPROVED],
];

/** The vote result an action name implies (eLMS has no result field), or null when it implies none. */
export function resultFromActionName(name: string | null | undefined): VoteResult | null {
  if (name == null) return null;
  const entry = classifyActionName(name);
  if (entry) return entry.result ?? null;
  const key = normalizeActionName(name);
  return PREFIXES.find(([prefix]) => key.startsWith(prefix))?.[1] ?? null;
}
