import { emailLink, escapeHtml, externalLink, html, httpUrl, raw } from '../../../../apps/api/src/web/html';
import { otherLanguageHref, pageContext } from '../../../../apps/api/src/web/page-context';

describe('html (the escaping template tag)', () => {
  it('escapes every interpolated string, including quotes, so text cannot leave an element or an attribute', () => {
    const evil = `<script>alert(1)</script>" onmouseover="x' &amp;`;
    expect(html`<p title="${evil}">${evil}</p>`.toString()).toBe(
      '<p title="&lt;script&gt;alert(1)&lt;/script&gt;&quot; onmouseover=&quot;x&#39; &amp;amp;">&lt;script&gt;alert(1)&lt;/script&gt;&quot; onmouseover=&quot;x&#39; &amp;amp;</p>',
    );
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });

  it('nests markup built by html, and renders arrays, numbers and nothing', () => {
    const items = ['a<b', 'c'].map((x) => html`<li>${x}</li>`);
    expect(html`<ul>${items}</ul>${0}${null}${undefined}${false}`.toString()).toBe('<ul><li>a&lt;b</li><li>c</li></ul>0');
  });

  it('emits raw() markup as is (for constants only)', () => {
    expect(html`${raw('<br>')}`.toString()).toBe('<br>');
  });
});

describe('links to scraped URLs', () => {
  it.each([
    ['javascript:alert(1)', null],
    [' JavaScript:alert(1)', null],
    ['java\tscript:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['vbscript:msgbox(1)', null],
    ['/relative/path', null],
    ['//evil.example/x', null],
    ['', null],
    ['https://occprodstoragev1.blob.core.usgovcloudapi.net/a/b c.pdf', 'https://occprodstoragev1.blob.core.usgovcloudapi.net/a/b%20c.pdf'],
    ['http://example.org/"onmouseover="x', 'http://example.org/%22onmouseover=%22x'],
  ])('httpUrl(%j) is %j', (input, expected) => {
    expect(httpUrl(input)).toBe(expected);
  });

  it('links http(s) URLs and shows anything else as text', () => {
    expect(externalLink('https://example.org/a?b=1&c=2', 'file<1>.pdf').toString()).toBe(
      '<a href="https://example.org/a?b=1&amp;c=2" rel="noopener noreferrer">file&lt;1&gt;.pdf</a>',
    );
    expect(externalLink('javascript:alert(1)', 'x.pdf').toString()).toBe('x.pdf');
  });

  it('links plausible e-mail addresses only, never with extra mailto: headers', () => {
    expect(emailLink('Ward15@cityofchicago.org').toString()).toBe('<a href="mailto:Ward15@cityofchicago.org">Ward15@cityofchicago.org</a>');
    expect(emailLink('a@b.org?bcc=c@d.org').toString()).toBe('a@b.org?bcc=c@d.org');
    expect(emailLink('"><script>@x.org').toString()).toBe('&quot;&gt;&lt;script&gt;@x.org');
  });
});

describe('the language toggle', () => {
  const ctx = (url: string) =>
    pageContext({ originalUrl: url, url } as any, { publicBaseUrl: 'https://tracker.example.org', demoMode: false });

  it('keeps the path and query and switches lang', () => {
    expect(otherLanguageHref(ctx('/matters/O2023-0004222'))).toBe('/matters/O2023-0004222?lang=es');
    expect(otherLanguageHref(ctx('/?q=a%20b&lang=es'))).toBe('/?q=a+b');
    expect(ctx('/?lang=fr').lang).toBe('en');
  });

  it('never points off-site, whatever the request path', () => {
    expect(otherLanguageHref(ctx('//evil.example/x'))).toBe('/x?lang=es');
    expect(otherLanguageHref(ctx('///evil.example/'))).toMatch(/^\/[^/]/);
  });
});
