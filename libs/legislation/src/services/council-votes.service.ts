import { AppConfig } from '@app/core';
import { Injectable } from '@nestjs/common';
import { VoteValue } from '../lifecycle/lifecycle.types';
import {
  AlderVoteSummaryRow,
  CouncilRollCallRow,
  CouncilVotesRepository,
  RollCallVoteRow,
  VoteDateRange,
} from '../repositories/council-votes.repository';
import { PeopleQueryRepository } from '../repositories/people-query.repository';

export type { CouncilRollCallRow, RollCallVoteRow, VoteDateRange };

/** The side with more votes cast, or null on a tie (then nobody is "with the majority"). */
export function majorityOf(r: { yeas: number; nays: number }): VoteValue.YEA | VoteValue.NAY | null {
  if (r.yeas > r.nays) return VoteValue.YEA;
  if (r.nays > r.yeas) return VoteValue.NAY;
  return null;
}

/** One alder's vote on one roll call, as the roll-call export writes it. */
export interface RollCallVoteExportRow {
  rollCall: CouncilRollCallRow;
  vote: RollCallVoteRow;
  ward: string | null;
  divided: boolean;
  majority: VoteValue.YEA | VoteValue.NAY | null;
}

/** Roll calls per export batch: one page query and one votes query each (about 50 votes per roll call). */
const EXPORT_BATCH = 100;

/** One alder's record over a range; rates are null when their denominator is 0. */
export interface AlderAgreementRecord extends AlderVoteSummaryRow {
  ward: string | null;
  /** withMajority / majorityVotes. */
  majorityRate: number | null;
}

export interface AlderPairAgreement {
  otherPersonId: string;
  together: number;
  agreed: number;
  /** agreed / together. */
  rate: number | null;
}

/** @description Agreement over a range: who votes with the majority, and with whom, on divided roll calls. */
export interface CouncilAgreement {
  range: VoteDateRange;
  /** A roll call is divided when at least this many alders vote Nay (VOTES_DIVIDED_MIN_NAYS). */
  minNays: number;
  rollCalls: number;
  dividedRollCalls: number;
  /** By name. */
  alders: AlderAgreementRecord[];
  /** personId → every alder it cast a vote beside on a divided roll call, keyed by their personId (both ways round). */
  pairs: Map<string, Map<string, AlderPairAgreement>>;
}

const ratio = (n: number, d: number): number | null => (d === 0 ? null : n / d);

/**
 * @description How the City Council votes. A roll call is a City Council action with recorded votes;
 * it is divided when at least `minNays` alders vote Nay. Only Yea and Nay are votes cast: Present,
 * Recused, Abstain and the like are "not voting", Absent and Excused are absences, and none of these
 * counts for or against agreement. The majority is the side, Yea or Nay, with more votes cast; on a tie
 * there is none, and that roll call counts in no one's majority agreement.
 */
@Injectable()
export class CouncilVotesService {
  constructor(
    private readonly votes: CouncilVotesRepository,
    private readonly people: PeopleQueryRepository,
    private readonly config: AppConfig,
  ) {}

  get minNays(): number {
    return this.config.votes.dividedMinNays;
  }

  /** Council roll calls, newest first; `divided` true or false keeps only divided or only undivided ones. */
  rollCalls(
    range: VoteDateRange,
    divided: boolean | null,
    page: { limit: number; after: { at: Date | null; id: string } | null },
  ): Promise<CouncilRollCallRow[]> {
    return this.votes.listRollCalls(range, { divided, minNays: this.minNays }, page);
  }

  /** Every vote of the Council roll calls in range, newest roll call first, read in batches (for streamed exports). */
  async *rollCallVotes(range: VoteDateRange, divided: boolean | null): AsyncGenerator<RollCallVoteExportRow> {
    const minNays = this.minNays;
    let after: { at: Date | null; id: string } | null = null;
    for (;;) {
      const rollCalls = await this.votes.listRollCalls(range, { divided, minNays }, { limit: EXPORT_BATCH, after });
      const votes = await this.votes.votesOf(rollCalls.map((r) => r.actionId));
      const wards = await this.people.wardsByPersonIds([...new Set(votes.flatMap((v) => (v.personId ? [v.personId] : [])))]);
      const byAction = new Map<string, RollCallVoteRow[]>();
      for (const v of votes) {
        const list = byAction.get(v.actionId);
        if (list) list.push(v);
        else byAction.set(v.actionId, [v]);
      }
      for (const rollCall of rollCalls) {
        const common = { rollCall, divided: rollCall.nays >= minNays, majority: majorityOf(rollCall) };
        for (const vote of byAction.get(rollCall.actionId) ?? [])
          yield { ...common, vote, ward: vote.personId ? (wards.get(vote.personId) ?? null) : null };
      }
      if (rollCalls.length < EXPORT_BATCH) return;
      const last = rollCalls[rollCalls.length - 1];
      after = { at: last.date, id: last.actionId };
    }
  }

  async agreement(range: VoteDateRange): Promise<CouncilAgreement> {
    const minNays = this.minNays;
    const [counts, summaries, pairRows] = await Promise.all([
      this.votes.countRollCalls(range, minNays),
      this.votes.alderSummaries(range, minNays),
      this.votes.alderPairs(range, minNays),
    ]);
    const wards = await this.people.wardsByPersonIds(summaries.map((s) => s.personId));
    const alders = summaries
      .map((s) => ({ ...s, ward: wards.get(s.personId) ?? null, majorityRate: ratio(s.withMajority, s.majorityVotes) }))
      .sort((a, b) => a.name.localeCompare(b.name, 'en') || a.personId.localeCompare(b.personId));
    // The query returns each pair once; the map holds it both ways round, so any lookup finds it.
    const pairs = new Map<string, Map<string, AlderPairAgreement>>();
    const put = (a: string, b: string, p: (typeof pairRows)[number]) => {
      const row = pairs.get(a) ?? new Map<string, AlderPairAgreement>();
      row.set(b, { otherPersonId: b, together: p.together, agreed: p.agreed, rate: ratio(p.agreed, p.together) });
      pairs.set(a, row);
    };
    for (const p of pairRows) {
      put(p.personId, p.otherPersonId, p);
      put(p.otherPersonId, p.personId, p);
    }
    return { range, minNays, rollCalls: counts.all, dividedRollCalls: counts.divided, alders, pairs };
  }
}
