import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { VoteValue } from '../lifecycle/lifecycle.types';
import { voteValueSql } from '../lifecycle/vote-value';

/** A half-open range of action dates, [from, to); null ends are open. */
export interface VoteDateRange {
  from: Date | null;
  to: Date | null;
}

export interface CouncilRollCallRow {
  actionId: string;
  date: Date | null;
  actionName: string | null;
  recordNumber: string;
  title: string | null;
  yeas: number;
  nays: number;
  /** Absent or Excused. */
  absent: number;
  /** Present, Recused, Abstain, Rising Vote, Vacant, none, unknown. */
  other: number;
  total: number;
}

export interface RollCallVoteRow {
  actionId: string;
  ordinal: number;
  personId: string | null;
  voterName: string | null;
  /** Verbatim eLMS value. */
  vote: string | null;
  /** Its classification (VoteValue). */
  value: VoteValue;
}

export interface AlderVoteSummaryRow {
  personId: string;
  name: string;
  /** Council roll calls in the range that list the alder. */
  rollCalls: number;
  /** Of those, Absent or Excused. */
  absent: number;
  /** Divided roll calls that list the alder. */
  divided: number;
  /** Yea or Nay on a divided roll call. */
  votesCast: number;
  /** Yea or Nay on a divided roll call that had a majority (not tied): the denominator of agreement. */
  majorityVotes: number;
  withMajority: number;
  /** Present, Recused, Abstain, … on a divided roll call: neither a vote cast nor an absence. */
  notVoting: number;
}

export interface AlderPairRow {
  personId: string;
  otherPersonId: string;
  /** Divided roll calls on which both voted Yea or Nay. */
  together: number;
  agreed: number;
}

/**
 * Council roll calls are the City Council's actions with at least one recorded vote: committees vote too,
 * under their own names, and are left out. Partial index `matter_action_council_date_idx` matches this.
 */
const COUNCIL = `a.action_by_name = 'City Council'`;

const VALUE = voteValueSql('v.vote');

/** Every Council vote in range, with its classified value. $1 from, $2 to (null: open). */
const RANGE_VOTES = `SELECT a.id AS action_id, v.person_id, v.voter_name, ${VALUE} AS value
    FROM matter_action a JOIN action_vote v ON v.action_id = a.id
   WHERE ${COUNCIL} AND ($1::timestamptz IS NULL OR a.action_date >= $1) AND ($2::timestamptz IS NULL OR a.action_date < $2)`;

/** Per roll call: yeas, nays, and the majority side of those who voted Yea or Nay (null when tied); $3 min nays. */
const DIVIDED = `SELECT action_id, CASE WHEN yeas > nays THEN '${VoteValue.YEA}' WHEN nays > yeas THEN '${VoteValue.NAY}' END AS majority
    FROM (SELECT action_id, count(*) FILTER (WHERE value = '${VoteValue.YEA}') AS yeas, count(*) FILTER (WHERE value = '${VoteValue.NAY}') AS nays
            FROM rv GROUP BY action_id) t
   WHERE nays >= $3`;

const CAST = `('${VoteValue.YEA}', '${VoteValue.NAY}')`;
const ABSENT = `('${VoteValue.ABSENT}', '${VoteValue.EXCUSED}')`;

/** How the City Council voted: roll calls and agreement, computed in SQL over `matter_action` and `action_vote`. */
@Injectable()
export class CouncilVotesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Council roll calls, newest first, keyset-paged by (action date, action id). `divided` true keeps those with
   * at least `minNays` Nays, false the others, null all. Votes are classified as the tallies on matter pages are.
   */
  async listRollCalls(
    range: VoteDateRange,
    filter: { divided: boolean | null; minNays: number },
    page: { limit: number; after: { at: Date | null; id: string } | null },
  ): Promise<CouncilRollCallRow[]> {
    const params: unknown[] = [range.from, range.to, page.limit];
    const param = (value: unknown) => `$${params.push(value)}`;
    const divided = filter.divided === null ? '' : `AND c.nays ${filter.divided ? '>=' : '<'} ${param(filter.minNays)}::int`;
    let keyset = '';
    if (page.after?.at) {
      const [at, id] = [param(page.after.at), param(page.after.id)];
      // NULL dates sort last (DESC NULLS LAST), as the ORDER BY below.
      keyset = `AND (a.action_date < ${at} OR a.action_date IS NULL OR (a.action_date = ${at} AND a.id < ${id}::uuid))`;
    } else if (page.after) {
      keyset = `AND a.action_date IS NULL AND a.id < ${param(page.after.id)}::uuid`;
    }
    // Walks matter_action_council_date_idx in order and counts each roll call's votes as it goes, so a page
    // stops after `limit` roll calls instead of counting the whole range first.
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT a.id AS "actionId", a.action_date AS date, a.action_name AS "actionName", m.record_number AS "recordNumber", m.title,
              c.yeas, c.nays, c.absent, c.total - c.yeas - c.nays - c.absent AS other, c.total
         FROM matter_action a
         CROSS JOIN LATERAL (
           SELECT count(*) FILTER (WHERE value = '${VoteValue.YEA}')::int AS yeas,
                  count(*) FILTER (WHERE value = '${VoteValue.NAY}')::int AS nays,
                  count(*) FILTER (WHERE value IN ${ABSENT})::int AS absent,
                  count(*)::int AS total
             FROM (SELECT ${VALUE} AS value FROM action_vote v WHERE v.action_id = a.id) vv) c
         JOIN matter m ON m.id = a.matter_id
        WHERE ${COUNCIL} AND ($1::timestamptz IS NULL OR a.action_date >= $1) AND ($2::timestamptz IS NULL OR a.action_date < $2)
          AND c.total > 0 ${divided} ${keyset}
        ORDER BY a.action_date DESC NULLS LAST, a.id DESC
        LIMIT $3`,
      params,
    );
    return rows as unknown as CouncilRollCallRow[];
  }

  /** The votes of these roll calls, in eLMS order. */
  async votesOf(actionIds: string[]): Promise<RollCallVoteRow[]> {
    if (actionIds.length === 0) return [];
    return this.dataSource.query(
      `SELECT v.action_id AS "actionId", v.ordinal, v.person_id AS "personId", v.voter_name AS "voterName", v.vote, ${VALUE} AS value
         FROM action_vote v WHERE v.action_id = ANY($1::uuid[]) ORDER BY v.action_id, v.ordinal`,
      [actionIds],
    );
  }

  /** How many Council roll calls the range holds, and how many of them are divided. */
  async countRollCalls(range: VoteDateRange, minNays: number): Promise<{ all: number; divided: number }> {
    const [row] = await this.dataSource.query(
      `WITH rv AS (${RANGE_VOTES}), d AS (${DIVIDED})
       SELECT (SELECT count(DISTINCT action_id) FROM rv)::int AS "all", (SELECT count(*) FROM d)::int AS divided`,
      [range.from, range.to, minNays],
    );
    return row as { all: number; divided: number };
  }

  /** Per alder (by eLMS person id): roll calls, absences, and agreement with the majority on divided roll calls. */
  async alderSummaries(range: VoteDateRange, minNays: number): Promise<AlderVoteSummaryRow[]> {
    return this.dataSource.query(
      `WITH rv AS (${RANGE_VOTES}), d AS (${DIVIDED})
       SELECT rv.person_id AS "personId",
              coalesce((array_agg(rv.voter_name ORDER BY rv.voter_name) FILTER (WHERE rv.voter_name IS NOT NULL))[1], rv.person_id) AS name,
              count(*)::int AS "rollCalls",
              count(*) FILTER (WHERE rv.value IN ${ABSENT})::int AS absent,
              count(d.action_id)::int AS divided,
              count(d.action_id) FILTER (WHERE rv.value IN ${CAST})::int AS "votesCast",
              count(d.majority) FILTER (WHERE rv.value IN ${CAST})::int AS "majorityVotes",
              count(*) FILTER (WHERE rv.value = d.majority)::int AS "withMajority",
              count(d.action_id) FILTER (WHERE rv.value NOT IN ${CAST} AND rv.value NOT IN ${ABSENT})::int AS "notVoting"
         FROM rv LEFT JOIN d ON d.action_id = rv.action_id
        WHERE rv.person_id IS NOT NULL
        GROUP BY rv.person_id`,
      [range.from, range.to, minNays],
    );
  }

  /**
   * Every pair of alders who both voted Yea or Nay on at least one divided roll call in range, once
   * (personId < otherPersonId: agreement is symmetric, and the self-join is the costly part).
   */
  async alderPairs(range: VoteDateRange, minNays: number): Promise<AlderPairRow[]> {
    return this.dataSource.query(
      `WITH rv AS (${RANGE_VOTES}), d AS (${DIVIDED}),
            cast_votes AS (SELECT rv.action_id, rv.person_id, rv.value FROM rv JOIN d ON d.action_id = rv.action_id
                            WHERE rv.value IN ${CAST} AND rv.person_id IS NOT NULL)
       SELECT x.person_id AS "personId", y.person_id AS "otherPersonId", count(*)::int AS together,
              count(*) FILTER (WHERE x.value = y.value)::int AS agreed
         FROM cast_votes x JOIN cast_votes y ON y.action_id = x.action_id AND y.person_id > x.person_id
        GROUP BY x.person_id, y.person_id`,
      [range.from, range.to, minNays],
    );
  }
}
