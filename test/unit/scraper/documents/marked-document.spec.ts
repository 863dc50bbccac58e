import { zipSync, strToU8 } from 'fflate';
import { formatMarkup } from '../../../../libs/code/src/text/marked-text';
import { extractMarkedText, UnsupportedDocumentError } from '../../../../libs/scraper/src/documents/marked-document';
import { readDocument, sourceMarkup } from './document-fixtures';

const bytes = (s: string, encoding: BufferEncoding = 'utf8'): Uint8Array => new Uint8Array(Buffer.from(s, encoding));

describe('extractMarkedText', () => {
  const pdf = readDocument('o2022-3468-commissioner', 'pdf');
  const docx = readDocument('o2022-3468-commissioner', 'docx');
  const expected = sourceMarkup('o2022-3468-commissioner');

  it.each([
    'application/pdf',
    'application/pdf; qs=0.9',
    'O2022-3468.pdf',
    'https://example.org/View.ashx?M=F&ID=1',
    'application/octet-stream',
  ])('reads a PDF declared as %s', async (declared) => {
    const doc = await extractMarkedText(pdf, declared);
    expect(doc.format).toBe('pdf');
    expect(formatMarkup(doc)).toBe(expected);
  });

  it.each(['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'files/O2022-3468.DOCX', 'attachment'])(
    'reads a DOCX declared as %s',
    async (declared) => {
      const doc = await extractMarkedText(docx, declared);
      expect(doc.format).toBe('docx');
      expect(formatMarkup(doc)).toBe(expected);
    },
  );

  it('goes by the bytes when the declared type is a non-PDF/DOCX one', async () => {
    expect((await extractMarkedText(pdf, 'text/html')).format).toBe('pdf');
  });

  it('reads HTML by content type, extension or sniffing, honouring the charset', async () => {
    const html = '<html><body><p>when performing <s>his</s> <u>the Commissioner’s</u> powers</p></body></html>';
    const expectedHtml = 'when performing [-his-] {+the Commissioner’s+} powers';
    expect(formatMarkup(await extractMarkedText(bytes(html), 'text/html; charset=utf-8'))).toBe(expectedHtml);
    expect(formatMarkup(await extractMarkedText(bytes(html), 'ordinance.htm'))).toBe(expectedHtml);
    expect(formatMarkup(await extractMarkedText(bytes(`<!DOCTYPE html>${html}`), 'application/octet-stream'))).toBe(expectedHtml);
    // Word's "Save as Web Page" writes windows-1252: the right single quote is byte 0x92.
    const cp1252 = Buffer.from(html.replace('’', '\x92'), 'latin1');
    expect(formatMarkup(await extractMarkedText(new Uint8Array(cp1252), 'text/html; charset=windows-1252'))).toBe(expectedHtml);
  });

  it.each([
    ['plain text', bytes('when performing his the Commissioner’s powers'), 'text/plain', /expected PDF, DOCX or HTML/],
    ['a legacy .doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'O2022-3468.doc', /ole2/],
    ['RTF', bytes('{\\rtf1\\ansi \\strike his\\strike0}'), 'application/rtf', /rtf is not a supported format/],
    ['a zip that is not a DOCX', zipSync({ 'content.xml': strToU8('<office:document/>') }), 'x.odt', /not a readable DOCX/],
    [
      'an HTML error page served as a PDF',
      bytes('<!DOCTYPE html><title>Error</title>'),
      'application/pdf',
      /declared PDF but the content is html/,
    ],
    ['a PDF served as a DOCX', readDocument('o2022-3468-commissioner', 'pdf'), 'a.docx', /declared DOCX but the content is pdf/],
    ['empty bytes', new Uint8Array(0), 'application/octet-stream', /expected PDF, DOCX or HTML/],
  ])('refuses %s with UnsupportedDocumentError', async (_what, data, declared, message) => {
    const error = await extractMarkedText(data, declared).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsupportedDocumentError);
    expect(error).toBeInstanceOf(Error);
    expect((error as UnsupportedDocumentError).declared).toBe(declared);
    expect((error as Error).message).toMatch(message);
  });
});
