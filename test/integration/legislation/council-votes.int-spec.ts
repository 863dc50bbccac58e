import { CouncilVotesService, type CouncilAgreement, type RollCallVoteExportRow } from '@app/legislation';
import { TestingModule } from '@nestjs/testing';
import { createLegislationContext } from '../../support/app';
import { createTestDatabase, TestDatabase } from '../../support/db';
import { storeMatters } from '../../support/factories/matter.factory';
import { ALDERS, dividedRollCallMatters } from '../../support/fixtures/synthetic-divided-roll-calls';

const ALL = { from: null, to: null };

function alder(a: CouncilAgreement, name: string) {
  const row = a.alders.find((x) => x.name === name);
  if (!row) throw new Error(`${name} not in the agreement`);
  return row;
}

function pair(a: CouncilAgreement, one: string, other: string) {
  const [x, y] = [alder(a, one).personId, alder(a, other).personId];
  return a.pairs.get(x)?.get(y);
}

/*
 * Hand count of the five synthetic roll calls (test/support/fixtures/synthetic-divided-roll-calls.ts), all
 * Yea unless listed; #5 is a 25–25 tie (even roll positions Nay: Lee 0 and Hadden 36 Nay; Lopez 3,
 * Sigcho-Lopez 25, Napolitano 27, Hopkins 35 Yea). Divided (at least 1 Nay): #2 #3 #4 #5; #1 is not.
 * Majority: Yea on #2 #3 #4, none on #5 (tie).
 *
 *                #1      #2    #3       #4       #5 | calls absent divided cast majVotes withMaj notVoting
 *   Lee          Y       Y     Y        Y        N  |   5     0      4      4     3        3       0
 *   Lopez        Y       Y     Absent   Y        Y  |   5     1      4      3     2        2       0
 *   Sigcho-Lopez Y       N     N        N        Y  |   5     0      4      4     3        0       0
 *   Napolitano   Y       Y     N        Recused  Y  |   5     0      4      3     2        1       1
 *   Hopkins      Absent  Y     Y        Excused  Y  |   5     2      4      3     2        2       0
 *   Hadden       Y       N     Present  N        N  |   5     0      4      3     2        0       1
 *
 * Pairs, on divided roll calls both cast Yea or Nay (together / agreed):
 *   Sigcho-Lopez–Hadden    #2 N=N, #4 N=N, #5 Y≠N          3 / 2
 *   Sigcho-Lopez–Lopez     #2 N≠Y, #4 N≠Y, #5 Y=Y          3 / 1
 *   Sigcho-Lopez–Napolitano #2 N≠Y, #3 N=N, #5 Y=Y         3 / 2
 *   Lopez–Hopkins          #2 Y=Y, #5 Y=Y                  2 / 2
 *   Hadden–Lee             #2 N≠Y, #4 N≠Y, #5 N=N          3 / 1
 * The committee roll call on #1 (ten Nays) is not the Council's and counts nowhere.
 */
describe(CouncilVotesService.name, () => {
  let db: TestDatabase;
  let app: TestingModule;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createLegislationContext(db);
    await storeMatters(app, dividedRollCallMatters());
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('agreement equals the hand count', async () => {
    const a = await app.get(CouncilVotesService).agreement(ALL);
    expect({ rollCalls: a.rollCalls, divided: a.dividedRollCalls, minNays: a.minNays, alders: a.alders.length }).toEqual({
      rollCalls: 5,
      divided: 4,
      minNays: 1,
      alders: 50,
    });
    const pick = (name: string) => {
      const r = alder(a, name);
      return [r.rollCalls, r.absent, r.divided, r.votesCast, r.majorityVotes, r.withMajority, r.notVoting, r.majorityRate];
    };
    expect(pick(ALDERS.lee)).toEqual([5, 0, 4, 4, 3, 3, 0, 1]);
    expect(pick(ALDERS.lopez)).toEqual([5, 1, 4, 3, 2, 2, 0, 1]);
    expect(pick(ALDERS.sigchoLopez)).toEqual([5, 0, 4, 4, 3, 0, 0, 0]);
    expect(pick(ALDERS.napolitano)).toEqual([5, 0, 4, 3, 2, 1, 1, 0.5]);
    expect(pick(ALDERS.hopkins)).toEqual([5, 2, 4, 3, 2, 2, 0, 1]);
    expect(pick(ALDERS.hadden)).toEqual([5, 0, 4, 3, 2, 0, 1, 0]);
    const pairCount = (x: string, y: string) => {
      const p = pair(a, x, y);
      return p && [p.together, p.agreed];
    };
    expect(pairCount(ALDERS.sigchoLopez, ALDERS.hadden)).toEqual([3, 2]);
    expect(pairCount(ALDERS.sigchoLopez, ALDERS.lopez)).toEqual([3, 1]);
    expect(pairCount(ALDERS.sigchoLopez, ALDERS.napolitano)).toEqual([3, 2]);
    expect(pairCount(ALDERS.lopez, ALDERS.hopkins)).toEqual([2, 2]);
    expect(pairCount(ALDERS.hadden, ALDERS.lee)).toEqual([3, 1]);
    expect(pair(a, ALDERS.hadden, ALDERS.lee)?.rate).toBeCloseTo(1 / 3);
    expect(pairCount(ALDERS.lee, ALDERS.hadden)).toEqual([3, 1]); // the same pair, the other way round
  });

  it('lists Council roll calls only, divided or not, newest first and paged', async () => {
    const s = app.get(CouncilVotesService);
    const page = { limit: 10, after: null };
    const divided = await s.rollCalls(ALL, true, page);
    expect(divided.map((r) => [r.recordNumber, r.yeas, r.nays, r.absent, r.other, r.total])).toEqual(
      expect.arrayContaining([
        ['O2026-0025383', 48, 2, 0, 0, 50],
        ['O2026-0025469', 46, 2, 1, 1, 50],
        ['O2026-0025199', 46, 2, 1, 1, 50],
        ['O2026-0025201', 25, 25, 0, 0, 50],
      ]),
    );
    expect(divided).toHaveLength(4);
    expect((await s.rollCalls(ALL, false, page)).map((r) => [r.recordNumber, r.yeas, r.absent])).toEqual([['O2026-0025382', 49, 1]]);
    const first = await s.rollCalls(ALL, null, { limit: 3, after: null });
    const rest = await s.rollCalls(ALL, null, { limit: 3, after: { at: first[2].date, id: first[2].actionId } });
    expect([...first, ...rest].map((r) => r.actionId).sort()).toEqual((await s.rollCalls(ALL, null, page)).map((r) => r.actionId).sort());
    expect(rest).toHaveLength(2);
  });

  it('honours the date range (half-open) and the divided threshold', async () => {
    const s = app.get(CouncilVotesService);
    const day = { from: new Date('2026-07-15T05:00:00Z'), to: new Date('2026-07-16T05:00:00Z') };
    expect((await s.agreement(day)).rollCalls).toBe(5);
    expect((await s.agreement({ from: new Date('2026-07-15T05:00:01Z'), to: null })).alders).toEqual([]);
    expect((await s.agreement({ from: null, to: new Date('2026-07-15T05:00:00Z') })).rollCalls).toBe(0);

    const db3 = await createTestDatabase({ VOTES_DIVIDED_MIN_NAYS: '3' });
    const app3 = await createLegislationContext(db3);
    try {
      await storeMatters(app3, dividedRollCallMatters());
      const a = await app3.get(CouncilVotesService).agreement(ALL);
      // Only the tie (#5, 25 Nays) has three or more Nays; it has no majority.
      expect([a.minNays, a.dividedRollCalls, alder(a, ALDERS.sigchoLopez).majorityVotes, alder(a, ALDERS.sigchoLopez).votesCast]).toEqual([
        3, 1, 0, 1,
      ]);
    } finally {
      await app3.close();
      await db3.drop();
    }
  });

  it('exports one row per alder vote with its roll call, side and majority', async () => {
    const rows: RollCallVoteExportRow[] = [];
    for await (const r of app.get(CouncilVotesService).rollCallVotes(ALL, null)) rows.push(r);
    expect(rows).toHaveLength(250);
    const hadden = rows
      .filter((r) => r.vote.voterName === ALDERS.hadden)
      .map((r) => [r.rollCall.recordNumber, r.vote.vote, r.divided, r.majority]);
    expect(hadden).toEqual(
      expect.arrayContaining([
        ['O2026-0025382', 'Yea', false, 'YEA'],
        ['O2026-0025469', 'Present', true, 'YEA'],
        ['O2026-0025201', 'Nay', true, null],
      ]),
    );
    expect(hadden).toHaveLength(5);
  });
});
