import type { Browser, BrowserContext, Page } from 'playwright-core';
import { a11yContext, launchChromium, listenOnLoopback, saveScreenshot, seriousA11yViolations } from '../../support/browser';
import { startSmtpSink } from '../../support/smtp-sink';
import { startSyntheticApp, SyntheticApp } from '../../support/synthetic-app';
import { AlertDeliveryService } from '@app/alerts';

const EXPECT = {
  en: { h1: 'E-mail alerts', email: 'Your e-mail address', sent: 'Check your inbox', confirm: 'Confirm', confirmed: 'Alert confirmed' },
  es: {
    h1: 'Alertas por correo electrónico',
    email: 'Su correo electrónico',
    sent: 'Revise su correo',
    confirm: 'Confirmar',
    confirmed: 'Alerta confirmada',
  },
} as const;
type Lang = keyof typeof EXPECT;

describe('the /alerts page in a real browser, without JavaScript', () => {
  let s: SyntheticApp;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let base: string;
  let browser: Browser;
  let context: BrowserContext;
  let a11y: BrowserContext;

  beforeAll(async () => {
    browser = await launchChromium();
    smtp = await startSmtpSink();
    s = await startSyntheticApp(new Date('2025-01-10T18:00:00Z'), { env: { SMTP_URL: smtp.url } });
    base = await listenOnLoopback(s.app);
    // The reader's browser runs no script at all: the form must work without it.
    context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    a11y = await a11yContext(browser);
  });

  afterAll(async () => {
    await browser?.close();
    await s?.close();
    await smtp?.close();
  });

  /** axe needs script, so each page the reader saw is checked again, as served, in a context that runs it. */
  async function checked(page: Page, shot: string): Promise<void> {
    await saveScreenshot(page, shot);
    const copy = await a11y.newPage();
    await copy.goto(`${base}/alerts`);
    await copy.setContent(await page.content());
    expect(await seriousA11yViolations(copy)).toEqual([]);
    await copy.close();
  }

  it.each(['en', 'es'] as Lang[])('signs up from the matter link, then confirms from the received message (%s)', async (lang) => {
    const e = EXPECT[lang];
    const page = await context.newPage();
    const q = lang === 'es' ? '&lang=es' : '';
    await page.goto(`${base}/alerts?kind=record_number&value=O2023-0004222${q}`);
    expect(await page.locator('h1').innerText()).toBe(e.h1);
    expect(await page.getByLabel(e.email).count()).toBe(1);
    expect(await page.locator('#value').inputValue()).toBe('O2023-0004222');
    await checked(page, `alerts-form-${lang}`);

    const address = `reader-${lang}@example.org`;
    await page.getByLabel(e.email).fill(address);
    await Promise.all([page.waitForURL(/\/alerts/), page.locator('form.alerts-form button[type=submit]').click()]);
    expect(await page.locator('h1').innerText()).toBe(e.sent);
    await checked(page, `alerts-sent-${lang}`);

    await s.app.get(AlertDeliveryService).deliverDue();
    const mail = smtp.received.find((m) => m.to.includes(address))!;
    const link = new URL(/https?:\/\/\S+\/alerts\/confirm\?\S+/.exec(mail.text)![0]);
    await page.goto(`${base}${link.pathname}${link.search}`);
    await checked(page, `alerts-confirm-${lang}`);
    await Promise.all([page.waitForURL(/\/alerts\/confirm/), page.getByRole('button', { name: e.confirm }).click()]);
    expect(await page.locator('h1').innerText()).toBe(e.confirmed);
    await checked(page, `alerts-confirmed-${lang}`);
    await page.close();
  });
});
