import type { Browser, BrowserContext, Page } from 'playwright-core';
import { a11yContext, launchChromium, listenOnLoopback, saveScreenshot, seriousA11yViolations } from '../../support/browser';
import { ApiTestApp, startApiApp } from '../../support/api-app';
import type { SourcePerson } from '@app/legislation';
import { storeMatters } from '../../support/factories/matter.factory';
import { storePersons } from '../../support/factories/person.factory';
import { syntheticWard15Person } from '../../support/fixtures/synthetic-person-ward-15';
import { ALDERS, dividedRollCallMatters } from '../../support/fixtures/synthetic-divided-roll-calls';

/** Words the page must show per language; the numbers are the hand count of council-votes.int-spec. */
const EXPECT = {
  en: {
    h1: 'How the Council votes',
    summary: '5 City Council roll calls, 4 of them divided (at least 1 Nay).',
    absent: 'Absent',
    half: '50%',
  },
  es: {
    h1: 'Cómo vota el Concejo',
    summary: '5 votaciones nominales del Concejo Municipal, 4 de ellas divididas',
    absent: 'Ausente',
    half: '50%',
  },
} as const;
type Lang = keyof typeof EXPECT;

describe('/votes in a real browser', () => {
  let s: ApiTestApp;
  let base: string;
  let browser: Browser;
  let a11y: BrowserContext;

  beforeAll(async () => {
    browser = await launchChromium();
    s = await startApiApp({ fill: {} });
    await storeMatters(s.app, dividedRollCallMatters());
    // Lopez's person record (synthetic-person-ward-15) gives him a ward: his row links to his page.
    await storePersons(s.app, [syntheticWard15Person() as unknown as SourcePerson]);
    base = await listenOnLoopback(s.app);
    a11y = await a11yContext(browser);
  });

  afterAll(async () => {
    await browser?.close();
    await s?.close();
  });

  async function open(path: string, lang: Lang, shot: string): Promise<Page> {
    const page = await a11y.newPage();
    const res = await page.goto(`${base}${path}${lang === 'en' ? '' : `${path.includes('?') ? '&' : '?'}lang=es`}`);
    expect(res?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await saveScreenshot(page, `${shot}-${lang}`);
    return page;
  }

  /** The cells of one alder's row of the majority table (the row header is the alder's name). */
  const cells = async (page: Page, name: string): Promise<string[]> => {
    const rows = await page.$$eval('section[aria-labelledby="majority"] tbody tr', (trs) =>
      trs.map((tr) => [tr.querySelector('th')?.textContent ?? '', ...[...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')]),
    );
    return rows.find((r) => r[0] === name)?.slice(1) ?? [];
  };

  describe.each(Object.keys(EXPECT) as Lang[])('in %s', (lang) => {
    const e = EXPECT[lang];

    it('shows the agreement table, the heat map and its table with the hand-counted numbers', async () => {
      const page = await open('/votes', lang, 'votes');
      expect(await page.textContent('h1')).toBe(e.h1);
      expect(await page.getAttribute(`header nav a:text-is("${e.h1}")`, 'href')).toBe(lang === 'en' ? '/votes' : '/votes?lang=es');
      expect(await page.textContent('main')).toContain(e.summary);
      // ward, with the majority, votes with/of, cast, not voting, absent, roll calls
      expect((await cells(page, ALDERS.napolitano)).map((c) => c.replace(/\u00a0/g, ' '))).toEqual([
        '—',
        e.half,
        '1/2',
        '3',
        '1',
        '0',
        '5',
      ]);
      expect(await cells(page, ALDERS.hopkins)).toEqual(['—', expect.any(String), '2/2', '3', '0', '2', '5']);
      expect(await cells(page, ALDERS.sigchoLopez)).toEqual(['—', expect.stringMatching(/^0\s?%$/), '0/3', '4', '0', '0', '5']);
      expect(await page.locator('section[aria-labelledby="majority"] tbody tr').count()).toBe(50);
      expect((await cells(page, ALDERS.lopez))[0]).toBe('15');
      const alderLinks = page.locator('section[aria-labelledby="majority"] tbody th a');
      expect(await alderLinks.allTextContents()).toEqual([ALDERS.lopez]); // the one alder with a ward on record
      expect(await alderLinks.getAttribute('href')).toBe(lang === 'en' ? '/alders/15' : '/alders/15?lang=es');

      const svg = page.locator('section[aria-labelledby="heatmap"] svg[role="img"]');
      expect(await svg.locator('rect').count()).toBe(50 * 50);
      const titles = await svg.locator('rect > title').allTextContents();
      expect(titles.filter((t) => t.startsWith(`${ALDERS.sigchoLopez} `) && t.includes(ALDERS.hadden))).toEqual([
        expect.stringContaining(lang === 'en' ? '2 of 3' : '2 de 3'),
      ]);
      const matrix = page.locator('table.matrix');
      expect(await matrix.locator('tbody tr').count()).toBe(50);
      const grid = await matrix.evaluate((t) =>
        [...t.querySelectorAll('tr')].map((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').replace(/\s/g, ''))),
      );
      const [head, ...body] = grid;
      const haddenRow = body.find((r) => r[0] === ALDERS.hadden.replace(/\s/g, ''))!;
      expect(haddenRow[head.indexOf(ALDERS.lee.replace(/\s/g, ''))]).toBe('33%(1/3)');

      const divided = await page.locator('section[aria-labelledby="divided"] tbody tr').allTextContents();
      expect(divided).toHaveLength(4);
      await page.close();
    });

    it('sorts by a column from the query string (links, no script) and reverses on a second select', async () => {
      const page = await open('/votes', lang, 'votes-sorted');
      await page.click(`section[aria-labelledby="majority"] thead a:has-text("${e.absent}")`);
      expect(new URL(page.url()).searchParams.get('sort')).toBe('absent');
      expect(await page.getAttribute(`th[aria-sort]`, 'aria-sort')).toBe('descending');
      const first = page.locator('section[aria-labelledby="majority"] tbody tr').first().locator('th');
      expect(await first.textContent()).toBe(ALDERS.hopkins);
      // The heat map follows the table's order: its first row label is the table's first alder.
      expect(await page.locator('section[aria-labelledby="heatmap"] svg g').first().locator('text').first().textContent()).toBe(
        ALDERS.hopkins,
      );
      await page.click(`section[aria-labelledby="majority"] thead a:has-text("${e.absent}")`);
      expect(await page.getAttribute(`th[aria-sort]`, 'aria-sort')).toBe('ascending');
      await page.close();
    });
  });

  it('narrows to a date range, and refuses a malformed one with a 400 page', async () => {
    const page = await a11y.newPage();
    await page.goto(`${base}/votes?from=2026-07-16`);
    expect(await page.textContent('main')).toContain('0 City Council roll calls');
    await page.goto(`${base}/votes?from=2026-07-15&to=2026-07-15`);
    expect(await page.textContent('main')).toContain('5 City Council roll calls');
    expect((await page.goto(`${base}/votes?from=15/07/2026`))?.status()).toBe(400);
    expect((await page.goto(`${base}/votes?from=2026-07-16&to=2026-07-15`))?.status()).toBe(400);
    await page.close();
  });
});
