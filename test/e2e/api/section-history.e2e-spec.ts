import { ApiTestApp } from '../../support/api-app';
import { gql } from '../../support/graphql-client';
import { HISTORY, startHistoryApp } from '../../support/section-history-app';

describe('codeSectionHistory', () => {
  let t: ApiTestApp;

  beforeAll(async () => {
    t = await startHistoryApp();
  });

  afterAll(async () => {
    await t?.close();
  });

  it('returns the versions of 2-173-020 from the test chain, each with its enacting record number and redline, and reports the broken step', async () => {
    const res = await gql(t.app, HISTORY, { n: '2-173-020' });
    expect(res.errors).toBeUndefined();
    const h = res.data.codeSectionHistory;
    expect(h.number).toBe('2-173-020');
    expect(h.permalink).toMatch(/\/code\/2-173-020\/history$/);
    expect(h.steps.map((s: any) => [s.entry.date, s.status, s.enactment?.recordNumber])).toEqual([
      ['2021-01-27', 'VERIFIED', 'O2021-117'],
      ['2012-11-08', 'VERIFIED', 'O2012-7712'],
      ['2006-03-29', 'MISMATCH', 'O2006-3329'],
    ]);
    // O2017-1018 names the chapter and has a Council action that day, but it failed: never a candidate.
    expect(h.steps[0].candidates.map((c: any) => c.recordNumber)).toEqual(['O2021-117']);

    const [v0, v1, v2] = h.versions;
    expect(h.versions).toHaveLength(3);
    expect(v0).toMatchObject({ since: '2021-01-27', status: 'VERIFIED', enactedBy: { recordNumber: 'O2021-117', passedOn: '2021-01-27' } });
    expect(v1).toMatchObject({
      since: '2012-11-08',
      status: 'VERIFIED',
      enactedBy: { recordNumber: 'O2012-7712' },
      heading: 'Requesting information prohibited.',
    });
    for (const [newer, older] of [
      [v0, v1],
      [v1, v2],
    ]) {
      const from = newer.redline
        .filter((x: any) => x.op !== 'INSERT')
        .map((x: any) => x.text)
        .join('');
      const to = newer.redline
        .filter((x: any) => x.op !== 'DELETE')
        .map((x: any) => x.text)
        .join('');
      expect([from, to]).toEqual([older.text, newer.text]);
      expect(newer.insertedWords).toBeGreaterThan(0);
    }
    expect(v0.enactedBy.url).toMatch(/\/matters\/O2021-117$/);

    expect(h.complete).toBe(false);
    expect(v2).toMatchObject({ since: '2006-03-29', status: 'MISMATCH', redline: null, enactedBy: { recordNumber: 'O2006-3329' } });
    expect(h.broken).toMatchObject({ status: 'MISMATCH', entry: { date: '2006-03-29' }, enactment: { recordNumber: 'O2006-3329' } });
    expect(h.broken.mismatches[0].differingWords.length).toBeGreaterThan(0);

    const who = (n: string | null) =>
      h.attribution
        .filter((p: any) => (p.enactment?.recordNumber ?? null) === n)
        .map((p: any) => p.text)
        .join(' ');
    expect(who('O2021-117')).toContain('set up a traffic perimeter');
    expect(who('O2012-7712')).toContain('including, but not limited to, those');
    expect(h.attribution.map((p: any) => p.text).join('')).toBe(v0.text);
  });

  it('answers null for a section the chapter lacks and BAD_USER_INPUT for a malformed number', async () => {
    expect((await gql(t.app, HISTORY, { n: '2-173-999' })).data.codeSectionHistory).toBeNull();
    const bad = await gql(t.app, HISTORY, { n: 'drop table' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
