import { parseMarkup, type MarkedDocument } from '../../../../libs/code/src/text/marked-text';
import { parseAmendment, type AmendmentSection } from '../../../../libs/code/src/text';
import { readFixture, readTestDocument } from './text-fixtures';

const doc = (...lines: string[]): MarkedDocument => parseMarkup(lines.join('\n'));
const text = (s: Pick<AmendmentSection, 'headingRuns'>) => s.headingRuns.map((r) => r.text).join('');
const summary = (s: AmendmentSection) => [s.ordinanceSection, s.change, s.number];
const omissions = (s: AmendmentSection) => [...s.paragraphs.map((p) => p.omittedBefore), s.omittedAfter];

describe('parseAmendment: test documents', () => {
  it('o2023-0004222-amendment: amends 020, adds 025, repeals 030, then the effective date', () => {
    const parsed = parseAmendment(readTestDocument('o2023-0004222-amendment.markup.txt'));
    expect(parsed.sections.map(summary)).toEqual([
      [1, 'AMENDED', '2-173-020'],
      [2, 'ADDED', '2-173-025'],
      [3, 'REPEALED', '2-173-030'],
    ]);
    const [amended, added, repealed] = parsed.sections;
    expect(amended.instruction).toBe(
      'Section 2-173-020 of the Municipal Code of Chicago is hereby amended by deleting the language stricken through and by inserting the language underscored, as follows:',
    );
    expect(amended.headingRuns).toEqual([{ text: 'Immigration enforcement prohibited.', mark: 'none' }]);
    expect(amended.paragraphs).toHaveLength(12);
    expect(omissions(amended)).toEqual([...Array(12).fill(false), true]);
    expect(amended.paragraphs[6].runs).toEqual([
      { text: '(A) access', mark: 'none' },
      { text: ', including by telephone,', mark: 'strike' },
      { text: ' to a person being detained by, or in the custody of, the agency or agent.', mark: 'none' },
    ]);
    expect(added.headingRuns).toEqual([{ text: 'Persons with criminal warrants or felony convictions.', mark: 'underline' }]);
    expect(added.paragraphs.map((p) => p.runs.map((r) => r.mark))).toEqual([['underline'], ['underline'], ['underline'], ['underline']]);
    expect(added.instruction).toBe(
      'Chapter 2-173 of the Municipal Code of Chicago is hereby amended by adding a new Section 2-173-025, as follows:',
    );
    expect([repealed.headingRuns, repealed.paragraphs, repealed.omittedAfter]).toEqual([[], [], false]);
    expect(parsed.effectiveDate).toEqual({
      text: 'This ordinance shall take full force and effect upon its passage and publication.',
      ordinanceSection: 4,
    });
    expect(parsed.unparsed).toEqual([]);
  });

  it('o2023-0004222-older-wording: "adding ... underscored, and by deleting ... struck through"; omissions in the middle and at the end', () => {
    const parsed = parseAmendment(readTestDocument('o2023-0004222-older-wording.markup.txt'));
    expect(parsed.sections.map(summary)).toEqual([[1, 'AMENDED', '2-173-020']]);
    expect(omissions(parsed.sections[0])).toEqual([false, false, true, true]);
    expect(parsed.effectiveDate).toEqual({
      text: 'This ordinance shall be in full force and effect from and after its passage and publication.',
      ordinanceSection: 2,
    });
  });
});

describe('parseAmendment: real ordinance text (marks lost in extraction)', () => {
  it('ID5464552: "Chapter 2-25-050" names a section; three SECTIONs; omitted-text lines', () => {
    const parsed = parseAmendment(parseMarkup(readFixture('ordinance-text/legistar-ID5464552-substitute.excerpt.txt')));
    expect(parsed.sections.map(summary)).toEqual([
      [1, 'AMENDED', '2-25-050'],
      [2, 'AMENDED', '2-32-460'],
      [3, 'AMENDED', '2-74-080'],
    ]);
    const [first, second] = parsed.sections;
    expect(first.instruction).toMatch(
      /^Chapter 2-25-050 of the Municipal Code of Chicago is hereby amended by adding the language underscored/,
    );
    expect(text(first)).toBe('Powers and duties of the department.');
    expect(omissions(first)).toEqual([true, true, true]);
    expect(first.paragraphs[0].runs[0].text).toMatch(/^\(b\) Powers and duties of the Commissioner and the dopartment Department\./);
    expect(text(second)).toBe('Definitions.');
    expect(omissions(second)).toEqual([false, false]);
    expect(parsed.effectiveDate).toBeNull();
    expect(parsed.unparsed).toEqual([]);
  });

  it('O2017-1018: "ofthe", chapter-wide instruction; the table of contents (with OCR noise) is not taken for headings', () => {
    const parsed = parseAmendment(parseMarkup(readFixture('ordinance-text/legistar-O2017-1018.excerpt.txt')));
    expect(parsed.sections.map(summary)).toEqual([[1, 'AMENDED', '2-173-005']]);
    expect(text(parsed.sections[0])).toBe('Purpose and intent.');
    expect(parsed.sections[0].paragraphs.map((p) => p.runs[0].text)).toEqual([
      expect.stringMatching(/^The vitality of the City of Chicago/),
    ]);
  });

  it("O2022-3468: the mayor's letter and WHEREAS clauses are skipped; an omission before the second paragraph", () => {
    const parsed = parseAmendment(parseMarkup(readFixture('ordinance-text/legistar-O2022-3468.excerpt.txt')));
    expect(parsed.sections.map(summary)).toEqual([[1, 'AMENDED', '2-45-040']]);
    const [section] = parsed.sections;
    expect(text(section)).toBe('Commissioner of Planning and Development - Powers and duties.');
    expect(section.paragraphs[0].runs[0].text).toBe('(a) The Commissioner has the authority to:');
    expect(section.paragraphs[1].omittedBefore).toBe(true);
    expect(section.paragraphs[1].runs[0].text).toContain("when performing his the Commissioner's powers");
  });

  it.each(['councilmatic-O2021-117.excerpt.txt', 'legistar-O2021-117.excerpt.txt'])(
    '%s (a matter page, no ordinance text) has nothing to parse',
    (file) => {
      // The title "Amendment of ... by adding new Section 2-173-070" is a description, not an instruction.
      expect(parseAmendment(parseMarkup(readFixture(`ordinance-text/${file}`)))).toEqual({
        sections: [],
        effectiveDate: null,
        unparsed: [],
      });
    },
  );
});

describe('parseAmendment: instruction forms', () => {
  it('splits a chapter-wide amendment into sections, classed by the marks on their headings', () => {
    const parsed = parseAmendment(
      doc(
        'SECTION 1. Chapter 2-173 of the Municipal Code of Chicago is hereby amended by deleting the language struck through and by inserting the language underscored, as follows:',
        'CHAPTER 2-173',
        'WELCOMING CITY ORDINANCE',
        '(Omitted text is unaffected by this ordinance)',
        '2-173-020 Immigration enforcement [-prohibited-]{+restricted+}.',
        '(a) No agent {+or agency+} shall act.',
        '{+2-173-025 New rules.+}',
        '{+(a) A new rule.+}',
        '[-2-173-030 Old rules.-]',
        '[-(a) An old rule.-]',
        '2-173-040 Unchanged heading.',
        '(Omitted text is unaffected by this ordinance)',
        '(c) Changed [-text-]{+wording+}.',
      ),
    );
    expect(parsed.sections.map(summary)).toEqual([
      [1, 'AMENDED', '2-173-020'],
      [1, 'ADDED', '2-173-025'],
      [1, 'REPEALED', '2-173-030'],
      [1, 'AMENDED', '2-173-040'],
    ]);
    expect(parsed.sections[0].headingRuns).toEqual([
      { text: 'Immigration enforcement ', mark: 'none' },
      { text: 'prohibited', mark: 'strike' },
      { text: 'restricted', mark: 'underline' },
      { text: '.', mark: 'none' },
    ]);
    expect(parsed.sections[0].paragraphs).toHaveLength(1);
    expect(omissions(parsed.sections[3])).toEqual([true, false]);
  });

  it('tolerates curly quotes, spaced dashes, glued "ofthe", odd spacing and "struck through"', () => {
    const parsed = parseAmendment(
      doc(
        'SECTION  2 .   Section 2 - 173 - 020 ofthe Municipal  Code of Chicago is hereby amended by deleting the language struck through and by inserting the language underscored, as follows:',
        '2\u2013173\u2013020 Immigration enforcement prohibited.',
        '(a) Text.',
      ),
    );
    expect(parsed.sections.map(summary)).toEqual([[2, 'AMENDED', '2-173-020']]);
  });

  it('reads "Sections X and Y are hereby amended" and splits on both headings only', () => {
    const parsed = parseAmendment(
      doc(
        'SECTION 1. Sections 2-173-020 and 2-173-030 of the Municipal Code of Chicago are hereby amended by deleting the language stricken through and by inserting the language underscored, as follows:',
        '2-173-020 One.',
        '(a) First.',
        '2-173-030 Two.',
        '2-173-999 is cited at the start of this paragraph but is not a named section.',
      ),
    );
    expect(parsed.sections.map((s) => [s.number, s.paragraphs.length])).toEqual([
      ['2-173-020', 1],
      ['2-173-030', 1],
    ]);
  });

  it('accepts a new section printed without underlining, and the heading run into the instruction paragraph', () => {
    const parsed = parseAmendment(
      doc(
        'SECTION 1. Chapter 2-173 of the Municipal Code of Chicago is hereby amended by adding a new Section 2-173-025, as follows: 2-173-025 Persons with criminal warrants.',
        '(a) Unmarked new text.',
      ),
    );
    expect(parsed.sections.map(summary)).toEqual([[1, 'ADDED', '2-173-025']]);
    expect(text(parsed.sections[0])).toBe('Persons with criminal warrants.');
    expect(parsed.sections[0].instruction).toBe(
      'Chapter 2-173 of the Municipal Code of Chicago is hereby amended by adding a new Section 2-173-025, as follows:',
    );
  });

  it('reads a repeal followed by the struck-through text, "in its entirety"', () => {
    const parsed = parseAmendment(
      doc(
        'SECTION 3. Section 2-173-030 of the Municipal Code of Chicago is hereby repealed in its entirety.',
        '[-2-173-030 Intentional collection.-]',
        '[-(a) Old text.-]',
        'SECTION 4. This ordinance shall take effect 10 days after its passage and publication.',
      ),
    );
    expect(parsed.sections.map((s) => [s.change, s.number, s.paragraphs.length])).toEqual([['REPEALED', '2-173-030', 1]]);
    expect(parsed.effectiveDate).toEqual({
      text: 'This ordinance shall take effect 10 days after its passage and publication.',
      ordinanceSection: 4,
    });
  });

  it('reports an instruction whose section never appears, and SECTIONs that are not code instructions', () => {
    const parsed = parseAmendment(
      doc(
        'SECTION 1. Section 2-173-020 of the Municipal Code of Chicago is hereby amended by deleting the language stricken through and by inserting the language underscored, as follows:',
        '2-173-050 A different section.',
        '(a) Text.',
        'SECTION 2. The Commissioner of Human Relations is authorized to issue rules.',
        'SECTION 3. This ordinance shall take full force and effect upon its passage and publication.',
      ),
    );
    expect(parsed.sections).toEqual([]);
    expect(parsed.unparsed).toEqual([
      {
        ordinanceSection: 1,
        text: 'Section 2-173-020 of the Municipal Code of Chicago is hereby amended by deleting the language stricken through and by inserting the language underscored, as follows:\n2-173-050 A different section.\n(a) Text.',
      },
      { ordinanceSection: 2, text: 'The Commissioner of Human Relations is authorized to issue rules.' },
    ]);
    expect(parsed.effectiveDate?.ordinanceSection).toBe(3);
  });

  it('finds instructions without "SECTION n." lines, and returns nothing for a document without any', () => {
    const parsed = parseAmendment(
      doc(
        'Section 2-173-020 of the Municipal Code of Chicago is hereby amended by inserting the language underscored, as follows:',
        '2-173-020 Heading.',
        '(a) Text{+ more+}.',
      ),
    );
    expect(parsed.sections.map(summary)).toEqual([[1, 'AMENDED', '2-173-020']]);
    expect(
      parseAmendment(
        doc(
          'A RESOLUTION',
          'WHEREAS, the City Council honours a resident; now, therefore,',
          'BE IT RESOLVED that the City Council congratulates her.',
        ),
      ),
    ).toEqual({
      sections: [],
      effectiveDate: null,
      unparsed: [],
    });
    expect(parseAmendment({ format: 'text', paragraphs: [] })).toEqual({ sections: [], effectiveDate: null, unparsed: [] });
  });
});
