import { CouncilAgreement, CouncilRollCallRow, majorityOf, resultFromActionName } from '@app/legislation';
import { AlderAgreement, CouncilRollCall, RollCallSide } from './council-votes.model';

export function toCouncilRollCallModel(r: CouncilRollCallRow, minNays: number): CouncilRollCall {
  const majority = majorityOf(r);
  return {
    id: r.actionId,
    date: r.date,
    recordNumber: r.recordNumber,
    title: r.title,
    actionName: r.actionName,
    result: resultFromActionName(r.actionName),
    yeas: r.yeas,
    nays: r.nays,
    absent: r.absent,
    other: r.other,
    total: r.total,
    divided: r.nays >= minNays,
    majority: majority === null ? null : RollCallSide[majority],
  };
}

export function toAlderAgreementModel(a: CouncilAgreement): AlderAgreement {
  const names = new Map(a.alders.map((x) => [x.personId, x.name]));
  return {
    from: a.range.from,
    to: a.range.to,
    minNays: a.minNays,
    rollCalls: a.rollCalls,
    dividedRollCalls: a.dividedRollCalls,
    alders: a.alders.map((x) => ({
      personId: x.personId,
      name: x.name,
      ward: x.ward,
      rollCalls: x.rollCalls,
      absent: x.absent,
      dividedRollCalls: x.divided,
      votesCast: x.votesCast,
      notVoting: x.notVoting,
      majorityVotes: x.majorityVotes,
      withMajority: x.withMajority,
      majorityRate: x.majorityRate,
      agreement: a.alders.flatMap((o) => {
        const p = a.pairs.get(x.personId)?.get(o.personId);
        return p
          ? [{ personId: o.personId, name: names.get(o.personId) ?? o.personId, together: p.together, agreed: p.agreed, rate: p.rate }]
          : [];
      }),
    })),
  };
}
