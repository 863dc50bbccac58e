import { parse } from 'csv-parse/sync';
import type { Browser, BrowserContext } from 'playwright-core';
import type { ApiTestApp } from '../../support/api-app';
import { a11yContext, launchChromium, listenOnLoopback, openCheckedPage } from '../../support/browser';
import { gql } from '../../support/graphql-client';
import { HISTORY, startHistoryApp } from '../../support/section-history-app';

const EXPECT = {
  en: {
    chapterH1: 'Chapter 2-173: the history of each section',
    sectionH1: '2-173-020 Immigration enforcement prohibited. — history',
    stops: 'Where the history stops',
  },
  es: {
    chapterH1: 'Capítulo 2-173: la historia de cada sección',
    sectionH1: '2-173-020 Immigration enforcement prohibited. — historia',
    stops: 'Dónde se detiene la historia',
  },
} as const;
type Lang = keyof typeof EXPECT;

describe('the section history pages and downloads', () => {
  let t: ApiTestApp;
  let base: string;
  let browser: Browser;
  let a11y: BrowserContext;

  beforeAll(async () => {
    browser = await launchChromium();
    t = await startHistoryApp();
    base = await listenOnLoopback(t.app);
    a11y = await a11yContext(browser);
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const open = (p: string, lang: Lang, shot: string) => openCheckedPage(a11y, base, p, lang, shot);

  describe.each(['en', 'es'] as Lang[])('in %s', (lang) => {
    const e = EXPECT[lang];

    it('/code/2-173/history lists each section with how far back it was rebuilt', async () => {
      const page = await open('/code/2-173/history', lang, 'chapter-history');
      expect(await page.textContent('h1')).toBe(e.chapterH1);
      const row = page.locator('tbody tr', { has: page.locator('a', { hasText: '2-173-020' }) });
      expect(await row.textContent()).toContain('O2021-117');
      expect(await page.locator('tbody tr').count()).toBe(3);
      await page.close();
    });

    it('/code/2-173-020/history shows who wrote each passage, each version with its redline, and where the chain stops', async () => {
      const page = await open('/code/2-173-020/history', lang, 'section-history');
      expect(await page.textContent('h1')).toBe(e.sectionH1);
      expect(await page.locator('section.history-version').count()).toBe(3);
      const newest = page.locator('section.history-version').first();
      expect(await newest.locator('ins').allTextContents()).toEqual(
        expect.arrayContaining([expect.stringContaining('or assist the civil enforcement of federal immigration law')]),
      );
      expect(await newest.locator('a[href*="/matters/O2021-117"]').count()).toBeGreaterThan(0);
      expect(await page.locator('mark.passage', { hasText: 'including, but not limited to, those' }).getAttribute('title')).toContain(
        'O2012-7712',
      );
      expect(await page.textContent('#broken')).toBe(e.stops);
      expect(await page.locator('section.warning').textContent()).toContain('O2006-3329');
      await page.close();
    });
  });

  it('downloads the history as CSV and JSON with the numbers the page and GraphQL show', async () => {
    const h = (await gql(t.app, HISTORY, { n: '2-173-020' })).data.codeSectionHistory;
    const csv = await fetch(`${base}/code/2-173-020/history.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(bytes.toString('utf8'), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.position, r.since, r.enacted_by, r.status, r.inserted_words, r.deleted_words])).toEqual(
      h.versions.map((v: any, i: number) => [
        String(i + 1),
        v.since ?? '',
        v.enactedBy?.recordNumber ?? '',
        v.status ?? '',
        v.redline ? String(v.insertedWords) : '',
        v.redline ? String(v.deletedWords) : '',
      ]),
    );
    expect(rows[0].text).toBe(h.versions[0].text);

    const json = (await (await fetch(`${base}/code/2-173/history.json`)).json()) as Record<string, unknown>[];
    const of020 = json.filter((r) => r.section === '2-173-020');
    expect(of020.map((r) => r.enacted_by)).toEqual(['O2021-117', 'O2012-7712', 'O2006-3329']);
    expect(of020[2]).toMatchObject({ status: 'MISMATCH', inserted_words: null, chain_complete: false });
    expect(new Set(json.map((r) => r.section))).toEqual(new Set(['2-173-005', '2-173-020', '2-173-030']));
  });

  it('answers an untracked chapter or unknown section with 404 and a malformed number with 400', async () => {
    expect((await fetch(`${base}/code/9-999/history`)).status).toBe(404);
    expect((await fetch(`${base}/code/9-999/history.csv`)).status).toBe(404);
    expect((await fetch(`${base}/code/2-173-999/history`)).status).toBe(404);
    expect((await fetch(`${base}/code/2-17x3-020/history`)).status).toBe(400);
    const codePage = await (await fetch(`${base}/code/2-173`)).text();
    expect(codePage).toContain('href="/code/2-173/history"');
    expect(codePage).toContain('href="/code/2-173-020/history"');
  });
});
