import * as path from 'node:path';
import { SyncJobsService } from '@app/scraper';
import { parse } from 'csv-parse/sync';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { a11yContext, launchChromium, listenOnLoopback, saveScreenshot, seriousA11yViolations } from '../../support/browser';
import { O2023_0004222_ATTACHMENT_FILE, O2023_0004222_TITLE } from '../../support/fixtures/synthetic-o2023-0004222';
import { startSyntheticApp, SyntheticApp } from '../../support/synthetic-app';

const DOCUMENTS = path.resolve(__dirname, '../../support/documents');

const EXPECT = {
  en: {
    nav: 'Search',
    h1: 'Search results for “"traffic perimeter"”',
    one: '1 matter found',
    from: 'From the text of O2023-0004222.pdf:',
    filters: 'Narrow the results',
    csv: 'CSV, for spreadsheets',
    stage: 'On the agenda',
  },
  es: {
    nav: 'Buscar',
    h1: 'Resultados para «"traffic perimeter"»',
    one: 'Se encontró 1 asunto',
    from: 'Del texto de O2023-0004222.pdf:',
    filters: 'Acotar los resultados',
    csv: 'CSV, para hojas de cálculo',
    stage: 'En el orden del día',
  },
} as const;
type Lang = keyof typeof EXPECT;
const withLang = (p: string, lang: Lang) => (lang === 'en' ? p : `${p}${p.includes('?') ? '&' : '?'}lang=es`);
const PHRASE = `/search?q=${encodeURIComponent('"traffic perimeter"')}`;

describe('/search in a real browser', () => {
  let s: SyntheticApp;
  let base: string;
  let browser: Browser;
  let a11y: BrowserContext;
  let noScript: BrowserContext;

  beforeAll(async () => {
    browser = await launchChromium();
    s = await startSyntheticApp(new Date('2025-01-10T18:00:00Z'), {
      attachments: { [O2023_0004222_ATTACHMENT_FILE]: path.join(DOCUMENTS, 'o2023-0004222-amendment.pdf') },
    });
    const { ScraperModule } = await import('@app/scraper');
    await s.app.select(ScraperModule).get(SyncJobsService).run('documents.sync');
    base = await listenOnLoopback(s.app);
    a11y = await a11yContext(browser);
    // The page must work without JavaScript: the form is a GET, the filters a <details>.
    noScript = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await s?.close();
  });

  async function open(p: string, lang: Lang, shot: string, status = 200): Promise<Page> {
    const page = await a11y.newPage();
    const res = await page.goto(`${base}${withLang(p, lang)}`);
    expect(res?.status()).toBe(status);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await saveScreenshot(page, `${shot}-${lang}`);
    return page;
  }

  describe.each(['en', 'es'] as Lang[])('in %s', (lang) => {
    const e = EXPECT[lang];

    it('finds the phrase inside the ordinance text, first, with the words marked', async () => {
      const page = await open(PHRASE, lang, 'search-phrase');
      expect(await page.textContent('h1')).toBe(e.h1);
      expect((await page.textContent('.result-count'))?.trim()).toBe(e.one);
      const first = page.locator('ol.results > li').first();
      expect(await first.locator('.result-title').textContent()).toBe(`O2023-0004222 ${O2023_0004222_TITLE}`);
      expect(await first.locator('a').first().getAttribute('href')).toBe(withLang('/matters/O2023-0004222', lang));
      expect(await first.locator('.snippet mark').allTextContents()).toEqual(['traffic', 'perimeter']);
      expect(await first.locator('.snippet-source').textContent()).toBe(e.from);
      expect(await first.locator('.stage').textContent()).toBe(e.stage);
      await page.close();
    });

    it('is linked from the header and searches without JavaScript, keeping the language and the filters', async () => {
      const page = await noScript.newPage();
      await page.goto(`${base}${withLang('/', lang)}`);
      await page.click(`header nav a:text-is("${e.nav}")`);
      expect(new URL(page.url()).pathname).toBe('/search');
      await page.fill('input[name="q"]', 'immigration enforcement');
      await page.click(`summary:text-is("${e.filters}")`);
      await page.selectOption('select[name="stage"]', 'ON_AGENDA');
      await page.fill('input[name="chapter"]', '2-173');
      await page.press('input[name="q"]', 'Enter');
      await page.waitForURL(/q=immigration/);
      const url = new URL(page.url());
      expect(url.searchParams.get('stage')).toBe('ON_AGENDA');
      expect(url.searchParams.get('lang')).toBe(lang === 'en' ? null : 'es');
      expect(await page.locator('ol.results > li .record-number').allTextContents()).toEqual(['O2023-0004222']);
      expect(await page.getAttribute('details.filters', 'open')).toBe('');
      await saveScreenshot(page, `search-filtered-${lang}`);
      await page.close();
    });

    it('explains a query with nothing to look for, beside the form, with a 400', async () => {
      const page = await open('/search?q=the', lang, 'search-problem', 400);
      expect(await page.locator('#q-problem[role="alert"]').count()).toBe(1);
      expect(await page.getAttribute('input[name="q"]', 'aria-invalid')).toBe('true');
      await page.close();
    });

    it('offers a CSV download that holds as many rows as the page counts', async () => {
      const page = await open('/search?q=amendment', lang, 'search-amendment');
      const count = Number(((await page.textContent('.result-count')) ?? '').replace(/\D/g, ''));
      expect(count).toBe(await page.locator('ol.results > li').count());
      const href = await page.getAttribute(`a:text-is("${e.csv}")`, 'href');
      const res = await page.request.get(`${base}${href}`);
      expect(res.status()).toBe(200);
      const rows = parse((await res.body()).toString('utf8'), { bom: true, columns: true }) as Record<string, string>[];
      expect(rows).toHaveLength(count);
      expect(rows.map((r) => r.record_number)).toEqual(await page.locator('ol.results > li .record-number').allTextContents());
      await page.close();
    });
  });
});
