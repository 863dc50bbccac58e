import type { Browser, BrowserContext, Page } from 'playwright-core';
import { a11yContext, launchChromium, listenOnLoopback, saveScreenshot, seriousA11yViolations } from '../../support/browser';
import { startGeocoderStandIn, STAND_IN_ADDRESSES } from '../../support/census-geocoder-stand-in';
import { O2023_0004222_TITLE } from '../../support/fixtures/synthetic-o2023-0004222';
import { withRulesCommittee } from '../../support/fixtures/synthetic-committee-rules';
import { withWard15Person } from '../../support/fixtures/synthetic-person-ward-15';
import { startSyntheticApp, SyntheticApp } from '../../support/synthetic-app';

/** A point in ward 15 (55th and Wood), where the synthetic story has an alder. */
const WARD_15 = { latitude: 41.79, longitude: -87.6699 };

const EXPECT = {
  en: {
    found: '5530 S WOOD ST, CHICAGO, IL, 60636 is in Ward 15.',
    location: 'Your location is in Ward 15.',
    alderH1: 'Lopez, Raymond A., Alder of Ward 15',
    outside: 'is outside the City of Chicago',
    ambiguous: 'matches more than one place',
    noMatch: 'No address matching',
    unavailable: 'The address service is not answering right now.',
    useLocation: 'Use my location',
    takeAction: 'Take action',
    decides: 'The full City Council',
    heldIn: 'Held in',
    deadline: 'Wednesday, January 15, 2025 at 9:00 AM CST',
    countdown: '4 days, 21 hours and 0 minutes left',
    remember: 'Remember Ward 15 on this device',
  },
  es: {
    found: '5530 S WOOD ST, CHICAGO, IL, 60636 está en el Distrito 15.',
    location: 'Su ubicación está en el Distrito 15.',
    alderH1: 'Lopez, Raymond A., concejal del Distrito 15',
    outside: 'está fuera de la Ciudad de Chicago',
    ambiguous: 'coincide con más de un lugar',
    noMatch: 'No se encontró ninguna dirección',
    unavailable: 'El servicio de direcciones no responde en este momento.',
    useLocation: 'Usar mi ubicación',
    takeAction: 'Actúe',
    decides: 'El pleno del Concejo Municipal',
    heldIn: 'Retenido en',
    deadline: 'miércoles, 15 de enero de 2025, 9:00 a.m. CST',
    countdown: 'Quedan 4 días, 21 horas y 0 minutos',
    remember: 'Recordar el Distrito 15 en este dispositivo',
  },
} as const;
type Lang = keyof typeof EXPECT;
const withLang = (path: string, lang: Lang) => (lang === 'en' ? path : `${path}${path.includes('?') ? '&' : '?'}lang=es`);

describe('find your alder and take action, in a real browser', () => {
  let s: SyntheticApp;
  let geocoder: Awaited<ReturnType<typeof startGeocoderStandIn>>;
  let base: string;
  let browser: Browser;
  let a11y: BrowserContext;

  beforeAll(async () => {
    browser = await launchChromium();
    geocoder = await startGeocoderStandIn(STAND_IN_ADDRESSES);
    s = await startSyntheticApp(new Date('2025-01-10T18:00:00Z'), {
      transform: (path, body) => withRulesCommittee(path, withWard15Person(path, body)),
      env: { GEOCODER_URL: geocoder.url, ADDRESS_LOOKUP_LIMIT: '1000' },
    });
    base = await listenOnLoopback(s.app);
    a11y = await a11yContext(browser);
  });

  afterAll(async () => {
    await browser?.close();
    await s?.close();
    await geocoder?.close();
  });

  async function checked(page: Page, shot: string): Promise<void> {
    expect(await seriousA11yViolations(page)).toEqual([]);
    await saveScreenshot(page, shot);
  }

  describe.each(['en', 'es'] as Lang[])('in %s', (lang) => {
    const e = EXPECT[lang];

    it('an address in a known ward leads to that ward’s alder page', async () => {
      const page = await a11y.newPage();
      await page.goto(`${base}${withLang('/find-your-alder', lang)}`);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      await checked(page, `find-alder-${lang}`);
      await page.fill('#address', '5530 S Wood St');
      await page.press('#address', 'Enter');
      await page.waitForURL(/address=/);
      expect(new URL(page.url()).searchParams.get('lang')).toBe(lang === 'es' ? 'es' : null);
      expect(await page.locator('section[aria-labelledby="result"] .callout').textContent()).toBe(e.found);
      await checked(page, `find-alder-result-${lang}`);
      // Chicago is added when the reader names no city.
      expect(geocoder.requests.at(-1)?.get('address')).toBe('5530 S Wood St, Chicago, IL');
      expect(geocoder.requests.at(-1)?.get('benchmark')).toBe('Public_AR_Current');
      await page.click('section[aria-labelledby="result"] dd a');
      await page.waitForURL(/\/alders\/15/);
      expect(await page.textContent('h1')).toBe(e.alderH1);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      await page.close();
    });

    it('"use my location" with a mocked geolocation leads there too', async () => {
      const ctx = await browser.newContext({ bypassCSP: true, geolocation: WARD_15, permissions: ['geolocation'] });
      const page = await ctx.newPage();
      await page.goto(`${base}${withLang('/find-your-alder', lang)}`);
      await page.click(`button:text-is("${e.useLocation}")`);
      await page.waitForURL(/latitude=41\.79000&longitude=-87\.66990/);
      expect(await page.locator('section[aria-labelledby="result"] .callout').textContent()).toBe(e.location);
      await checked(page, `find-alder-location-${lang}`);
      await page.click('section[aria-labelledby="result"] dd a');
      await page.waitForURL(/\/alders\/15/);
      expect(await page.textContent('h1')).toBe(e.alderH1);
      await ctx.close();
    });

    it('says so clearly for an address outside Chicago, an ambiguous one, one not found, and a geocoder that is down', async () => {
      const page = await a11y.newPage();
      const look = async (address: string) => {
        const res = await page.goto(`${base}${withLang(`/find-your-alder?address=${encodeURIComponent(address)}`, lang)}`);
        return { status: res!.status(), text: (await page.locator('section[aria-labelledby="result"]').textContent())! };
      };
      const outside = await look('4600 Silver Hill Rd, Washington, DC 20233');
      expect(outside.text).toContain(e.outside);
      const ambiguous = await look('100 W Main St');
      expect(ambiguous.text).toContain(e.ambiguous);
      expect(await page.locator('section[aria-labelledby="result"] tbody tr').count()).toBe(2);
      await checked(page, `find-alder-ambiguous-${lang}`);
      expect((await look('1 Nowhere Pl')).text).toContain(e.noMatch);
      geocoder.down.value = true;
      try {
        const down = await look('121 N LaSalle St');
        expect(down.status).toBe(503);
        expect(down.text).toContain(e.unavailable);
      } finally {
        geocoder.down.value = false;
      }
      await page.close();
    });

    it('the O2023-0004222 page shows the take-action panel: decider, committee, scripts in both languages, the deadline', async () => {
      const page = await a11y.newPage();
      await page.goto(`${base}${withLang('/matters/O2023-0004222', lang)}`);
      const panel = page.locator('section[aria-labelledby="take-action"]');
      expect(await panel.locator('h2').textContent()).toBe(e.takeAction);
      const text = (await panel.textContent())!;
      expect(text).toContain(e.decides);
      expect(text).toContain(e.heldIn);
      expect(text).toContain('Committee on Committees and Rules');
      // Its current members as eLMS lists them (a synthetic committee row: no committee was captured); a former one is left out.
      const held = panel.locator('details', { hasText: 'Lopez, Raymond A.' });
      expect(await held.locator('li').allTextContents()).toEqual([expect.stringContaining('Lopez, Raymond A. (Chairman)')]);
      expect(await held.locator('a').getAttribute('href')).toBe(withLang('/alders/15', lang));
      expect(text).toContain(e.deadline);
      expect(text).toContain(e.countdown);
      // The Clerk's own words on the deadlines, as eLMS publishes them for the meeting.
      expect(await panel.locator('.clerk-note').textContent()).toContain('*Public Comment Deadline  1/15/2025 9:00 AM');
      const scripts = await panel
        .locator('blockquote')
        .evaluateAll((els: any[]) => els.map((el) => [el.getAttribute('lang'), el.textContent]));
      expect(scripts.map(([l]) => l)).toEqual(['en', 'es']);
      expect(scripts[0]![1]).toContain(`O2023-0004222, “${O2023_0004222_TITLE}”`);
      expect(scripts[0]![1]).toContain('on Wednesday, January 15, 2025');
      expect(scripts[1]![1]).toContain(`O2023-0004222, “${O2023_0004222_TITLE}”`);
      expect(scripts[1]![1]).toContain('el miércoles, 15 de enero de 2025');
      // The three windows of the rules kept as data, each with its calendar file.
      expect(await panel.locator('ul.comment-windows > li').count()).toBe(3);
      expect(await panel.locator('a[href^="tel:+13127446800"]').count()).toBe(1);
      expect(await panel.locator('a[href="mailto:public_comments@cityofchicago.org"]').count()).toBe(1);
      expect(await panel.locator(`a[href^="/alerts?kind=record_number&value=O2023-0004222"]`).count()).toBe(1);
      await checked(page, `take-action-O2023-0004222-${lang}`);
      await page.close();
    });
  });

  it('remembers the ward only when asked, and the matter page then names the alder to call', async () => {
    const ctx = await browser.newContext({ bypassCSP: true });
    const page = await ctx.newPage();
    await page.goto(`${base}/find-your-alder?address=${encodeURIComponent('5530 S Wood St')}`);
    expect(await ctx.cookies()).toEqual([]);
    await page.click(`button:text-is("${EXPECT.en.remember}")`);
    await page.waitForURL(/\/alders\/15$/);
    const cookies = await ctx.cookies();
    expect(cookies.map((c) => [c.name, c.value, c.httpOnly, c.sameSite])).toEqual([['ward', '15', true, 'Lax']]);
    await page.goto(`${base}/matters/O2023-0004222`);
    const alder = (await page.locator('section[aria-labelledby="take-action"]').textContent())!;
    expect(alder).toContain('Lopez, Raymond A., Alder of Ward 15');
    expect(await page.locator('section[aria-labelledby="take-action"] a[href="mailto:Ward15@cityofchicago.org"]').count()).toBe(1);
    await page.goto(`${base}/find-your-alder`);
    await page.click('form[action="/find-your-alder/forget"] button');
    await page.waitForURL(/\/find-your-alder$/);
    expect(await ctx.cookies()).toEqual([]);
    await ctx.close();
  });

  it('the address form works without JavaScript, and the location button stays hidden', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${base}/find-your-alder`);
    expect(await page.locator('#use-location').isVisible()).toBe(false);
    await page.fill('#address', '121 N LaSalle St');
    await page.click('form.search button[type="submit"]');
    await page.waitForURL(/address=/);
    expect(await page.locator('section[aria-labelledby="result"] .callout').textContent()).toBe(
      '121 N LASALLE ST, CHICAGO, IL, 60602 is in Ward 42.',
    );
    await ctx.close();
  });

  it('"add to calendar" gives each comment window as an event in UTC', async () => {
    const res = await fetch(`${base}/matters/O2023-0004222/public-comment/written.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const ics = (await res.text()).replace(/\r?\n /g, ''); // unfolded (RFC 5545 folds long lines)
    // 8:00–9:00 AM CST on the meeting day.
    expect(ics).toContain('DTSTART:20250115T140000Z');
    expect(ics).toContain('DTEND:20250115T150000Z');
    expect(ics).toContain('public_comments@cityofchicago.org');
    const phone = await (await fetch(`${base}/matters/O2023-0004222/public-comment/phone.ics`)).text();
    // From 12:01 AM on the Monday before (Jan 13) to 8:00 AM the day before (Jan 14), CST.
    expect(phone).toContain('DTSTART:20250113T060100Z');
    expect(phone).toContain('DTEND:20250114T140000Z');
    expect((await fetch(`${base}/matters/O2023-0004222/public-comment/fax.ics`)).status).toBe(404);
  });
});
