import { ApiInputException } from '../../../../apps/api/src/errors/api-input.exception';
import { encodeSearchCursor } from '../../../../apps/api/src/graphql/search/search-cursor';
import { parseSearchRequest } from '../../../../apps/api/src/web/search-request';

const parse = (qs: string) => parseSearchRequest(new URLSearchParams(qs));

describe(parseSearchRequest.name, () => {
  it('reads the words, the filters a form sends (empty ones ignored) and the page cursor', () => {
    const after = encodeSearchCursor({ rank: 0.25, id: '5a1d0c1e-4222-4000-8000-0000000000f1' });
    const r = parse(
      `q=+%22civil+immigration%22+&type=Ordinance&stage=ON_AGENDA&status=&sponsor=Lopez&committee=&chapter=2-173&after=${after}&lang=es`,
    );
    expect(r.q).toBe('"civil immigration"');
    expect(r.filter).toEqual({ type: 'Ordinance', stage: 'ON_AGENDA', sponsor: 'Lopez', chapter: '2-173' });
    expect(r.after).toEqual({ rank: 0.25, id: '5a1d0c1e-4222-4000-8000-0000000000f1' });
    // Links keep what selects the results, never the page or the language.
    expect(r.params).toEqual({ q: '"civil immigration"', type: 'Ordinance', stage: 'ON_AGENDA', sponsor: 'Lopez', chapter: '2-173' });
    expect(parse('').q).toBeNull();
    expect(parse('tracked=true').filter).toEqual({ tracked: true });
  });

  it('takes dates as Chicago days that hold eLMS midnights in summer and winter alike', () => {
    const { filter } = parse('from=2023-09-13&to=2024-01-10');
    const cdtMidnight = new Date('2023-09-13T05:00:00Z'); // 2023-09-13 00:00 CDT
    const dayBefore = new Date('2023-09-12T05:00:00Z');
    const cstMidnight = new Date('2024-01-10T06:00:00Z'); // 2024-01-10 00:00 CST: excluded by to=2024-01-10
    const lastDay = new Date('2024-01-09T06:00:00Z');
    const inRange = (d: Date) => d >= filter.introducedFrom! && d < filter.introducedTo!;
    expect([cdtMidnight, dayBefore, cstMidnight, lastDay].map(inRange)).toEqual([true, false, false, true]);
  });

  it.each([
    'from=2024-02-30',
    'to=13/01/2024',
    'stage=SIGNED_IN_BLOOD',
    'chapter=2-173-020',
    'after=bm90IGEgY3Vyc29y',
    `sponsor=${'x'.repeat(201)}`,
  ])('refuses %s as a bad link (400), not a server error', (qs) => {
    expect(() => parse(qs)).toThrow(ApiInputException);
  });
});
