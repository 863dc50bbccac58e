import { diffText, normalizeWhitespace } from '@app/diff';

describe(normalizeWhitespace.name, () => {
  it('collapses runs of spaces and tabs, trims lines and turns CRLF into LF', () => {
    expect(normalizeWhitespace('   (a)   No agent\t\tor  agency  \r\n      (1)   stop,\r\n')).toBe('(a) No agent or agency\n(1) stop,\n');
  });

  it('treats NBSP and other Unicode spaces as spaces', () => {
    expect(normalizeWhitespace('Sec.\u00A02-173-030\u2003(a)\u202F\u00A0text')).toBe('Sec. 2-173-030 (a) text');
  });

  it('keeps blank lines and turns lone CR and Unicode line separators into LF', () => {
    expect(normalizeWhitespace('a\r\rb\u2028c\n\n  \nd')).toBe('a\n\nb\nc\n\n\nd');
  });

  it('leaves already normal text alone', () => {
    const text = '2-173-030 Intentional collection.\n(a) Unless required by statute,\n';
    expect(normalizeWhitespace(text)).toBe(text);
  });

  it('makes layout-only differences disappear from a diff', () => {
    const amlegal = '   (b)   No agency or agent shall enter into';
    const html = '(b)\u00A0No agency or\u00A0agent shall enter into';
    expect(diffText(normalizeWhitespace(amlegal), normalizeWhitespace(html)).algorithm).toBe('identical');
  });
});
