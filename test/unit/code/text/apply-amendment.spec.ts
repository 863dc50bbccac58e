import { parseMarkup } from '../../../../libs/code/src/text/marked-text';
import { applyAmendment, parseAmendment, parseCodeText, sectionBodyText, type CodeSectionText } from '../../../../libs/code/src/text';
import { amlegalBaseline, readFixture, readTestDocument } from './text-fixtures';

const amend = (baseline: readonly CodeSectionText[], ...lines: string[]) =>
  applyAmendment(baseline, parseAmendment(parseMarkup(lines.join('\n'))));
const INSTRUCTION = (n: string) =>
  `SECTION 1. Section ${n} of the Municipal Code of Chicago is hereby amended by deleting the language stricken through and by inserting the language underscored, as follows:`;
const OMITTED = '(Omitted text is not affected by this ordinance)';

// A small section to exercise the alignment rules.
const sample = parseCodeText(['2-999-010 Sample.', '(a) First.', '(b) Second.', '(c) Third.', '(d) Fourth.'].join('\n')).sections;
const body = (result: ReturnType<typeof applyAmendment>) => result.sections[0].amendedText?.split('\n');

describe('applyAmendment: the test documents against the amlegal pages', () => {
  const baseline = amlegalBaseline();

  it('o2023-0004222-amendment applies: 020 amended, 025 added, 030 repealed', () => {
    const result = applyAmendment(baseline, parseAmendment(readTestDocument('o2023-0004222-amendment.markup.txt')));
    expect(result.sections.map((s) => [s.number, s.change, s.baseTextMatches, s.applied, s.mismatches.length])).toEqual([
      ['2-173-020', 'AMENDED', true, true, 0],
      ['2-173-025', 'ADDED', true, true, 0],
      ['2-173-030', 'REPEALED', true, true, 0],
    ]);
    const [amended, added, repealed] = result.sections;
    expect(amended.baseText).toBe(sectionBodyText(baseline[1]));
    expect(amended.amendedText).toContain('2-173-030(a) or as provided in subsection (c) of this section.');
    expect(amended.amendedText).not.toContain('including by telephone,');
    expect(amended.amendedText).toContain('(A) access to a person being detained by');
    expect(amended.amendedText).toContain(
      '(5) transfer any person into ICE custody for the sole purpose of civil immigration enforcement, except a person described in Section 2-173-025.',
    );
    expect(amended.heading).toBe('Immigration enforcement prohibited.');
    expect(added).toMatchObject({ heading: 'Persons with criminal warrants or felony convictions.', baseText: null });
    expect(added.amendedText?.split('\n')).toHaveLength(4);
    expect(repealed).toMatchObject({ amendedText: null, heading: baseline[2].heading, baseText: sectionBodyText(baseline[2]) });

    expect(result.chapterAsAmended.map((s) => s.number)).toEqual(['2-173-005', '2-173-020', '2-173-025']);
    const [, section020, section025] = result.chapterAsAmended;
    expect(section020.paragraphs.map((p) => p.level)).toEqual(baseline[1].paragraphs.map((p) => p.level));
    expect(section025.paragraphs.map((p) => `${p.marker}:${p.level}`)).toEqual(['(a):1', '(1):2', '(2):2', '(3):2']);
    expect(section025.historyNote).toBeNull();
    // The input is left alone.
    expect(baseline.map((s) => s.number)).toEqual(['2-173-005', '2-173-020', '2-173-030']);
  });

  it('o2023-0004222-older-wording fails the base-text check on 020 and is not applied', () => {
    const result = applyAmendment(baseline, parseAmendment(readTestDocument('o2023-0004222-older-wording.markup.txt')));
    const [section] = result.sections;
    expect(section).toMatchObject({ number: '2-173-020', baseTextMatches: false, applied: false, amendedText: null });
    expect(section.mismatches).toHaveLength(1);
    const [mismatch] = section.mismatches;
    expect(mismatch.paragraphIndex).toBe(1);
    expect(mismatch.expected).toBe('(1) stop, arrest, detain, or continue to detain a person');
    expect(mismatch.found).toBe('(1) arrest, detain or continue to detain a person');
    expect(mismatch.differingWords).toEqual([
      { op: 'missing', text: 'stop,' },
      { op: 'missing', text: ',' },
    ]);
    expect(result.chapterAsAmended).toEqual(baseline);
  });
});

describe('applyAmendment: alignment rules', () => {
  it('changes a heading', () => {
    const result = amend(sample, INSTRUCTION('2-999-010'), '2-999-010 [-Sample-]{+Example+}.', OMITTED);
    expect(result.sections[0]).toMatchObject({ applied: true, heading: 'Example.' });
    expect(body(result)).toEqual(['(a) First.', '(b) Second.', '(c) Third.', '(d) Fourth.']);
    expect(result.chapterAsAmended[0].heading).toBe('Example.');
  });

  it('flags a heading whose old reading is not the baseline heading', () => {
    const result = amend(sample, INSTRUCTION('2-999-010'), '2-999-010 [-Specimen-]{+Example+}.', OMITTED);
    expect(result.sections[0].applied).toBe(false);
    expect(result.sections[0].mismatches).toEqual([
      {
        paragraphIndex: -1,
        expected: 'Sample.',
        found: 'Specimen.',
        differingWords: [
          { op: 'missing', text: 'Sample' },
          { op: 'unexpected', text: 'Specimen' },
        ],
      },
    ]);
  });

  it('deletes a wholly struck paragraph and inserts a wholly underlined one in place', () => {
    const result = amend(
      sample,
      INSTRUCTION('2-999-010'),
      '2-999-010 Sample.',
      '(a) First.',
      '[-(b) Second.-]',
      '{+(b) New second.+}',
      '(c) Third.',
      '(d) Fourth.',
    );
    expect(result.sections[0].applied).toBe(true);
    expect(body(result)).toEqual(['(a) First.', '(b) New second.', '(c) Third.', '(d) Fourth.']);
  });

  it('keeps the paragraphs omitted at the start and at the end', () => {
    const result = amend(sample, INSTRUCTION('2-999-010'), '2-999-010 Sample.', OMITTED, '(c) Third{+ and more+}.', OMITTED);
    expect(result.sections[0].applied).toBe(true);
    expect(body(result)).toEqual(['(a) First.', '(b) Second.', '(c) Third and more.', '(d) Fourth.']);
  });

  it('places an insertion after an omission just before the next matched paragraph, or at the end', () => {
    const middle = amend(sample, INSTRUCTION('2-999-010'), '2-999-010 Sample.', OMITTED, '{+(b-5) Inserted.+}', '(c) Third.', OMITTED);
    expect(body(middle)).toEqual(['(a) First.', '(b) Second.', '(b-5) Inserted.', '(c) Third.', '(d) Fourth.']);
    const end = amend(sample, INSTRUCTION('2-999-010'), '2-999-010 Sample.', OMITTED, '{+(e) Fifth.+}');
    expect(body(end)).toEqual(['(a) First.', '(b) Second.', '(c) Third.', '(d) Fourth.', '(e) Fifth.']);
  });

  it('refuses an insertion with omitted text on both sides: its place is unknown', () => {
    const result = amend(sample, INSTRUCTION('2-999-010'), '2-999-010 Sample.', OMITTED, '{+(x) Somewhere.+}', OMITTED);
    expect(result.sections[0].applied).toBe(false);
    expect(result.sections[0].mismatches).toEqual([{ paragraphIndex: 0, expected: '', found: '', differingWords: [] }]);
  });

  it('requires consecutive paragraphs without an omission line, and the whole rest without a closing one', () => {
    const skipped = amend(sample, INSTRUCTION('2-999-010'), '2-999-010 Sample.', '(a) First.', '(c) Third{+!+}.', OMITTED);
    expect(skipped.sections[0].mismatches.map((m) => [m.paragraphIndex, m.expected, m.found])).toEqual([[1, '(b) Second.', '']]);
    const unfinished = amend(sample, INSTRUCTION('2-999-010'), '2-999-010 Sample.', '(a) First{+!+}.', '(b) Second.');
    expect(unfinished.sections[0].mismatches.map((m) => [m.paragraphIndex, m.expected, m.found])).toEqual([
      [2, '(c) Third.', ''],
      [2, '(d) Fourth.', ''],
    ]);
    expect(unfinished.chapterAsAmended).toEqual(sample);
  });

  it('picks the likeliest counterpart of a changed paragraph after an omission', () => {
    const result = amend(sample, INSTRUCTION('2-999-010'), '2-999-010 Sample.', OMITTED, '(c) Thrid{+ and more+}.', OMITTED);
    expect(result.sections[0].mismatches).toEqual([
      {
        paragraphIndex: 0,
        expected: '(c) Third.',
        found: '(c) Thrid.',
        differingWords: [
          { op: 'missing', text: 'Third' },
          { op: 'unexpected', text: 'Thrid' },
        ],
      },
    ]);
  });

  it('compares modulo marker spacing, quote and dash style; an unchanged paragraph keeps the baseline characters', () => {
    const baseline = parseCodeText(
      '2-999-020 Quotes.\n   (a)   The "City\'s" agent \u2013 any agent.\n   (b)   The "City\'s" rule.',
    ).sections;
    const result = amend(
      baseline,
      INSTRUCTION('2-999-020'),
      '2-999-020 Quotes.',
      '(a)The \u201CCity\u2019s\u201D agent - any {+other +}agent.',
      '(b) The \u201CCity\u2019s\u201D rule .',
    );
    expect(result.sections[0].applied).toBe(true);
    expect(body(result)).toEqual(['(a) The \u201CCity\u2019s\u201D agent - any other agent.', '(b) The "City\'s" rule.']);
  });

  it('flags sections that are not where the instruction says', () => {
    const result = amend(
      sample,
      'SECTION 1. Section 2-999-050 of the Municipal Code of Chicago is hereby amended by inserting the language underscored, as follows:',
      '2-999-050 Unknown.',
      '(a) Text{+ more+}.',
      'SECTION 2. Section 2-999-060 of the Municipal Code of Chicago is hereby repealed.',
      'SECTION 3. Chapter 2-999 of the Municipal Code of Chicago is hereby amended by adding a new Section 2-999-010, as follows:',
      '{+2-999-010 Sample.+}',
      '{+(a) Again.+}',
    );
    expect(
      result.sections.map((s) => [s.number, s.change, s.applied, s.mismatches.map((m) => [m.paragraphIndex, m.expected, m.found])]),
    ).toEqual([
      ['2-999-050', 'AMENDED', false, [[-1, '', '(a) Text.']]],
      ['2-999-060', 'REPEALED', false, [[-1, '', '']]],
      ['2-999-010', 'ADDED', false, [[-1, sectionBodyText(sample[0]), '']]],
    ]);
    expect(result.sections[0].mismatches[0].differingWords).toEqual([
      { op: 'unexpected', text: '(a)' },
      { op: 'unexpected', text: 'Text.' },
    ]);
    expect(result.chapterAsAmended).toEqual(sample);
  });

  it('applies sections in order, each against the result of the ones before', () => {
    const result = amend(
      sample,
      INSTRUCTION('2-999-010'),
      '2-999-010 Sample.',
      '(a) First{+ and only+}.',
      OMITTED,
      'SECTION 2. Section 2-999-010 of the Municipal Code of Chicago is hereby amended by deleting the language struck through, as follows:',
      '2-999-010 Sample.',
      '(a) First[- and only-].',
      OMITTED,
    );
    expect(result.sections.map((s) => s.applied)).toEqual([true, true]);
    expect(result.sections[1].baseText?.split('\n')[0]).toBe('(a) First and only.');
    expect(result.chapterAsAmended).toEqual(sample);
  });
});

describe('applyAmendment: the ID5464552 wording ("Chapter 2-25-050", deleted and inserted words side by side)', () => {
  const baseline = parseCodeText(
    [
      '2-25-050 Powers and duties of the department.',
      '   (a)   Establishment. There is hereby established a department of labor standards.',
      '   (b)   Powers and duties of the Commissioner and the department. The powers and duties of the Commissioner and department shall be as follows:',
      '      (1)   To administer the department.',
    ].join('\n'),
  ).sections;

  it('applies the drafted marks: "the [-department-] {+Department+}"', () => {
    const result = amend(
      baseline,
      'SECTION 1. Chapter 2-25-050 of the Municipal Code of Chicago is hereby amended by adding the language underscored, and by deleting the language struck through, as follows:',
      '2-25-050 Powers and duties of the department.',
      '(Omitted text is unaffected by this ordinance)',
      '(b) Powers and duties of the Commissioner and the [-department-] {+Department+}. The powers and duties of the Commissioner and [-department-] {+Department+} shall be as follows:',
      '(Omitted text is unaffected by this ordinance)',
    );
    expect(result.sections[0]).toMatchObject({ number: '2-25-050', change: 'AMENDED', applied: true });
    expect(body(result)?.[1]).toBe(
      '(b) Powers and duties of the Commissioner and the Department. The powers and duties of the Commissioner and Department shall be as follows:',
    );
    expect(body(result)).toHaveLength(3);
  });

  it('refuses the extracted text, where both words survive unmarked and the struck one is garbled', () => {
    const parsed = parseAmendment(parseMarkup(readFixture('ordinance-text/legistar-ID5464552-substitute.excerpt.txt')));
    const result = applyAmendment(baseline, { ...parsed, sections: parsed.sections.slice(0, 1) });
    const [section] = result.sections;
    expect(section.applied).toBe(false);
    expect(section.mismatches[0].paragraphIndex).toBe(0);
    expect(section.mismatches[0].expected).toMatch(/^\(b\) Powers and duties/);
    expect(section.mismatches[0].differingWords).toEqual([
      { op: 'missing', text: 'department' },
      { op: 'unexpected', text: 'dopartment' },
      { op: 'unexpected', text: 'Department' },
      { op: 'missing', text: 'department' },
      { op: 'unexpected', text: 'dopartmont' },
      { op: 'unexpected', text: 'Department' },
    ]);
  });
});
