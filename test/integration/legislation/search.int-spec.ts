import * as fs from 'node:fs';
import * as path from 'node:path';
import { CoreModule } from '@app/core';
import { LegislationErrorCode, LegislationModule, MatterSearchService, SEARCH_RANK_WINDOW, type SearchHit } from '@app/legislation';
import { Test, TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { FullTextSearchBackfill1764202000001 } from '../../../migrations/1764202000001-FullTextSearchBackfill';
import { createTestDatabase, TestDatabase } from '../../support/db';

const DOCUMENTS = path.resolve(__dirname, '../../support/documents');

/** A test document's text as the worker stores it: the markup's struck and underlined runs kept, their marks dropped. */
function plainText(name: string): string {
  return fs
    .readFileSync(path.join(DOCUMENTS, `${name}.markup.txt`), 'utf8')
    .replace(/\{\+|\+\}|\[-|-\]/g, '')
    .trim();
}

const text = (parts: { text: string }[]) => parts.map((p) => p.text).join('');
const highlighted = (parts: { text: string; highlighted: boolean }[]) => parts.filter((p) => p.highlighted).map((p) => p.text);

describe(MatterSearchService.name, () => {
  let db: TestDatabase;
  let moduleRef: TestingModule;
  let search: MatterSearchService;
  let ds: DataSource;

  async function matter(recordNumber: string, title: string, extra: Record<string, unknown> = {}): Promise<string> {
    const cols = {
      matter_id: recordNumber.toLowerCase(),
      record_number: recordNumber,
      title,
      content_hash: 'h',
      fetched_at: new Date(),
      ...extra,
    };
    const names = Object.keys(cols);
    const [row] = (await ds.query(
      `INSERT INTO matter (${names.join(', ')}) VALUES (${names.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
      Object.values(cols),
    )) as { id: string }[];
    return row.id;
  }

  async function document(matterId: string, fileName: string, body: string): Promise<void> {
    await ds.query(
      `INSERT INTO matter_document (matter_id, url, file_name, byte_hash, byte_length, format, paragraphs, plain_text, fetched_at)
       VALUES ($1, $2, $3, $4, $5, 'pdf', '[]'::jsonb, $6, now())`,
      [matterId, `https://example.org/${fileName}`, fileName, fileName, body.length, body],
    );
  }

  const records = (hits: SearchHit[]) => hits.map((h) => h.matter.recordNumber);

  beforeAll(async () => {
    db = await createTestDatabase();
    moduleRef = await Test.createTestingModule({
      imports: [CoreModule.forRoot({ config: db.config, pglite: db.pglite }), LegislationModule],
    }).compile();
    await moduleRef.init();
    search = moduleRef.get(MatterSearchService);
    ds = moduleRef.get(DataSource);
    const welcoming = await matter('O2023-0004222', 'Amendment of Municipal Code Chapter 2-173 regarding Welcoming City Ordinance', {
      type: 'Ordinance',
      status: 'In Committee',
      stage: 'ON_AGENDA',
      introduction_date: new Date('2023-09-13T05:00:00Z'),
      filing_sponsor: 'Lopez, Raymond A.',
    });
    await document(welcoming, 'O2023-0004222.pdf', plainText('o2023-0004222-amendment'));
    const planning = await matter(
      'O2022-3468',
      'Amendment of Municipal Code Section 2-45-040 regarding powers and duties of Commissioner',
      {
        type: 'Ordinance',
        status: 'Passed',
        stage: 'PASSED',
        introduction_date: new Date('2022-11-07T06:00:00Z'),
      },
    );
    await document(planning, 'O2022-3468.pdf', plainText('o2022-3468-commissioner'));
    // Real title (test/fixtures/elms/matter-detail-SO2025-0019977.json); no document.
    await matter(
      'SO2025-0019977',
      'Amendment of Municipal Code Chapter 2-74 by adding new Section 2-74-076 to establish Department of Human Resources hiring preference for children and spouses of Chicago first responders killed in line of duty',
      { type: 'Ordinance', status: 'Passed', stage: 'PASSED', introduction_date: new Date('2025-06-18T05:00:00Z') },
    );
    // A title that names immigration enforcement, to compete with the document that quotes it.
    await matter('R2024-0000001', 'Resolution calling for hearings on federal immigration enforcement in Chicago', {
      type: 'Resolution',
      stage: 'IN_COMMITTEE',
      introduction_date: new Date('2024-02-01T06:00:00Z'),
    });
  });

  afterAll(async () => {
    await moduleRef?.close();
    await db?.drop();
  });

  it('finds a phrase that appears only in a document, first, with the phrase highlighted in its snippet', async () => {
    const page = await search.search('"traffic perimeter"', {}, 10, null);
    expect(records(page.hits)).toEqual(['O2023-0004222']);
    expect(page.totalCount).toBe(1);
    const hit = page.hits[0];
    expect(highlighted(hit.snippet)).toEqual(['traffic', 'perimeter']);
    expect(text(hit.snippet)).toContain('set up a traffic perimeter or provide on-site support');
    expect(hit.document).toEqual({ fileName: 'O2023-0004222.pdf', url: 'https://example.org/O2023-0004222.pdf' });
    expect(highlighted(hit.title)).toEqual([]);
    expect(text(hit.title)).toBe('Amendment of Municipal Code Chapter 2-173 regarding Welcoming City Ordinance');
  });

  it('stems words, ranks title matches above document matches, and highlights the title', async () => {
    const page = await search.search('immigration enforcement', {}, 10, null);
    expect(records(page.hits)).toEqual(['R2024-0000001', 'O2023-0004222']);
    expect(highlighted(page.hits[0].title)).toEqual(['immigration', 'enforcement']);
    expect(page.hits[0].snippet).toEqual([]);
    expect(page.hits[0].rank).toBeGreaterThan(page.hits[1].rank);
    // "enforce" is stemmed as "enforcement" is.
    expect(records((await search.search('enforce ICE', {}, 10, null)).hits)).toEqual(['O2023-0004222']);
  });

  it('understands quotes, minus and or', async () => {
    expect(records((await search.search('immigration -resolution', {}, 10, null)).hits)).toEqual(['O2023-0004222']);
    expect(records((await search.search('"immigration detainer"', {}, 10, null)).hits)).toEqual(['O2023-0004222']);
    // Both words occur in the document, but never as this phrase.
    expect((await search.search('"detainer immigration"', {}, 10, null)).totalCount).toBe(0);
    const either = await search.search('commissioner or perimeter', {}, 10, null);
    expect(records(either.hits).sort()).toEqual(['O2022-3468', 'O2023-0004222']);
  });

  it('finds record numbers whole or in part', async () => {
    expect(records((await search.search('O2022-3468', {}, 10, null)).hits)).toEqual(['O2022-3468']);
    expect(records((await search.search('0019977', {}, 10, null)).hits)).toEqual(['SO2025-0019977']);
  });

  it('applies the matter filters: type, status, stage, sponsor, dates, chapter', async () => {
    const q = 'amendment';
    const all = await search.search(q, {}, 10, null);
    expect(all.totalCount).toBe(3);
    expect(records((await search.search(q, { stage: 'ON_AGENDA' }, 10, null)).hits)).toEqual(['O2023-0004222']);
    expect(records((await search.search(q, { status: 'passed' }, 10, null)).hits).sort()).toEqual(['O2022-3468', 'SO2025-0019977']);
    expect(records((await search.search(q, { sponsor: 'lopez' }, 10, null)).hits)).toEqual(['O2023-0004222']);
    expect(records((await search.search(q, { chapter: '2-74' }, 10, null)).hits)).toEqual(['SO2025-0019977']);
    expect(
      records((await search.search(q, { introducedFrom: new Date('2023-01-01'), introducedTo: new Date('2024-01-01') }, 10, null)).hits),
    ).toEqual(['O2023-0004222']);
    expect((await search.search('immigration', { type: 'resolution' }, 10, null)).totalCount).toBe(1);
  });

  it('pages by cursor without repeating or losing a result, with the total on every page', async () => {
    const all = await search.search('amendment', {}, 10, null);
    const seen: string[] = [];
    let after = null;
    for (;;) {
      const page = await search.search('amendment', {}, 1, after);
      expect(page.totalCount).toBe(3);
      seen.push(...records(page.hits));
      if (!page.hasNextPage) break;
      const last = page.hits[0];
      after = { rank: last.rank, id: last.matter.id };
    }
    expect(seen).toEqual(records(all.hits));
    const past = await search.search('amendment', {}, 1, { rank: -1, id: '00000000-0000-4000-8000-000000000000' });
    expect(past).toEqual({ hits: [], totalCount: 3, hasNextPage: false, rankedWindow: null, totalCountIsEstimate: false });
  });

  it('streams every result in batches, in rank order', async () => {
    const streamed: string[] = [];
    for await (const h of search.all('amendment', {}, 2)) streamed.push(h.matter.recordNumber);
    expect(streamed).toEqual(records((await search.search('amendment', {}, 10, null)).hits));
  });

  it.each([
    ['', 'EMPTY'],
    ['   ', 'EMPTY'],
    ['the of and', 'NO_WORDS'],
    ['"" - (((', 'NO_WORDS'],
    ['-immigration', 'NO_WORDS'],
    ['x'.repeat(301), 'TOO_LONG'],
  ])('refuses %j with a typed error (%s)', async (query, problem) => {
    await expect(search.search(query, {}, 10, null)).rejects.toMatchObject({
      code: LegislationErrorCode.INVALID_SEARCH_QUERY,
      kind: 'invalid_input',
      details: { problem },
    });
  });

  it('the backfill migration indexes rows stored before the search columns existed', async () => {
    // Rows written with the triggers off stand for rows stored before migration FullTextSearch.
    await ds.query(`ALTER TABLE matter DISABLE TRIGGER matter_search_vector_trg`);
    await ds.query(`ALTER TABLE matter_document DISABLE TRIGGER matter_document_search_vector_trg`);
    const id = await matter('O2019-0000042', 'Ordinance on parakeet habitats');
    await document(id, 'old.pdf', 'The monk parakeet colonies of Hyde Park shall be protected.');
    await ds.query(`ALTER TABLE matter ENABLE TRIGGER matter_search_vector_trg`);
    await ds.query(`ALTER TABLE matter_document ENABLE TRIGGER matter_document_search_vector_trg`);
    expect((await search.search('parakeet', {}, 10, null)).totalCount).toBe(0);
    const runner = ds.createQueryRunner();
    try {
      await new FullTextSearchBackfill1764202000001().up(runner);
    } finally {
      await runner.release();
    }
    expect(records((await search.search('parakeet', {}, 10, null)).hits)).toEqual(['O2019-0000042']);
    expect(records((await search.search('"monk parakeet colonies"', {}, 10, null)).hits)).toEqual(['O2019-0000042']);
  });

  it('searches text containing the snippet markers safely, and new documents as soon as they are stored', async () => {
    const id = await matter('O2026-0000009', 'Plain title');
    await document(id, 'odd.pdf', 'A zebracrossing \uE000 appears \uE001 here.');
    const [hit] = (await search.search('zebracrossing', {}, 10, null)).hits;
    expect(hit.matter.recordNumber).toBe('O2026-0000009');
    expect(text(hit.snippet)).toBe('zebracrossing  appears  here');
    expect(highlighted(hit.snippet)).toEqual(['zebracrossing']);
  });

  it('ranks only the newest title matches of a very common word, estimates their total, and still finds older document matches', async () => {
    const n = SEARCH_RANK_WINDOW + 5;
    // One title a day from 2000-01-01: the five oldest fall outside the window.
    await ds.query(
      `INSERT INTO matter (matter_id, record_number, title, content_hash, fetched_at, introduction_date)
       SELECT 'kiosk-' || i, 'Or2000-' || lpad(i::text, 7, '0'), 'Sidewalk kiosk permit ' || i, 'h', now(), timestamptz '2000-01-01' + i * interval '1 day'
         FROM generate_series(1, ${n}) AS i`,
    );
    const oldest = (await ds.query(`SELECT id FROM matter WHERE matter_id = 'kiosk-1'`)) as { id: string }[];
    await document(oldest[0].id, 'kiosk-1.pdf', 'Kiosks on the sidewalk: the first permit.');
    // The estimate reads the column's statistics, as autovacuum would have refreshed them.
    await ds.query('ANALYZE matter');
    try {
      const page = await search.search('kiosk', {}, n, null);
      expect(page).toMatchObject({ rankedWindow: SEARCH_RANK_WINDOW, totalCountIsEstimate: true });
      expect(page.totalCount).toBeGreaterThan(SEARCH_RANK_WINDOW);
      expect(Math.abs(page.totalCount - n)).toBeLessThanOrEqual(n * 0.1);
      expect(page.hasNextPage).toBe(false);
      const found = new Set(records(page.hits));
      expect(found.size).toBe(SEARCH_RANK_WINDOW + 1);
      // The newest window of titles, plus the oldest through its document; kiosks 2 to 5 are not ranked.
      expect(found.has(`Or2000-${String(n).padStart(7, '0')}`)).toBe(true);
      expect(found.has('Or2000-0000001')).toBe(true);
      expect([2, 3, 4, 5].filter((i) => found.has(`Or2000-000000${i}`))).toEqual([]);
      // A filter narrows the titles below the window: every match is ranked again.
      const filtered = await search.search('kiosk', { introducedTo: new Date('2000-01-10T00:00:00Z') }, 50, null);
      expect(filtered).toMatchObject({ rankedWindow: null, totalCountIsEstimate: false, totalCount: 8 });
      expect(records(filtered.hits).sort()).toEqual(Array.from({ length: 8 }, (_, i) => `Or2000-000000${i + 1}`));
      // An empty page past the end reports the same estimate and window.
      const past = await search.search('kiosk', {}, 10, { rank: -1, id: '00000000-0000-4000-8000-000000000000' });
      expect(past).toMatchObject({ hits: [], totalCount: page.totalCount, rankedWindow: SEARCH_RANK_WINDOW, totalCountIsEstimate: true });
      // Exports rank every match.
      let exported = 0;
      for await (const hit of search.all('kiosk', {}, 500)) exported += hit.matter ? 1 : 0;
      expect(exported).toBe(n);
    } finally {
      await ds.query(`DELETE FROM matter WHERE matter_id LIKE 'kiosk-%'`);
    }
  });
});
