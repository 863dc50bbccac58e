import { formatMarkup } from '../../../../libs/code/src/text/marked-text';
import { extractDocxMarkedText, InvalidDocxError } from '../../../../libs/scraper/src/documents/docx-marked-text';
import { buildDocx, documentNames, readDocument, sourceMarkup } from './document-fixtures';

const p = (runs: string, pPr = ''): string => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${runs}</w:p>`;
const r = (text: string, rPr = ''): string => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;

describe('extractDocxMarkedText on the LibreOffice-made test documents', () => {
  const names = documentNames('docx');

  it('has the test documents', () => {
    expect(names).toEqual(
      expect.arrayContaining(['extraction-layout', 'o2022-3468-commissioner', 'o2023-0004222-amendment', 'o2023-0004222-older-wording']),
    );
  });

  it.each(names)('%s.docx extracts to exactly its markup source', (name) => {
    const doc = extractDocxMarkedText(readDocument(name, 'docx'));
    expect(doc.format).toBe('docx');
    expect(doc.pages).toBeUndefined();
    expect(formatMarkup(doc)).toBe(sourceMarkup(name));
  });
});

describe('extractDocxMarkedText on hand-built packages', () => {
  it('reads direct run formatting: w:strike, w:dstrike, w:u, and their "off" values', () => {
    const doc = extractDocxMarkedText(
      buildDocx(
        p(
          r('kept ') +
            r('struck', '<w:strike/>') +
            r(' ') +
            r('double', '<w:dstrike w:val="true"/>') +
            r(' ') +
            r('under', '<w:u w:val="single"/>') +
            r(' ') +
            r('words', '<w:u w:val="words"/>') +
            r(' plain', '<w:strike w:val="false"/><w:u w:val="none"/>') +
            r(' also plain', '<w:strike w:val="0"/>'),
        ),
      ),
    );
    expect(formatMarkup(doc)).toBe('kept [-struck-] [-double-] {+under+} {+words+} plain also plain');
  });

  it('reads tracked changes: w:del (w:delText) as struck, w:ins as underlined', () => {
    const doc = extractDocxMarkedText(
      buildDocx(
        p(
          r('when performing ') +
            '<w:del w:id="1" w:author="Clerk"><w:r><w:delText>his</w:delText></w:r></w:del>' +
            '<w:ins w:id="2" w:author="Clerk">' +
            r("the Commissioner's") +
            '</w:ins>' +
            r(' powers'),
        ),
      ),
    );
    expect(doc.paragraphs[0]!.runs).toEqual([
      { text: 'when performing ', mark: 'none' },
      { text: 'his', mark: 'strike' },
      { text: "the Commissioner's", mark: 'underline' },
      { text: ' powers', mark: 'none' },
    ]);
  });

  it('resolves marks set through paragraph and character styles (basedOn chains), overridden by direct formatting', () => {
    const styles =
      '<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="24"/></w:rPr></w:rPrDefault></w:docDefaults>' +
      '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Inserted"><w:basedOn w:val="Normal"/><w:rPr><w:u w:val="single"/></w:rPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="InsertedHeading"><w:basedOn w:val="Inserted"/></w:style>' +
      '<w:style w:type="character" w:styleId="Deleted"><w:rPr><w:strike/></w:rPr></w:style>' +
      '<w:style w:type="character" w:styleId="DeletedEmphasis"><w:basedOn w:val="Deleted"/><w:rPr><w:i/></w:rPr></w:style>';
    const doc = extractDocxMarkedText(
      buildDocx(
        p(r('2-173-025 Persons with criminal warrants.'), '<w:pStyle w:val="InsertedHeading"/>') +
          p(r('(a) all new') + r(' but this', '<w:u w:val="none"/>'), '<w:pStyle w:val="Inserted"/>') +
          p(r('keep ') + r('drop', '<w:rStyle w:val="DeletedEmphasis"/>') + r(' keep')),
        styles,
      ),
    );
    expect(formatMarkup(doc)).toBe('{+2-173-025 Persons with criminal warrants.+}\n{+(a) all new+} but this\nkeep [-drop-] keep');
  });

  it('turns tabs and page breaks into spaces, keeps non-breaking hyphens, drops soft hyphens and hidden text', () => {
    const doc = extractDocxMarkedText(
      buildDocx(
        p(
          '<w:r><w:t>(a)</w:t><w:tab/><w:t>No agent</w:t><w:br w:type="page"/><w:t>or agency</w:t></w:r>' +
            '<w:r><w:t xml:space="preserve"> on</w:t><w:noBreakHyphen/><w:t>site</w:t><w:softHyphen/><w:t>s</w:t></w:r>' +
            r(' secret', '<w:vanish/>'),
        ),
      ),
    );
    expect(formatMarkup(doc)).toBe('(a) No agent or agency on-sites');
  });

  it('ends a paragraph at a line break, keeping marks on both sides', () => {
    const doc = extractDocxMarkedText(
      buildDocx(
        p(
          '<w:r><w:rPr><w:u/></w:rPr><w:t>2-173-025 Persons with criminal warrants.</w:t><w:br/><w:t>(a) The prohibitions</w:t></w:r>' +
            r(' apply'),
        ),
      ),
    );
    expect(formatMarkup(doc)).toBe('{+2-173-025 Persons with criminal warrants.+}\n{+(a) The prohibitions+} apply');
  });

  it('reads paragraphs in tables, hyperlinks and content controls, skips empty paragraphs, collapses white space', () => {
    const doc = extractDocxMarkedText(
      buildDocx(
        p(r('  Before   the table  ')) +
          p('') +
          '<w:tbl><w:tr><w:tc>' +
          p(r('cell one')) +
          '</w:tc><w:tc>' +
          p(
            `<w:hyperlink r:id="x" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${r('cell two', '<w:u/>')}</w:hyperlink>`,
          ) +
          '</w:tc></w:tr></w:tbl>' +
          `<w:sdt><w:sdtContent>${p(r('in a control'))}</w:sdtContent></w:sdt>`,
      ),
    );
    expect(formatMarkup(doc)).toBe('Before the table\ncell one\n{+cell two+}\nin a control');
  });

  it('throws InvalidDocxError for bytes that are not a DOCX package', () => {
    expect(() => extractDocxMarkedText(new Uint8Array(Buffer.from('not a zip')))).toThrow(InvalidDocxError);
  });
});
