import { formatMarkup, plainText, type MarkedDocument, type MarkedParagraph } from '../../../../libs/code/src/text/marked-text';
import { isSoftHyphen } from '../../../../libs/scraper/src/documents/pdf-layout';
import { extractPdfLines, extractPdfMarkedText, type PdfLine } from '../../../../libs/scraper/src/documents/pdf-marked-text';
import { buildPdf, documentNames, readDocument, sourceMarkup } from './document-fixtures';

describe('extractPdfMarkedText on the LibreOffice-made test documents', () => {
  const names = documentNames('pdf');

  it('has the test documents', () => {
    expect(names).toEqual(
      expect.arrayContaining(['extraction-layout', 'o2022-3468-commissioner', 'o2023-0004222-amendment', 'o2023-0004222-older-wording']),
    );
  });

  it.each(names)('%s.pdf extracts to exactly its markup source', async (name) => {
    const doc = await extractPdfMarkedText(readDocument(name, 'pdf'));
    expect(doc.format).toBe('pdf');
    expect(formatMarkup(doc)).toBe(sourceMarkup(name));
  });
});

describe('extraction-layout.pdf (3 pages, double-spaced, justified, hyphenated)', () => {
  let doc: MarkedDocument;
  let lines: PdfLine[];
  const paragraph = (start: string): MarkedParagraph => {
    const found = doc.paragraphs.find((p) => plainText(p).startsWith(start));
    if (!found) throw new Error(`no paragraph starts with ${start}`);
    return found;
  };
  const lineIndex = (markup: string): number => {
    const i = lines.findIndex((l) => l.markup.includes(markup));
    if (i < 0) throw new Error(`no line contains ${markup}`);
    return i;
  };

  beforeAll(async () => {
    const data = readDocument('extraction-layout', 'pdf');
    doc = await extractPdfMarkedText(data);
    lines = await extractPdfLines(data);
  });

  it('counts the pages and gives each paragraph the page it starts on', () => {
    expect(doc.pages).toBe(3);
    expect(doc.paragraphs.map((p) => p.page)).toEqual([1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 3, 3]);
    // (b) starts on page 2 and ends on page 3: one paragraph, page 2.
    expect(lines.find((l) => l.text.startsWith('that the purpose of such access'))?.page).toBe(3);
    expect(paragraph('(b) No agency').page).toBe(2);
  });

  it('drops the page-number footers', () => {
    expect(lines.some((l) => /^\d+$/.test(l.text))).toBe(false);
    expect(doc.paragraphs.some((p) => /^\d+$/.test(plainText(p)))).toBe(false);
  });

  it('keeps an underlined run that wraps over three lines as one run', () => {
    const inserted =
      'The City Council further finds that assistance from a person, whether documented or not, who is a victim of, or a witness to, a crime is important to promoting the safety of all its residents.';
    const runs = paragraph('The vitality').runs.filter((r) => r.mark === 'underline');
    expect(runs).toEqual([{ text: inserted, mark: 'underline' }]);
    // As laid out: it starts on one line, fills the next, and ends (after a hyphenated "resi-dents") on a third.
    const first = lineIndex('{+The City Council further finds');
    const last = lineIndex('{+dents.+}');
    expect(last - first).toBe(2);
    expect(lines[first + 1]!.markup).toMatch(/^\{\+.*resi-\+\}$/);
  });

  it('keeps a struck run that spans the page break as one run', () => {
    const deleted =
      " and to clarify what specific conduct by City employees is prohibited because such conduct significantly harms the City's relationship with immigrant communities";
    const runs = paragraph('Due to').runs.filter((r) => r.mark === 'strike');
    expect(runs).toEqual([{ text: deleted, mark: 'strike' }]);
    const first = lines[lineIndex('[- and to clarify')]!;
    const last = lines[lineIndex("[-City's relationship with immigrant communities-]")]!;
    expect([first.page, last.page]).toEqual([1, 2]);
  });

  it('resolves automatic hyphenation at line ends, in unmarked and marked text and before a page end', () => {
    const hyphenated = lines.filter((l) => /\p{L}-(\+\})?$/u.test(l.markup));
    expect(hyphenated.length).toBeGreaterThanOrEqual(8);
    const text = doc.paragraphs.map(plainText).join('\n');
    for (const word of [
      'religiously',
      'cooperation',
      'essential',
      'residents',
      'intimidation',
      'effectuate',
      'issued',
      'otherwise',
      'publication',
    ]) {
      expect(text).toContain(word);
    }
    expect(text).not.toMatch(/reli-|co-op|es-sential|resi-|intimida-|effec-|is-sued|other-wise|publica-/);
    // Hyphens that belong to the words stay.
    expect(text).toContain('one-out-of-five');
    expect(text).toContain('data-sharing');
    expect(text).toContain('2-173-030');
  });
});

describe('o2022-3468-commissioner.pdf ("his" struck, "the Commissioner\'s" underlined)', () => {
  it('keeps the struck and the underlined words apart where plain text runs them together', async () => {
    const doc = await extractPdfMarkedText(readDocument('o2022-3468-commissioner', 'pdf'));
    const p = doc.paragraphs.find((x) => plainText(x).includes('when performing'))!;
    // What plain-text extraction (Legistar, pdftotext) shows: both words side by side.
    expect(plainText(p)).toContain("when performing his the Commissioner's powers under this section.");
    // What this extraction keeps: which one is deleted and which inserted.
    expect(p.runs.slice(-5)).toEqual([
      { text: expect.stringMatching(/ when performing $/), mark: 'none' },
      { text: 'his', mark: 'strike' },
      { text: ' ', mark: 'none' },
      { text: "the Commissioner's", mark: 'underline' },
      { text: ' powers under this section.', mark: 'none' },
    ]);
  });
});

describe('extractPdfMarkedText on a hand-written PDF (not a word processor)', () => {
  // Helvetica 12 pt, words placed one by one (no space glyphs): "The" at 72, "old" at 100 (struck with a
  // stroked line under a cm transform, as LibreOffice does), "new" at 122 (underlined with a thin filled
  // rectangle, as Word does), "text." at 150. A second, indented line sits over a 3 pt rule (a border, too
  // thick to be an underline). A "Page 1 of 1" footer.
  const content = [
    'BT /F1 12 Tf 72 700 Td (The) Tj ET',
    'BT /F1 12 Tf 100 700 Td (old) Tj ET',
    'q 1 0 0 1 100 703.3 cm 0.6 w 0 0 m 16 0 l S Q',
    'BT /F1 12 Tf 122 700 Td (new) Tj ET',
    '122 698.4 22 0.6 re f',
    'BT /F1 12 Tf 150 700 Td (text.) Tj ET',
    'BT /F1 12 Tf 90 684 Td (Ruled line.) Tj ET',
    '72 680 200 3 re f',
    'BT /F1 10 Tf 280 40 Td (Page 1 of 1) Tj ET',
  ].join('\n');

  it('finds words, marks and paragraphs from glyph positions and path segments', async () => {
    const doc = await extractPdfMarkedText(buildPdf(content));
    expect(doc.pages).toBe(1);
    expect(formatMarkup(doc)).toBe('The [-old-] {+new+} text.\nRuled line.');
    expect(doc.paragraphs.map((p) => p.page)).toEqual([1, 1]);
  });

  it('reads a page shown rotated (/Rotate 90) whose content is drawn turned the other way', async () => {
    // Landscape as displayed: 792 x 612. The same words and rule (not the footer), 200 pt lower so they fit,
    // drawn under a quarter turn.
    const lower = content
      .split('\n')
      .slice(0, -1)
      .map((op) =>
        op.replace(/ (\d+(?:\.\d+)?) (Td|cm|\d+ \d+(?:\.\d+)? re)/, (_m, y: string, rest: string) => ` ${Number(y) - 200} ${rest}`),
      )
      .join('\n');
    const doc = await extractPdfMarkedText(buildPdf(`q 0 1 -1 0 612 0 cm\n${lower}\nQ`, 90));
    expect(formatMarkup(doc)).toBe('The [-old-] {+new+} text.\nRuled line.');
  });

  it('returns no paragraphs for a page without text', async () => {
    const doc = await extractPdfMarkedText(buildPdf('72 700 100 0.5 re f'));
    expect(doc).toEqual({ format: 'pdf', paragraphs: [], pages: 1 });
  });

  it('rejects bytes that are not a PDF', async () => {
    await expect(extractPdfMarkedText(new Uint8Array(Buffer.from('<html>not a pdf</html>')))).rejects.toThrow();
  });
});

describe('isSoftHyphen (line-end "letter-" + lowercase)', () => {
  const vocabulary = new Set(['competent', 'data-sharing', 'on', 'site', 'five']);

  it('drops the hyphen when the joined word occurs elsewhere', () => {
    expect(isSoftHyphen('compe', 'tent', vocabulary)).toBe(true);
  });

  it('keeps it when the hyphenated compound occurs elsewhere and the joined word does not', () => {
    expect(isSoftHyphen('data', 'sharing', vocabulary)).toBe(false);
  });

  it('keeps it when the word before it is already a hyphenated compound', () => {
    expect(isSoftHyphen('one-out-of', 'five', vocabulary)).toBe(false);
  });

  it('otherwise treats it as automatic hyphenation', () => {
    expect(isSoftHyphen('effec', 'tuate', vocabulary)).toBe(true);
    expect(isSoftHyphen('on', 'site', vocabulary)).toBe(true); // a compound seen nowhere else: not recognisable
  });
});
