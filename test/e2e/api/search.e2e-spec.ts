import * as path from 'node:path';
import { SEARCH_RANK_WINDOW } from '@app/legislation';
import { SyncJobsService } from '@app/scraper';
import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { gql } from '../../support/graphql-client';
import { O2023_0004222_ATTACHMENT_FILE, O2023_0004222_TITLE } from '../../support/fixtures/synthetic-o2023-0004222';
import { startSyntheticApp, SyntheticApp } from '../../support/synthetic-app';

const DOCUMENTS = path.resolve(__dirname, '../../support/documents');

const SEARCH = `query ($q: String!, $first: Int, $after: String, $filter: MatterFilterInput) {
  search(query: $q, first: $first, after: $after, filter: $filter) {
    totalCount
    totalCountIsEstimate
    rankedWindow
    pageInfo { endCursor hasNextPage }
    edges { cursor node { rank matter { recordNumber title stage { stage } } title { text highlighted } snippet { text highlighted } document { fileName url } } }
  }
}`;

/** The number in "N matters found" on a /search page (both languages write it with digits). */
function shownCount(page: string): number {
  const m = /<p class="result-count"[^>]*><strong>\D*([\d,]+)/.exec(page);
  if (!m) throw new Error('no result count on the page');
  return Number(m[1].replace(/,/g, ''));
}

describe('full-text search and exports', () => {
  let s: SyntheticApp;
  const get = (url: string) =>
    request(s.app.getHttpServer())
      .get(url)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });

  beforeAll(async () => {
    s = await startSyntheticApp(new Date('2025-01-10T18:00:00Z'), {
      attachments: { [O2023_0004222_ATTACHMENT_FILE]: path.join(DOCUMENTS, 'o2023-0004222-amendment.pdf') },
    });
    // The worker reads the amending ordinance's PDF; its text is indexed as it is stored.
    const { ScraperModule } = await import('@app/scraper');
    await s.app.select(ScraperModule).get(SyncJobsService).run('documents.sync');
  }, 180_000);

  afterAll(async () => {
    await s?.close();
  });

  it('finds a phrase that is only in the ordinance text, first, with a highlighted snippet', async () => {
    const res = await gql(s.app, SEARCH, { q: '"traffic perimeter"' });
    expect(res.errors).toBeUndefined();
    const { totalCount, edges } = res.data.search;
    expect(totalCount).toBe(1);
    const hit = edges[0].node;
    expect(hit.matter).toMatchObject({ recordNumber: 'O2023-0004222', title: O2023_0004222_TITLE });
    expect(O2023_0004222_TITLE.toLowerCase()).not.toContain('perimeter');
    expect(hit.snippet.filter((p: any) => p.highlighted).map((p: any) => p.text)).toEqual(['traffic', 'perimeter']);
    expect(hit.snippet.map((p: any) => p.text).join('')).toContain('set up a traffic perimeter or provide on-site support');
    expect(hit.document.fileName).toBe('O2023-0004222.pdf');
  });

  it('pages by cursor with a stable total and applies filters', async () => {
    const all = await gql(s.app, SEARCH, { q: 'amendment', first: 40 });
    expect(all.errors).toBeUndefined();
    const total = all.data.search.totalCount;
    expect(total).toBeGreaterThanOrEqual(2);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = await gql(s.app, SEARCH, { q: 'amendment', first: 1, after });
      expect(page.errors).toBeUndefined();
      expect(page.data.search.totalCount).toBe(total);
      seen.push(...page.data.search.edges.map((e: any) => e.node.matter.recordNumber));
      after = page.data.search.pageInfo.hasNextPage ? page.data.search.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all.data.search.edges.map((e: any) => e.node.matter.recordNumber));
    const filtered = await gql(s.app, SEARCH, { q: 'amendment', filter: { chapter: '2-173', stage: 'ON_AGENDA' } });
    expect(filtered.data.search.edges.map((e: any) => e.node.matter.recordNumber)).toEqual(['O2023-0004222']);
  });

  it('answers a query with nothing to look for, or a forged cursor, with BAD_USER_INPUT, never a 500', async () => {
    for (const q of ['', 'the', '-ice', '"" ((']) {
      const res = await gql(s.app, SEARCH, { q });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_SEARCH_QUERY' });
    }
    const forged = await gql(s.app, SEARCH, { q: 'amendment', after: Buffer.from('["x","y"]').toString('base64url') });
    expect(forged.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const page = await get('/search?q=the');
    expect(page.status).toBe(400);
    expect(page.body.toString()).toContain('nothing to look for');
    expect((await get('/search.csv?q=')).status).toBe(400);
    for (const url of [
      '/search?q=amendment&from=2024-13-45',
      '/search?q=amendment&from=2024-02-30',
      '/search?q=amendment&stage=NOPE',
      '/search?q=amendment&chapter=2-173-020',
      '/search?q=amendment&after=garbage',
      `/search?q=${'x'.repeat(5000)}`,
      '/search?q=%00',
      '/search.json?q=amendment&sponsor=' + 'y'.repeat(300),
      '/matters.csv?stage=NOPE',
    ])
      expect([url.slice(0, 60), (await get(url)).status]).toEqual([url.slice(0, 60), 400]);
  });

  it('/search shows the count, and its CSV and JSON downloads hold exactly that many rows', async () => {
    const page = (await get('/search?q=amendment&lang=es')).body.toString();
    const count = shownCount(page);
    expect(page).toContain(`Se encontraron ${count} asuntos`);
    const csv = await get('/search.csv?q=amendment');
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="search-results.csv"');
    expect([...csv.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(csv.body.toString('utf8'), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(count);
    expect(Object.keys(rows[0])).toEqual([
      'rank',
      'record_number',
      'type',
      'title',
      'status',
      'stage',
      'stage_since',
      'introduction_date',
      'final_action_date',
      'filing_sponsor',
      'committee',
      'controlling_body',
      'elms_matter_id',
      'url',
      'snippet',
      'document_file_name',
      'document_url',
    ]);
    const json = await get('/search.json?q=amendment');
    expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
    const records = JSON.parse(json.body.toString('utf8')) as Record<string, unknown>[];
    expect(records).toHaveLength(count);
    expect(records.map((r) => r.record_number)).toEqual(rows.map((r) => r.record_number));
    expect(typeof records[0].rank).toBe('number');
    const phrase = parse((await get('/search.csv?q=%22traffic+perimeter%22')).body.toString('utf8'), {
      bom: true,
      columns: true,
    }) as Record<string, string>[];
    expect(phrase).toEqual([
      expect.objectContaining({ record_number: 'O2023-0004222', document_file_name: 'O2023-0004222.pdf', stage: 'ON_AGENDA' }),
    ]);
    expect(phrase[0].snippet).toContain('traffic perimeter');
  });

  it('shows document text with markup in it as text, marks only around the match', async () => {
    const ds = s.app.get(DataSource);
    const [m] = (await ds.query(`SELECT id FROM matter WHERE record_number = 'SO2025-0019977'`)) as { id: string }[];
    // Synthetic: a document whose extracted text carries markup, as a hostile or broken PDF could.
    await ds.query(
      `INSERT INTO matter_document (matter_id, url, file_name, byte_hash, byte_length, format, paragraphs, plain_text, fetched_at)
       VALUES ($1, 'https://example.org/x.pdf', '<b>x</b>.pdf', 'x', 1, 'pdf', '[]'::jsonb, $2, now())`,
      [m.id, 'Before <img src=x onerror=alert(1)> the quetzalcoatl clause </mark><script>alert(2)</script> after.'],
    );
    const page = (await get('/search?q=quetzalcoatl')).body.toString();
    // ts_headline drops what its parser takes for tags (</mark>, <script>); the rest is escaped text.
    expect(page).toContain('Before &lt;img src=x onerror=alert(1)&gt; the <mark>quetzalcoatl</mark> clause');
    expect(page.match(/<mark>/g)).toHaveLength(1);
    expect(page).toContain('From the text of &lt;b&gt;x&lt;/b&gt;.pdf:');
    expect(page).not.toContain('<img src=x');
    expect(page).not.toContain('<script>alert');
  });

  it('/matters.csv?tracked=true lists the tracked matters of the home page, with their stage', async () => {
    const home = (await get('/')).body.toString();
    const shown = [...home.matchAll(/<th scope="row"><a class="record-number" href="[^"]*">([^<]+)<\/a>/g)].map((m) => m[1]);
    expect(shown.length).toBeGreaterThan(0);
    const csv = await get('/matters.csv?tracked=true');
    expect(csv.status).toBe(200);
    const rows = parse(csv.body.toString('utf8'), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.record_number)).toEqual(shown);
    expect(rows.find((r) => r.record_number === 'O2023-0004222')).toMatchObject({ stage: 'ON_AGENDA', title: O2023_0004222_TITLE });
    const json = JSON.parse((await get('/matters.json?tracked=true&stage=ON_AGENDA')).body.toString('utf8')) as { record_number: string }[];
    expect(json.map((r) => r.record_number)).toEqual(rows.filter((r) => r.stage === 'ON_AGENDA').map((r) => r.record_number));
  });

  it('a word in more titles than are ranked: the newest are ranked, the total is estimated, the page says so, the export has all', async () => {
    const ds = s.app.get(DataSource);
    const n = SEARCH_RANK_WINDOW + 3;
    await ds.query(
      `INSERT INTO matter (matter_id, record_number, title, content_hash, fetched_at, introduction_date)
       SELECT 'kiosk-' || i, 'Or2001-' || lpad(i::text, 7, '0'), 'Sidewalk kiosk permit ' || i, 'h', now(), timestamptz '2001-01-01' + i * interval '1 day'
         FROM generate_series(1, ${n}) AS i`,
    );
    await ds.query('ANALYZE matter');
    try {
      const res = await gql(s.app, SEARCH, { q: 'kiosk', first: 5 });
      expect(res.data.search).toMatchObject({
        totalCountIsEstimate: true,
        rankedWindow: SEARCH_RANK_WINDOW,
        pageInfo: { hasNextPage: true },
      });
      const estimate = res.data.search.totalCount as number;
      expect(Math.abs(estimate - n)).toBeLessThanOrEqual(n * 0.1);
      expect(res.data.search.edges[0].node.matter.recordNumber).toMatch(/^Or2001-/);
      expect((await gql(s.app, SEARCH, { q: 'amendment' })).data.search).toMatchObject({ rankedWindow: null, totalCountIsEstimate: false });
      const en = (await get('/search?q=kiosk')).body.toString();
      expect(shownCount(en)).toBe(estimate);
      expect(en).toContain(`About ${estimate.toLocaleString('en-US')} matters found`);
      expect(en).toContain('these are the best of the 500 most recent');
      const es = (await get('/search?q=kiosk&lang=es')).body.toString();
      expect(es).toContain('los mejores de los 500 más recientes');
      expect(es).toContain('Se encontraron unos ');
      expect((await get('/search?q=amendment')).body.toString()).not.toContain('result-window');
      const rows = parse((await get('/search.csv?q=kiosk')).body.toString('utf8'), { bom: true, columns: true }) as unknown[];
      expect(rows).toHaveLength(n);
    } finally {
      await ds.query(`DELETE FROM matter WHERE matter_id LIKE 'kiosk-%'`);
    }
  });
});
