import { parse } from 'csv-parse/sync';
import { ApiTestApp, startApiApp } from '../../support/api-app';
import { listenOnLoopback } from '../../support/browser';
import { storeMatters } from '../../support/factories/matter.factory';
import { ALDERS, dividedRollCallMatters } from '../../support/fixtures/synthetic-divided-roll-calls';
import { gql } from '../../support/graphql-client';

type Row = Record<string, string | number | boolean | null>;

/** Per alder, from export rows: [votes with the majority, votes cast on divided roll calls with a majority, absences]. */
function countsFromExport(rows: Row[], name: string): number[] {
  const mine = rows.filter((r) => r.alder === name);
  const isTrue = (v: unknown) => v === true || v === 'true';
  const cast = mine.filter((r) => isTrue(r.divided) && r.majority && (r.vote_value === 'YEA' || r.vote_value === 'NAY'));
  return [
    cast.filter((r) => isTrue(r.with_majority)).length,
    cast.length,
    mine.filter((r) => r.vote_value === 'ABSENT' || r.vote_value === 'EXCUSED').length,
  ];
}

describe('How the Council votes: GraphQL and downloads', () => {
  let s: ApiTestApp;
  let base: string;

  beforeAll(async () => {
    s = await startApiApp({ fill: {} });
    await storeMatters(s.app, dividedRollCallMatters());
    base = await listenOnLoopback(s.app);
  });

  afterAll(async () => {
    await s?.close();
  });

  it('alderAgreement gives the hand-counted numbers, with every pair once each way', async () => {
    const res = await gql(
      s.app,
      `{ alderAgreement(from: "2026-07-15T05:00:00Z") { minNays rollCalls dividedRollCalls
          alders { name ward rollCalls absent dividedRollCalls votesCast notVoting majorityVotes withMajority majorityRate
                   agreement { name together agreed rate } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const a = res.data.alderAgreement;
    expect([a.minNays, a.rollCalls, a.dividedRollCalls, a.alders.length]).toEqual([1, 5, 4, 50]);
    const napolitano = a.alders.find((x: any) => x.name === ALDERS.napolitano);
    expect(napolitano).toMatchObject({
      rollCalls: 5,
      absent: 0,
      dividedRollCalls: 4,
      votesCast: 3,
      notVoting: 1,
      majorityVotes: 2,
      withMajority: 1,
      majorityRate: 0.5,
    });
    expect(napolitano.agreement).toHaveLength(49);
    const sigcho = a.alders.find((x: any) => x.name === ALDERS.sigchoLopez);
    expect(sigcho.agreement.find((p: any) => p.name === ALDERS.napolitano)).toEqual({
      name: ALDERS.napolitano,
      together: 3,
      agreed: 2,
      rate: 2 / 3,
    });
    expect(napolitano.agreement.find((p: any) => p.name === ALDERS.sigchoLopez)).toMatchObject({ together: 3, agreed: 2 });
  });

  it('rollCalls lists divided ones newest first, pages by cursor, and refuses a bad range or cursor', async () => {
    const q = `query($after: String) { rollCalls(divided: true, first: 3, after: $after) {
        edges { node { recordNumber yeas nays divided majority result votes { voterName vote } } } pageInfo { endCursor hasNextPage } } }`;
    const first = await gql(s.app, q);
    expect(first.errors).toBeUndefined();
    expect(first.data.rollCalls.edges).toHaveLength(3);
    expect(first.data.rollCalls.pageInfo.hasNextPage).toBe(true);
    const second = await gql(s.app, q, { after: first.data.rollCalls.pageInfo.endCursor });
    const all = [...first.data.rollCalls.edges, ...second.data.rollCalls.edges].map((e: any) => e.node);
    expect(all.map((n: any) => n.recordNumber).sort()).toEqual(['O2026-0025199', 'O2026-0025201', 'O2026-0025383', 'O2026-0025469']);
    const tie = all.find((n: any) => n.recordNumber === 'O2026-0025201');
    expect(tie).toMatchObject({ yeas: 25, nays: 25, divided: true, majority: null, result: 'FAILED' });
    expect(tie.votes).toHaveLength(50);
    expect(second.data.rollCalls.pageInfo.hasNextPage).toBe(false);

    const undivided = await gql(s.app, `{ rollCalls(divided: false) { edges { node { recordNumber majority } } } }`);
    expect(undivided.data.rollCalls.edges.map((e: any) => e.node)).toEqual([{ recordNumber: 'O2026-0025382', majority: 'YEA' }]);

    const bad = await gql(s.app, `{ rollCalls(from: "2026-07-16T00:00:00Z", to: "2026-07-15T00:00:00Z") { edges { cursor } } }`);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const badCursor = await gql(s.app, `{ rollCalls(after: "nope") { edges { cursor } } }`);
    expect(badCursor.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('the CSV download is valid UTF-8 CSV with a BOM, one row per alder vote, and round-trips the page numbers', async () => {
    const res = await fetch(`${base}/votes/roll-calls.csv?from=2026-07-15&to=2026-07-15`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="roll-call-votes.csv"');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: Row[] = parse(bytes.toString('utf8').slice(1), { columns: true });
    expect(rows).toHaveLength(250);
    expect(Object.keys(rows[0])).toEqual([
      'date',
      'record_number',
      'title',
      'action',
      'result',
      'roll_call_id',
      'divided',
      'majority',
      'yeas',
      'nays',
      'alder',
      'person_id',
      'ward',
      'vote',
      'vote_value',
      'with_majority',
    ]);
    expect(rows.find((r) => r.alder === ALDERS.hadden && r.record_number === 'O2026-0025469')).toMatchObject({
      date: '2026-07-15',
      vote: 'Present',
      vote_value: 'PRESENT',
      divided: 'true',
      majority: 'YEA',
      with_majority: '',
    });
    // The page's "votes with the majority" column (x/y) and "Absent" column, recomputed from the file.
    const page = await (await fetch(`${base}/votes`)).text();
    for (const name of [ALDERS.napolitano, ALDERS.hopkins, ALDERS.sigchoLopez, ALDERS.lopez]) {
      const [withMajority, majorityVotes, absent] = countsFromExport(rows, name);
      const row = new RegExp(
        `<th scope="row">${name.replace(/[.]/g, '\\.')}</th>.*?<td class="num">${withMajority}/${majorityVotes}</td>.*?<td class="num">${absent}</td><td class="num">5</td></tr>`,
      );
      expect(page).toMatch(row);
    }
  });

  it('the JSON download is one array of the same rows; divided=true keeps divided roll calls only', async () => {
    const res = await fetch(`${base}/votes/roll-calls.json?divided=true`);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const rows: Row[] = JSON.parse(await res.text());
    expect(rows).toHaveLength(200);
    expect(rows.every((r) => r.divided === true)).toBe(true);
    expect(countsFromExport(rows, ALDERS.napolitano)).toEqual([1, 2, 0]);
    expect(rows.filter((r) => r.record_number === 'O2026-0025201' && r.with_majority !== null)).toEqual([]);
    expect((await fetch(`${base}/votes/roll-calls.xml`)).status).toBe(400);
    expect((await fetch(`${base}/votes/roll-calls.csv?from=July`)).status).toBe(400);
  });
});
