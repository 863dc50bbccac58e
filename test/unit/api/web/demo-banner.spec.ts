import { renderPage } from '../../../../apps/api/src/web/layout';
import { pageContext } from '../../../../apps/api/src/web/page-context';

const page = (url: string, demoMode: boolean): string =>
  renderPage(pageContext({ originalUrl: url, url } as any, { publicBaseUrl: 'https://tracker.example.org', demoMode }), {
    title: 'T',
    description: 'D',
    body: 'B',
  });

describe('the demo banner (DEMO_MODE)', () => {
  it('is on every page, first after the skip link, in the reader’s language', () => {
    const en = page('/matters/O2023-0004222', true);
    expect(en).toMatch(
      /<a class="skip-link"[^>]*>[^<]*<\/a>\n<p class="demo-banner" role="note"><strong>Demo data\.<\/strong> These pages show saved eLMS records and a made-up story for O2023-0004222, not the live City Clerk data\.<\/p>/,
    );
    const es = page('/matters/O2023-0004222?lang=es', true);
    expect(es).toContain(
      '<p class="demo-banner" role="note"><strong>Datos de demostración.</strong> Estas páginas muestran registros guardados de eLMS',
    );
  });

  it('is absent when the tracker serves real data', () => {
    expect(page('/', false)).not.toContain('demo-banner');
  });
});
