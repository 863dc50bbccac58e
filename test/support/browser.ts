import * as fs from 'node:fs';
import * as path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { chromiumExecutable } from './chromium-executable';

export const SCREENSHOT_DIR = path.resolve(__dirname, '../../test-output/screenshots');

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Real headless Chromium (see chromiumExecutable). Fails, rather than skipping the suite, when it cannot start. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumExecutable();
  // playwright's launch() gives each browser a fresh temporary profile (user-data-dir), removed on close.
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, timeout: 60_000 }).catch((err: unknown) => {
    throw new Error(
      `Chromium at ${executablePath} did not start (a missing shared library is named below; or set CHROMIUM_PATH to another Chromium): ${(err as Error).message}`,
    );
  });
}

/** Serves an initialised Nest app on a loopback port, for the browser; returns its base URL. */
export async function listenOnLoopback(app: INestApplication): Promise<string> {
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const AXE_OPTIONS = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  resultTypes: ['violations'],
};

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * Runs axe-core (WCAG 2.x A and AA, plus best practices) on the page and returns the serious and
 * critical violations. axe is injected as an inline script, which the site's CSP forbids: call this
 * only on pages of a context made by `a11yContext` (bypassCSP), never in a context testing the CSP.
 */
export async function seriousA11yViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  // The callback runs in the page; the project compiles without the DOM lib, hence globalThis.
  const results = await page.evaluate(async (options) => {
    const g = globalThis as any;
    return g.axe.run(g.document, options);
  }, AXE_OPTIONS);
  return (results.violations as any[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n: any) => `${n.target.join(' ')}: ${n.failureSummary}`),
    }));
}

/** A context for accessibility checks only: CSP is bypassed so axe can be injected. */
export function a11yContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
}

/** The src of every script element of the page (inline ones give null). */
export function scriptSources(page: Page): Promise<(string | null)[]> {
  return page.locator('script').evaluateAll((els: any[]) => els.map((e) => e.getAttribute('src')));
}

/** A context that enforces the page's CSP, as a reader's browser does. */
export function readerContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1280, height: 900 } });
}

/** Saves a full-page screenshot under test-output/screenshots/<name>.png and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name.replace(/[^A-Za-z0-9._-]+/g, '-')}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Opens `path` (with `?lang=es` for Spanish) in an a11y context and checks what every page must hold: 200,
 * `<html lang>`, no serious axe violation; then saves a screenshot `<shot>-<lang>`.
 */
export async function openCheckedPage(context: BrowserContext, base: string, path: string, lang: 'en' | 'es', shot: string): Promise<Page> {
  const page = await context.newPage();
  const url = lang === 'en' ? path : `${path}${path.includes('?') ? '&' : '?'}lang=es`;
  const res = await page.goto(`${base}${url}`);
  expect(res?.status()).toBe(200);
  expect(await page.getAttribute('html', 'lang')).toBe(lang);
  expect(await seriousA11yViolations(page)).toEqual([]);
  await saveScreenshot(page, `${shot}-${lang}`);
  return page;
}

/** Collects what must never happen on a page under attack: dialogs and CSP violations (which would mean escaping failed). */
export function watchForAttacks(page: Page): { dialogs: string[]; cspViolations: string[] } {
  const seen = { dialogs: [] as string[], cspViolations: [] as string[] };
  page.on('dialog', (d) => {
    seen.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) seen.cspViolations.push(m.text());
  });
  return seen;
}
