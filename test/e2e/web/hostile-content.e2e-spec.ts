import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ApiTestApp, startApiApp } from '../../support/api-app';
import { launchChromium, listenOnLoopback, readerContext, saveScreenshot, scriptSources, watchForAttacks } from '../../support/browser';
import {
  HOSTILE_ACTION_TEXT,
  HOSTILE_ATTACHMENT_NAME,
  HOSTILE_RECORD_NUMBER,
  HOSTILE_SPONSOR,
  HOSTILE_TITLE,
  HOSTILE_VOTER,
  IMG_ONERROR,
  SCRIPT_TAG,
  writeHostileMatter,
} from '../../support/fixtures/synthetic-hostile-matter';
import { writeSyntheticElmsFolder } from '../../support/fixtures/synthetic-o2023-0004222';

const CSP = "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

/**
 * A matter whose title, sponsors, action text, roll call and attachments carry markup, read by a
 * browser that enforces the CSP (no bypass): nothing may run, and every string must read as text.
 * No CSP violation may be reported either: that would mean escaping failed and only the CSP saved us.
 */
describe('hostile eLMS content in a real browser', () => {
  let t: ApiTestApp;
  let dir: string;
  let base: string;
  let browser: Browser;
  let reader: BrowserContext;

  beforeAll(async () => {
    browser = await launchChromium();
    dir = writeSyntheticElmsFolder(fs.mkdtempSync(path.join(os.tmpdir(), 'elms-hostile-')));
    writeHostileMatter(dir);
    t = await startApiApp({ replay: { dir }, now: () => new Date('2025-01-10T18:00:00Z'), fill: { poll: true, backfill: true } });
    base = await listenOnLoopback(t.app);
    reader = await readerContext(browser);
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Opens a page, lets any payload try to fire, and asserts that nothing did. */
  async function openUnharmed(url: string, expectedStatus: number, shot: string): Promise<Page> {
    const page = await reader.newPage();
    const seen = watchForAttacks(page);
    const res = await page.goto(`${base}${url}`);
    expect(res?.status()).toBe(expectedStatus);
    expect(res?.headers()['content-security-policy']).toBe(CSP);
    await page.waitForLoadState('load');
    // <img src=x> would error (and fire onerror) as soon as it loaded; give any timer a moment too.
    await page.waitForTimeout(300);
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    expect(seen.dialogs).toEqual([]);
    expect(seen.cspViolations).toEqual([]);
    // The only elements that could carry a payload are absent: our one script, no images, no javascript: links.
    expect(await scriptSources(page)).toEqual([expect.stringMatching(/^\/assets\/site\.[0-9a-f]{12}\.js$/)]);
    expect(await page.locator('img').count()).toBe(0);
    const hrefs: string[] = await page.locator('[href]').evaluateAll((els: any[]) => els.map((e) => e.getAttribute('href') ?? ''));
    expect(hrefs.filter((h) => !/^(\/|https?:|mailto:|#)/i.test(h.trim()))).toEqual([]);
    expect(hrefs.some((h) => /javascript:/i.test(h))).toBe(false);
    await saveScreenshot(page, shot);
    return page;
  }

  it.each(['en', 'es'] as const)('the matter page (%s) shows every hostile string as text and runs none of it', async (lang) => {
    const page = await openUnharmed(`/matters/${HOSTILE_RECORD_NUMBER}${lang === 'es' ? '?lang=es' : ''}`, 200, `hostile-matter-${lang}`);
    expect(await page.textContent('h1')).toBe(`${HOSTILE_RECORD_NUMBER}: ${HOSTILE_TITLE}`);
    expect(await page.title()).toContain(HOSTILE_TITLE);
    expect(await page.getAttribute('meta[property="og:title"]', 'content')).toBe(`${HOSTILE_RECORD_NUMBER}: ${HOSTILE_TITLE}`);
    const main = (await page.textContent('main'))!;
    for (const s of [HOSTILE_SPONSOR, HOSTILE_ACTION_TEXT, HOSTILE_ATTACHMENT_NAME, `${IMG_ONERROR}.pdf`, HOSTILE_VOTER])
      expect(main).toContain(s);
    expect(await page.locator('ol.timeline').textContent()).toContain(`City Council ${IMG_ONERROR}`);
    // The javascript: attachment is shown, not linked; its https sibling is linked.
    const attachments = page.locator('section[aria-labelledby="attachments"] li');
    expect(await attachments.nth(0).textContent()).toContain(HOSTILE_ATTACHMENT_NAME);
    expect(await attachments.nth(0).locator('a').count()).toBe(0);
    expect(await attachments.nth(1).locator('a').getAttribute('href')).toMatch(/^https:\/\//);
    await page.close();
  });

  it('the tracked list shows the hostile title as text', async () => {
    const page = await openUnharmed('/', 200, 'hostile-home-en');
    expect(await page.locator('tbody tr', { hasText: HOSTILE_RECORD_NUMBER }).locator('td').first().textContent()).toBe(HOSTILE_TITLE);
    await page.close();
  });

  it('a hostile search query is shown as text, in the heading and the search box', async () => {
    const q = `${SCRIPT_TAG}${IMG_ONERROR}"><svg onload=alert(1)>`;
    const page = await openUnharmed(`/?q=${encodeURIComponent(q)}&lang=es`, 200, 'hostile-search-es');
    expect(await page.textContent('h1')).toBe(`Resultados para «${q}»`);
    expect(await page.inputValue('input[name="q"]')).toBe(q);
    // The language toggle carries the query back, percent-encoded.
    expect(await page.getAttribute('nav a[hreflang="en"]', 'href')).toBe(`/?${new URLSearchParams({ q })}`);
    await page.close();
  });

  it('a hostile record number in the path is quoted as text on the 400 page', async () => {
    const page = await openUnharmed(`/matters/${encodeURIComponent(SCRIPT_TAG)}`, 400, 'hostile-path-en');
    expect(await page.textContent('main p')).toBe(`“${SCRIPT_TAG}” is not a record number. Record numbers look like O2023-0004222.`);
    await page.close();
  });
});
