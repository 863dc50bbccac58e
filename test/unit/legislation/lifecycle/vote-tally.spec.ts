import { VoteResult, VoteValue, resultFromActionName, tallyVotes, toVoteValue } from '../../../../libs/legislation/src/lifecycle';

describe('votes', () => {
  it('maps every eLMS vote string, null and unknowns included', () => {
    expect(['Yea', 'Nay', 'Present', 'Recused', 'Abstain', 'Absent', 'Excused', 'Rising Vote', 'Vacant'].map(toVoteValue)).toEqual([
      VoteValue.YEA,
      VoteValue.NAY,
      VoteValue.PRESENT,
      VoteValue.RECUSED,
      VoteValue.ABSTAIN,
      VoteValue.ABSENT,
      VoteValue.EXCUSED,
      VoteValue.RISING_VOTE,
      VoteValue.VACANT,
    ]);
    expect(toVoteValue(' yea ')).toBe(VoteValue.YEA);
    expect(toVoteValue('RISING-VOTE')).toBe(VoteValue.RISING_VOTE);
    expect(toVoteValue(null)).toBe(VoteValue.NONE);
    expect(toVoteValue('')).toBe(VoteValue.NONE);
    expect(toVoteValue('Maybe')).toBe(VoteValue.OTHER);
  });

  it('tallies every row so the counts sum to the total', () => {
    const votes = [
      'Yea',
      'Yea',
      'Yea',
      'Nay',
      'Present',
      'Recused',
      'Abstain',
      'Absent',
      'Excused',
      'Rising Vote',
      'Vacant',
      null,
      'Maybe',
      'Maybe',
      'Pass',
    ].map((vote) => ({ vote }));
    const t = tallyVotes(votes);
    expect(t.counts).toEqual({
      YEA: 3,
      NAY: 1,
      PRESENT: 1,
      RECUSED: 1,
      ABSTAIN: 1,
      ABSENT: 1,
      EXCUSED: 1,
      RISING_VOTE: 1,
      VACANT: 1,
      NONE: 1,
      OTHER: 3,
    });
    expect(t.total).toBe(15);
    expect(Object.values(t.counts).reduce((a, b) => a + b, 0)).toBe(t.total);
    expect(t.unknown).toEqual(['Maybe', 'Pass']);
    expect(tallyVotes([])).toMatchObject({ total: 0, counts: expect.objectContaining({ YEA: 0, OTHER: 0 }) });
  });

  it('reads the result from the action name', () => {
    expect(resultFromActionName('Passed')).toBe(VoteResult.PASSED);
    expect(resultFromActionName('Passed as Amended')).toBe(VoteResult.PASSED);
    expect(resultFromActionName('passed as substitute')).toBe(VoteResult.PASSED);
    expect(resultFromActionName('Failed to Pass')).toBe(VoteResult.FAILED);
    expect(resultFromActionName('Adopted as Substitute')).toBe(VoteResult.ADOPTED);
    expect(resultFromActionName('Adopted as Amended')).toBe(VoteResult.ADOPTED);
    expect(resultFromActionName('Approved as Amended')).toBe(VoteResult.APPROVED);
    expect(resultFromActionName('Recommended to Pass')).toBeNull();
    expect(resultFromActionName('Referred')).toBeNull();
    expect(resultFromActionName('Something else')).toBeNull();
    expect(resultFromActionName(null)).toBeNull();
  });
});
