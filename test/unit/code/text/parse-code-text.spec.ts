import { parseCodeText, sectionBodyText } from '../../../../libs/code/src/text';
import { FIXTURES_DIR, readFixture } from './text-fixtures';

const levels = (text: string) => parseCodeText(text).sections[0].paragraphs.map((p) => `${p.marker ?? '-'}:${p.level}`);

describe('parseCodeText: the real fixture pages', () => {
  it('amlegal 2-173-005 excerpt starts at the body, so the hints name it; the note is cut off', () => {
    const text = readFixture('municipal-code/amlegal-latest-2-173-005.excerpt.txt');
    expect(readFixture('municipal-code/amlegal-latest-2-173-005.excerpt.source.txt')).toContain(
      'the heading line "2-173-005 Purpose and intent." is not in the excerpt',
    );
    const chapter = parseCodeText(text, { sectionNumber: '2-173-005', heading: 'Purpose and intent.' });
    expect(chapter.number).toBe('2-173');
    expect(chapter.title).toBeNull();
    expect(chapter.sections).toHaveLength(1);
    const [section] = chapter.sections;
    expect(section.number).toBe('2-173-005');
    expect(section.heading).toBe('Purpose and intent.');
    expect(section.paragraphs.map((p) => [p.marker, p.level])).toEqual([
      [null, 0],
      [null, 0],
    ]);
    expect(section.paragraphs[0].text).toMatch(
      /^The vitality of the City of Chicago \(the "City"\), .* relationship with the immigrant communities\.$/,
    );
    expect(section.paragraphs[1].text).toMatch(/^Due to the City's limited resources; .* interacting with community members\.$/);
    expect(section.historyNote).toBe('(Added Coun. J. 9-12-12, p. 33041, § 1;');
    expect(section.history).toEqual([
      { action: 'added', date: '2012-09-12', journalPage: '33041', detail: '§ 1', raw: 'Added Coun. J. 9-12-12, p. 33041, § 1' },
    ]);
    expect(section.historyComplete).toBe(false);
  });

  it('without hints the headless excerpt is kept under an empty number rather than dropped', () => {
    const [section] = parseCodeText(readFixture('municipal-code/amlegal-latest-2-173-005.excerpt.txt')).sections;
    expect([section.number, section.heading, section.paragraphs.length]).toEqual(['', '', 2]);
  });

  it('amlegal 2-173-020 excerpt: indented outline, 3-space gaps, (a)(1)(A) levels, no history note', () => {
    const text = readFixture('municipal-code/amlegal-latest-2-173-020.excerpt.txt');
    expect(readFixture('municipal-code/amlegal-latest-2-173-020.excerpt.source.txt')).toContain(
      'Section 2-173-020 Immigration enforcement prohibited.',
    );
    const [section] = parseCodeText(text).sections;
    expect(section.number).toBe('2-173-020');
    expect(section.heading).toBe('Immigration enforcement prohibited.');
    expect(section.paragraphs.map((p) => `${p.marker}:${p.level}`)).toEqual([
      '(a):1',
      '(1):2',
      '(A):3',
      '(B):3',
      '(C):3',
      '(2):2',
      '(A):3',
      '(B):3',
      '(3):2',
      '(4):2',
      '(5):2',
      '(6):2',
    ]);
    expect(section.paragraphs[0].text).toMatch(
      /^\(a\) No agent or agency shall participate .* Section 2-173-030\(a\)\. Specifically, no agency or agent shall:$/,
    );
    expect(section.paragraphs[6].text).toBe(
      '(A) access, including by telephone, to a person being detained by, or in the custody of, the agency or agent.',
    );
    expect(section.historyNote).toBeNull();
    expect(section.history).toEqual([]);
    expect(section.historyComplete).toBe(false);
    expect(sectionBodyText(section).split('\n')).toHaveLength(12);
  });

  it('amlegal 2-173-030: complete page with its full history note', () => {
    const text = readFixture('municipal-code/amlegal-latest-2-173-030.txt');
    expect(readFixture('municipal-code/amlegal-latest-2-173-030.source.txt')).toContain('Completeness: appears COMPLETE');
    const [section] = parseCodeText(text).sections;
    expect(section.number).toBe('2-173-030');
    expect(section.heading).toBe('Intentional collection and sharing of citizenship or immigration status information.');
    expect(section.paragraphs.map((p) => `${p.marker}:${p.level}`)).toEqual(['(a):1', '(1):2', '(2):2', '(b):1']);
    expect(section.paragraphs[0].text).toBe(
      '(a) Unless required to do so by statute, federal regulation, court order, or a lawfully issued judicial warrant,',
    );
    expect(section.historyNote).toBe(
      '(Added Coun. J. 3-29-06, p. 74325, § 1; Amend Coun. J. 11-8-12, p. 38872, § 25; Amend Coun. J. 1-27-21, p. 26741, Art. I, § 1)',
    );
    expect(section.history.map((h) => [h.action, h.date, h.journalPage, h.detail])).toEqual([
      ['added', '2006-03-29', '74325', '§ 1'],
      ['amended', '2012-11-08', '38872', '§ 25'],
      ['amended', '2021-01-27', '26741', 'Art. I, § 1'],
    ]);
    expect(section.historyComplete).toBe(true);
  });

  it('chicagocode.org 2-173-042: "§ number" line, heading further down, blank-line paragraphs, letters dropped', () => {
    const text = readFixture('municipal-code/chicagocode-org-2-173-042.excerpt.txt');
    expect(readFixture('municipal-code/chicagocode-org-2-173-042.excerpt.source.txt')).toContain('only "(1)" survives');
    const chapter = parseCodeText(text);
    expect(chapter.number).toBe('2-173');
    const [section] = chapter.sections;
    expect(section.number).toBe('2-173-042');
    expect(section.heading).toBe('Civil immigration enforcement actions \u2013 Federal responsibility');
    expect(section.paragraphs).toHaveLength(13);
    expect(section.paragraphs.filter((p) => p.marker !== null).map((p) => [p.marker, p.level])).toEqual([['(1)', 2]]);
    expect(section.paragraphs[1].text).toBe(
      'arrest, detain or continue to detain a person solely on the belief that the person is not present legally in the United States, or that the person has committed a civil immigration violation;',
    );
    expect(section.paragraphs[12].text).toBe(
      'is a defendant in a criminal case in any court of competent jurisdiction where a judgment has not been en',
    );
    expect([section.historyNote, section.historyComplete]).toEqual([null, false]);
  });
});

describe('parseCodeText: synthetic inputs', () => {
  it('reads a plain dump of several sections after a chapter heading line', () => {
    const dump = [
      'CHAPTER 2-173 WELCOMING CITY ORDINANCE',
      '',
      '2-173-005 Purpose and intent.',
      readFixture('municipal-code/amlegal-latest-2-173-005.excerpt.txt'),
      readFixture('municipal-code/amlegal-latest-2-173-020.excerpt.txt'),
      readFixture('municipal-code/amlegal-latest-2-173-030.txt'),
    ].join('\n');
    const chapter = parseCodeText(dump);
    expect(chapter.number).toBe('2-173');
    expect(chapter.title).toBe('WELCOMING CITY ORDINANCE');
    // The cut-off note of 005 must not swallow the 020 heading that follows it.
    expect(chapter.sections.map((s) => [s.number, s.paragraphs.length, s.historyComplete])).toEqual([
      ['2-173-005', 2, false],
      ['2-173-020', 12, false],
      ['2-173-030', 4, true],
    ]);
  });

  it('joins wrapped lines in a blank-line-separated dump, and a history note wrapped over lines', () => {
    const dump = `CHAPTER 2-999
SAMPLE PROVISIONS

2-999-010 Definitions.

As used in this chapter, "agency" means every City department,
board and commission.

(a) "Agent" means any person employed by
or acting on behalf of an agency.
(b) "ICE" means the United States Immigration
and Customs Enforcement.

(Added Coun. J. 3-29-06, p. 74325, § 1; Amend Coun. J. 11-8-12,
p. 38872, § 25)
Editor's note: an annotation that is not part of the section.

§ 2-999-020

Scope

This chapter applies to every agency.
`;
    const chapter = parseCodeText(dump);
    expect(chapter.title).toBe('SAMPLE PROVISIONS');
    const [definitions, scope] = chapter.sections;
    expect(definitions.paragraphs.map((p) => p.text)).toEqual([
      'As used in this chapter, "agency" means every City department, board and commission.',
      '(a) "Agent" means any person employed by or acting on behalf of an agency.',
      '(b) "ICE" means the United States Immigration and Customs Enforcement.',
    ]);
    expect(definitions.historyNote).toBe('(Added Coun. J. 3-29-06, p. 74325, § 1; Amend Coun. J. 11-8-12, p. 38872, § 25)');
    expect(definitions.history.map((h) => h.journalPage)).toEqual(['74325', '38872']);
    expect(definitions.historyComplete).toBe(true);
    expect([scope.number, scope.heading, sectionBodyText(scope)]).toEqual(['2-999-020', 'Scope', 'This chapter applies to every agency.']);
  });

  it('in one-line-per-paragraph text, a lower-case line after an unpunctuated line continues it', () => {
    const [section] = parseCodeText(
      '2-999-030 Wrapped.\n(a) No agency shall\ndisclose status.\nNothing here limits (a).\n(b) Last.',
    ).sections;
    expect(section.paragraphs.map((p) => p.text)).toEqual([
      '(a) No agency shall disclose status.',
      'Nothing here limits (a).',
      '(b) Last.',
    ]);
  });

  it('tells roman numerals from letters by the sequence', () => {
    const text = [
      '2-999-040 Outline.',
      '(a) a',
      '(1) one',
      '(A) cap A',
      '(i) roman one',
      '(ii) roman two',
      '(iii) roman three',
      '(iv) roman four',
      '(v) roman five',
      '(B) cap B',
      '(i) roman one again',
      '(b) b',
      '(c) c',
      '(d) d',
      '(e) e',
      '(f) f',
      '(g) g',
      '(h) h',
      '(i) the ninth letter',
      '(1) one under (i)',
      '(A) cap A',
      '(i) roman one under (i)(1)(A)',
      '(j) j',
      '(x) a letter out of sequence',
      '(aa) double letter',
    ].join('\n');
    expect(levels(text)).toEqual([
      '(a):1',
      '(1):2',
      '(A):3',
      '(i):4',
      '(ii):4',
      '(iii):4',
      '(iv):4',
      '(v):4',
      '(B):3',
      '(i):4',
      '(b):1',
      '(c):1',
      '(d):1',
      '(e):1',
      '(f):1',
      '(g):1',
      '(h):1',
      '(i):1',
      '(1):2',
      '(A):3',
      '(i):4',
      '(j):1',
      '(x):1',
      '(aa):1',
    ]);
  });

  it('reads (u) then (v) as letters, and a cut-off note at the very end', () => {
    const text = [
      '2-999-050 Letters.',
      ...'abcdefghijklmnopqrstuvw'.split('').map((l) => `(${l}) item`),
      '(Added Coun. J. 9-12-12, p. 33041, § 1; Amend',
    ].join('\n');
    const [section] = parseCodeText(text).sections;
    expect(section.paragraphs.every((p) => p.level === 1)).toBe(true);
    expect(section.history).toHaveLength(1);
    expect(section.historyComplete).toBe(false);
  });

  it('takes the chapter from hints when no chapter line or section heading names it, and keeps a body line that cites a section', () => {
    const chapter = parseCodeText('Intro.\n2-173-030(a) applies.', {
      chapter: '2-173',
      sectionNumber: '2-173-010',
      heading: 'Definitions.',
    });
    expect(chapter.number).toBe('2-173');
    expect(chapter.sections.map((s) => [s.number, s.heading, s.paragraphs.length])).toEqual([['2-173-010', 'Definitions.', 2]]);
    expect(parseCodeText('')).toEqual({ number: '', title: null, sections: [] });
  });
});

describe('text fixtures', () => {
  it('says where a missing fixture belongs', () => {
    expect(() => readFixture('municipal-code/no-such-page.txt')).toThrow(
      `${FIXTURES_DIR}/municipal-code/no-such-page.txt is missing: copy it with its .source.txt into test/fixtures`,
    );
  });
});
