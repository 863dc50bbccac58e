import * as path from 'node:path';
import { SyncJobsService } from '@app/scraper';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  a11yContext,
  launchChromium,
  listenOnLoopback,
  openCheckedPage,
  saveScreenshot,
  seriousA11yViolations,
} from '../../support/browser';
import { O2023_0004222_ATTACHMENT_FILE } from '../../support/fixtures/synthetic-o2023-0004222';
import { startSyntheticApp, SyntheticApp } from '../../support/synthetic-app';

const DOCUMENTS = path.resolve(__dirname, '../../support/documents');

const EXPECT = {
  en: {
    h1: 'O2023-0004222: what it would change in the Municipal Code',
    inserted: 'inserted:',
    deleted: 'deleted:',
    side: 'Side by side',
    codeH1: 'Municipal Code chapter 2-173: Welcoming City Ordinance',
    compare: 'Changes from version 1 to version 2',
  },
  es: {
    h1: 'O2023-0004222: qué cambiaría en el Código Municipal',
    inserted: 'insertado:',
    deleted: 'eliminado:',
    side: 'Lado a lado',
    codeH1: 'Capítulo 2-173 del Código Municipal: Welcoming City Ordinance',
    compare: 'Cambios de la versión 1 a la versión 2',
  },
} as const;
type Lang = keyof typeof EXPECT;
const withLang = (p: string, lang: Lang) => (lang === 'en' ? p : `${p}${p.includes('?') ? '&' : '?'}lang=es`);

describe('the redline and code pages in a real browser', () => {
  let s: SyntheticApp;
  let base: string;
  let browser: Browser;
  let a11y: BrowserContext;
  let edit = false;
  let now = new Date('2025-01-10T18:00:00Z');

  beforeAll(async () => {
    browser = await launchChromium();
    s = await startSyntheticApp(() => now, {
      attachments: { [O2023_0004222_ATTACHMENT_FILE]: path.join(DOCUMENTS, 'o2023-0004222-amendment.pdf') },
      transformCodePage: (_p, html) =>
        edit ? html.replace('Departments shall annually review', 'Departments shall review every two years') : html,
    });
    const { ScraperModule } = await import('@app/scraper');
    const jobs = s.app.select(ScraperModule).get(SyncJobsService);
    await jobs.run('code.sync');
    await jobs.run('documents.sync');
    edit = true;
    now = new Date('2025-02-01T18:00:00Z');
    await jobs.run('code.sync');
    base = await listenOnLoopback(s.app);
    a11y = await a11yContext(browser);
  });

  afterAll(async () => {
    await browser?.close();
    await s?.close();
  });

  const open = (p: string, lang: Lang, shot: string): Promise<Page> => openCheckedPage(a11y, base, p, lang, shot);

  describe.each(['en', 'es'] as Lang[])('in %s', (lang) => {
    const e = EXPECT[lang];

    it('/matters/O2023-0004222/redline shows the summary, marked words and an anchor per section', async () => {
      const page = await open('/matters/O2023-0004222/redline', lang, 'redline');
      expect(await page.textContent('h1')).toBe(e.h1);
      expect(await page.locator('.section-summary li').count()).toBe(3);
      const s020 = page.locator('section.redline-section', { has: page.locator('h2#\\32 -173-020') });
      const firstInsert = await s020.locator('ins').first().textContent();
      expect(firstInsert?.startsWith(e.inserted)).toBe(true);
      expect(firstInsert).toContain('or as provided in subsection (c) of this section');
      expect(await s020.locator('del').allTextContents()).toEqual(
        expect.arrayContaining([expect.stringContaining('including by telephone')]),
      );
      // Marked by more than colour: underline and strike-through.
      expect(
        await s020
          .locator('ins')
          .first()
          .evaluate((el) => (globalThis as any).getComputedStyle(el).textDecorationLine),
      ).toBe('underline');
      expect(
        await s020
          .locator('del')
          .first()
          .evaluate((el) => (globalThis as any).getComputedStyle(el).textDecorationLine),
      ).toBe('line-through');
      for (const id of ['2-173-005', '2-173-020', '2-173-025', '2-173-030']) expect(await page.locator(`[id="${id}"]`).count()).toBe(1);
      await page.goto(`${base}${withLang('/matters/O2023-0004222/redline?view=side', lang)}#2-173-020`);
      expect(await page.locator('.side-by-side').count()).toBeGreaterThan(0);
      expect(await page.locator('.view-toggle a[aria-current="page"]').textContent()).toBe(e.side);
      expect(await seriousA11yViolations(page)).toEqual([]);
      await saveScreenshot(page, `redline-side-${lang}`);
      await page.close();
    });

    it('/code/2-173 shows the current text, the versions and a diff of two versions', async () => {
      const page = await open('/code/2-173', lang, 'code');
      expect(await page.textContent('h1')).toBe(e.codeH1);
      expect(await page.locator('[id="2-173-030"]').count()).toBe(1);
      expect(await page.textContent('main')).toContain('Departments shall review every two years');
      await page.goto(`${base}${withLang('/code/2-173?from=1&to=2', lang)}`);
      expect(await page.textContent('h2#compare')).toBe(e.compare);
      expect(await page.locator('#compare ~ * del, section[aria-labelledby="compare"] del').first().textContent()).toContain('annually');
      expect(await seriousA11yViolations(page)).toEqual([]);
      await saveScreenshot(page, `code-compare-${lang}`);
      await page.close();
    });
  });

  it('answers an unknown chapter with 404 and a bad version with 400', async () => {
    expect((await fetch(`${base}/code/9-999`)).status).toBe(404);
    expect((await fetch(`${base}/code/2-173?from=1&to=99`)).status).toBe(400);
    expect((await fetch(`${base}/matters/O2023-0004222/redline`)).headers.get('content-security-policy')).toContain("script-src 'self'");
  });
});
