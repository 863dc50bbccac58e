import { TrackingService } from '@app/legislation';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  a11yContext,
  launchChromium,
  listenOnLoopback,
  readerContext,
  saveScreenshot,
  scriptSources,
  seriousA11yViolations,
} from '../../support/browser';
import { O2023_0004222_TITLE } from '../../support/fixtures/synthetic-o2023-0004222';
import { withWard15Person } from '../../support/fixtures/synthetic-person-ward-15';
import { withSyntheticRollCall } from '../../support/fixtures/synthetic-roll-call';
import { startSyntheticApp, SyntheticApp } from '../../support/synthetic-app';

const PUBLIC_BASE_URL = 'https://tracker.example.org';
const CSP = "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

/** What each page must say, per language (the synthetic story at 2025-01-10, before the 2025-01-15 vote). */
const EXPECT = {
  en: {
    homeH1: 'Tracked matters',
    onAgenda: 'On the agenda',
    nextMeeting: 'Wednesday, January 15, 2025 at 10:00 AM CST',
    deadline: 'Wednesday, January 15, 2025 at 9:00 AM CST',
    nextStep: 'What happens next',
    rule41: 'Rule 41 notice filed',
    rule42: 'Sent to the Committee on Committees and Rules (Rule 42)',
    redline: 'What it would change in the Municipal Code (redline)',
    passed: 'Passed',
    yea: 'Yea',
    alderH1: 'Lopez, Raymond A., Alder of Ward 15',
    cityHall: 'City Hall office',
    votesOnTracked: 'Votes on tracked matters',
    toggle: 'Español',
  },
  es: {
    homeH1: 'Asuntos en seguimiento',
    onAgenda: 'En el orden del día',
    nextMeeting: 'miércoles, 15 de enero de 2025, 10:00 a.m. CST',
    deadline: 'miércoles, 15 de enero de 2025, 9:00 a.m. CST',
    nextStep: 'Qué sigue',
    rule41: 'Aviso de la Regla 41 presentado',
    rule42: 'Enviado al Comité de Comités y Reglamento (Regla 42)',
    redline: 'Qué cambiaría en el Código Municipal (cambios marcados)',
    passed: 'Aprobado',
    yea: 'A favor',
    alderH1: 'Lopez, Raymond A., concejal del Distrito 15',
    cityHall: 'Oficina en el Ayuntamiento',
    votesOnTracked: 'Votos en asuntos en seguimiento',
    toggle: 'English',
  },
} as const;

type Lang = keyof typeof EXPECT;
const LANGS: Lang[] = ['en', 'es'];
const withLang = (path: string, lang: Lang) => (lang === 'en' ? path : `${path}${path.includes('?') ? '&' : '?'}lang=es`);

describe('web pages in a real browser', () => {
  let s: SyntheticApp;
  let base: string;
  let browser: Browser;
  let a11y: BrowserContext;
  let reader: BrowserContext;

  beforeAll(async () => {
    browser = await launchChromium();
    s = await startSyntheticApp(new Date('2025-01-10T18:00:00Z'), {
      transform: (path, body) => withWard15Person(path, withSyntheticRollCall(path, body)),
      env: { PUBLIC_BASE_URL },
    });
    // SO2025-0019977 carries the synthetic roll call: tracking it puts the ward-15 alder's vote on their page.
    await s.app.get(TrackingService).create('record_number', 'SO2025-0019977', 'browser test', 'test');
    base = await listenOnLoopback(s.app);
    a11y = await a11yContext(browser);
    reader = await readerContext(browser);
  });

  afterAll(async () => {
    await browser?.close();
    await s?.close();
  });

  /** Loads a page for the a11y context, checks status, `<html lang>` and axe, and saves a screenshot. */
  async function open(path: string, lang: Lang, shot: string): Promise<Page> {
    const page = await a11y.newPage();
    const res = await page.goto(`${base}${withLang(path, lang)}`);
    expect(res?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await saveScreenshot(page, `${shot}-${lang}`);
    return page;
  }

  describe.each(LANGS)('in %s', (lang) => {
    const e = EXPECT[lang];

    it('/ lists the tracked matters with stage and next date', async () => {
      const page = await open('/', lang, 'home');
      expect(await page.textContent('h1')).toBe(e.homeH1);
      const row = page.locator('tbody tr', { hasText: 'O2023-0004222' });
      await expect(row.textContent()).resolves.toContain(O2023_0004222_TITLE);
      await expect(row.textContent()).resolves.toContain(e.onAgenda);
      await expect(row.textContent()).resolves.toContain(e.nextMeeting);
      expect(await row.locator('a').getAttribute('href')).toBe(withLang('/matters/O2023-0004222', lang));
      expect(await page.locator('tbody tr', { hasText: 'SO2025-0019977' }).count()).toBe(1);
      await page.close();
    });

    it('/?q= searches by words and by record number', async () => {
      const page = await open('/?q=Welcoming', lang, 'search');
      expect(await page.inputValue('input[name="q"]')).toBe('Welcoming');
      expect(await page.locator('tbody tr').allTextContents()).toEqual([expect.stringContaining('O2023-0004222')]);
      await page.goto(`${base}${withLang('/?q=so2025-0019977', lang)}`);
      expect(await page.locator('tbody tr').allTextContents()).toEqual([expect.stringContaining('SO2025-0019977')]);
      await page.close();
    });

    it('/matters/O2023-0004222 shows stage, next step, timeline, sponsors, attachments and the redline link', async () => {
      const page = await open('/matters/O2023-0004222', lang, 'matter-O2023-0004222');
      const h1 = await page.textContent('h1');
      expect(h1).toContain('O2023-0004222');
      expect(h1).toContain(O2023_0004222_TITLE);
      const main = (await page.textContent('main'))!;
      expect(main).toContain(e.onAgenda);
      const next = (await page.locator('section[aria-labelledby="next-step"]').textContent())!;
      expect(next).toContain(e.nextStep);
      expect(next).toContain('City Council');
      expect(next).toContain(e.nextMeeting);
      expect(next).toContain('City Council Chamber');
      expect(next).toContain(e.deadline);
      const steps = await page.locator('ol.timeline > li').allTextContents();
      expect(steps).toHaveLength(5);
      expect(steps[2]).toContain(e.rule42);
      expect(steps[3]).toContain(e.rule41);
      expect(steps[1]).toContain('Committee on Immigrant and Refugee Rights');
      expect(await page.getAttribute(`a:text-is("${e.redline}")`, 'href')).toBe(withLang('/matters/O2023-0004222/redline', lang));
      const attachment = page.locator('section[aria-labelledby="attachments"] a');
      expect(await attachment.textContent()).toBe('O2023-0004222.pdf');
      expect(await attachment.getAttribute('href')).toMatch(/^https:\/\/occprodstoragev1\.blob\.core\.usgovcloudapi\.net\/.+\.pdf$/);
      expect(await page.getAttribute('section[aria-labelledby="sponsors"] a:has-text("Lopez, Raymond A.")', 'href')).toBe(
        withLang('/alders/15', lang),
      );
      // Ward 3 has no alder on record: the sponsor is named, not linked to a page that would say so.
      expect(await page.locator('section[aria-labelledby="sponsors"] li', { hasText: 'Dowell, Pat' }).locator('a').count()).toBe(0);
      expect(await page.getAttribute('link[rel="canonical"]', 'href')).toBe(
        `${PUBLIC_BASE_URL}${withLang('/matters/O2023-0004222', lang)}`,
      );
      expect(await page.getAttribute('meta[property="og:title"]', 'content')).toBe(`O2023-0004222: ${O2023_0004222_TITLE}`);
      expect(await page.getAttribute('meta[property="og:url"]', 'content')).toBe(
        `${PUBLIC_BASE_URL}${withLang('/matters/O2023-0004222', lang)}`,
      );
      await page.close();
    });

    it('/matters/SO2025-0019977 shows the roll call by ward and alder, and its substitute chain', async () => {
      const page = await open('/matters/SO2025-0019977', lang, 'matter-SO2025-0019977');
      const votes = page.locator('section[aria-labelledby="votes"]');
      expect(await votes.locator('h3').first().textContent()).toContain('Passed');
      expect(await votes.textContent()).toContain(e.passed);
      expect(await votes.locator('tbody tr').count()).toBe(50);
      const lopez = votes.locator('tbody tr', { hasText: 'Lopez, Raymond A.' });
      expect(await lopez.locator('td').first().textContent()).toBe('15');
      expect(await lopez.locator('a').getAttribute('href')).toBe(withLang('/alders/15', lang));
      expect(await votes.locator('ul.tally').textContent()).toContain(`${e.yea}: `);
      expect(await page.getAttribute('section[aria-labelledby="related"] a', 'href')).toBe(withLang('/matters/O2025-0019977', lang));
      await page.close();
    });

    it('/alders/15 shows the alder, contacts, committees and votes on tracked matters', async () => {
      const page = await open('/alders/15', lang, 'alder-15');
      expect(await page.textContent('h1')).toBe(e.alderH1);
      const contact = (await page.locator('section[aria-labelledby="contact"]').textContent())!;
      expect(contact).toContain(e.cityHall);
      expect(contact).toContain('(312) 744-6828 / 5683');
      expect(contact).toContain('121 North LaSalle Street, Room 200, Chicago, IL 60602');
      expect(await page.getAttribute('a:text-is("Ward15@cityofchicago.org")', 'href')).toBe('mailto:Ward15@cityofchicago.org');
      const votes = page.locator('section[aria-labelledby="votes"]');
      expect(await votes.locator('h2').textContent()).toBe(e.votesOnTracked);
      const row = votes.locator('tbody tr');
      expect(await row.count()).toBe(1);
      expect(await row.textContent()).toContain('SO2025-0019977');
      await page.close();
    });

    it('/alders/23 says when the alder is no longer in office', async () => {
      const page = await open('/alders/23', lang, 'alder-23');
      expect(await page.textContent('h1')).toContain('Zalewski, Michael R.');
      expect(await page.locator('p.warning').count()).toBe(1);
      await page.close();
    });
  });

  it('toggles the language, keeping the path and the query', async () => {
    const page = await reader.newPage();
    await page.goto(`${base}/?q=Welcoming`);
    await page.click(`nav a:text-is("${EXPECT.en.toggle}")`);
    expect(new URL(page.url()).search).toBe('?q=Welcoming&lang=es');
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    expect(await page.inputValue('input[name="q"]')).toBe('Welcoming');
    await page.click(`nav a:text-is("${EXPECT.es.toggle}")`);
    expect(new URL(page.url()).search).toBe('?q=Welcoming');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    // The search form keeps the language too.
    await page.goto(`${base}/?lang=es`);
    await page.fill('input[name="q"]', 'SO2025-0019977');
    await page.press('input[name="q"]', 'Enter');
    await page.waitForURL(/q=SO2025-0019977/);
    expect(new URL(page.url()).searchParams.get('lang')).toBe('es');
    await page.close();
  });

  it('works by keyboard: the skip link comes first and moves focus to the main content', async () => {
    const page = await reader.newPage();
    await page.goto(`${base}/matters/O2023-0004222`);
    await page.keyboard.press('Tab');
    await page.waitForFunction("document.activeElement && document.activeElement.className === 'skip-link'");
    expect(await page.locator('.skip-link').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForFunction("location.hash === '#main' && document.activeElement && document.activeElement.id === 'main'");
    await page.keyboard.press('Tab');
    await page.waitForFunction("document.activeElement && document.activeElement.closest('main') !== null");
    await page.close();
  });

  it('runs its own script under the CSP (copy-link buttons appear) and loads nothing inline', async () => {
    const page = await reader.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    const res = await page.goto(`${base}/matters/O2023-0004222`);
    expect(res?.headers()['content-security-policy']).toBe(CSP);
    await page.waitForSelector('button[data-copy-link="timeline"]:not([hidden])');
    expect(violations).toEqual([]);
    expect(await scriptSources(page)).toEqual([expect.stringMatching(/^\/assets\/site\.[0-9a-f]{12}\.js$/)]);
    await page.close();
  });

  it('has a print stylesheet that drops navigation and the search form', async () => {
    const page = await reader.newPage();
    await page.goto(`${base}/`);
    expect(await page.locator('header nav').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header nav').isVisible()).toBe(false);
    expect(await page.locator('form.search').isVisible()).toBe(false);
    await saveScreenshot(page, 'home-print-en');
    await page.close();
  });

  describe('over plain HTTP', () => {
    const get = (path: string) => fetch(`${base}${path}`, { redirect: 'manual' });

    it('sets the security headers on pages', async () => {
      const res = await get('/');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('content-security-policy')).toBe(CSP);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('same-origin');
    });

    it('serves the stylesheet and the script as cacheable static files', async () => {
      const page = await (await get('/')).text();
      const css = page.match(/<link rel="stylesheet" href="(\/assets\/site\.[0-9a-f]{12}\.css)">/)![1]!;
      const res = await get(css);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/css; charset=utf-8');
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      const text = await res.text();
      for (const rule of ['@media print', 'ins, .ins', 'del, .del', '.sr-only', ':focus-visible']) expect(text).toContain(rule);
      const js = page.match(/<script src="(\/assets\/site\.[0-9a-f]{12}\.js)" defer><\/script>/)![1]!;
      expect((await get(js)).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect((await get('/assets/site.000000000000.css')).status).toBe(404);
    });

    it.each([
      ['/matters/O2099-0000001', 404, 'No matter with record number O2099-0000001 is on record.'],
      ['/matters/O2099-0000001?lang=es', 404, 'No hay ningún asunto registrado con el número de expediente O2099-0000001.'],
      ['/matters/not-a-record', 400, '“not-a-record” is not a record number.'],
      ['/matters/not-a-record?lang=es', 400, '«not-a-record» no es un número de expediente.'],
      ['/alders/7', 404, 'No alder on record for Ward 7.'],
      ['/alders/51', 400, 'Chicago has wards 1 to 50.'],
      ['/alders/abc?lang=es', 400, 'Chicago tiene los distritos del 1 al 50.'],
      ['/?after=not-a-cursor', 400, 'This link is not valid.'],
    ])('GET %s answers %i with an HTML page in the reader’s language', async (path, status, message) => {
      const res = await get(path);
      expect(res.status).toBe(status);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('content-security-policy')).toBe(CSP);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(await res.text()).toContain(message);
    });
  });
});
