import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for how the Council votes (/votes, rollCalls, alderAgreement): Council roll calls by date
 * in the order pages list them (a partial index on the predicate the queries use, so a page stops after its rows), and each roll call's votes read from the index
 * alone (person and value included), so the self-join of the agreement matrix never visits the table.
 */
export class CouncilVoteIndexes1764203000000 implements MigrationInterface {
  name = 'CouncilVoteIndexes1764203000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX matter_action_council_date_idx ON matter_action (action_date DESC NULLS LAST, id DESC) WHERE action_by_name = 'City Council';
      CREATE INDEX action_vote_action_id_person_id_vote_idx ON action_vote (action_id) INCLUDE (person_id, voter_name, vote);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX action_vote_action_id_person_id_vote_idx;
      DROP INDEX matter_action_council_date_idx;
    `);
  }
}
