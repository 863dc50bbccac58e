import {
  normalizeCodeText,
  parseHistoryNote,
  parseJournalDate,
  sectionBodyText,
  compareSectionNumbers,
} from '../../../../libs/code/src/text';

describe('normalizeCodeText', () => {
  it('folds NBSP and space runs, trims each line, straightens quotes and dashes, keeps line breaks', () => {
    expect(normalizeCodeText('  (a)\u00a0\u00a0 No   agent\u2019s \u201Cduty\u201D \u2013 or \u2014 not  \n\tsecond line ')).toBe(
      '(a) No agent\'s "duty" - or - not\nsecond line',
    );
  });
});

describe('parseJournalDate', () => {
  it.each([
    ['3-29-06', '2006-03-29'],
    ['1-27-21', '2021-01-27'],
    ['11-8-12', '2012-11-08'],
    ['7-1-49', '2049-07-01'],
    ['9-12-50', '1950-09-12'],
    ['12-31-1999', '1999-12-31'],
  ])('%s -> %s', (input, expected) => expect(parseJournalDate(input)).toBe(expected));

  it('rejects impossible dates and other shapes', () => {
    expect(parseJournalDate('13-1-06')).toBeNull();
    expect(parseJournalDate('1-32-06')).toBeNull();
    expect(parseJournalDate('2006-03-29')).toBeNull();
  });
});

describe('parseHistoryNote', () => {
  it('reads every citation of a closed note', () => {
    const { history, complete } = parseHistoryNote(
      '(Added Coun. J. 3-29-06, p. 74325, § 1; Amend Coun. J. 11-8-12, p. 38872, § 25; Amend Coun. J. 1-27-21, p. 26741, Art. I, § 1)',
    );
    expect(complete).toBe(true);
    expect(history).toEqual([
      { action: 'added', date: '2006-03-29', journalPage: '74325', detail: '§ 1', raw: 'Added Coun. J. 3-29-06, p. 74325, § 1' },
      { action: 'amended', date: '2012-11-08', journalPage: '38872', detail: '§ 25', raw: 'Amend Coun. J. 11-8-12, p. 38872, § 25' },
      {
        action: 'amended',
        date: '2021-01-27',
        journalPage: '26741',
        detail: 'Art. I, § 1',
        raw: 'Amend Coun. J. 1-27-21, p. 26741, Art. I, § 1',
      },
    ]);
  });

  it('keeps only finished citations of a cut-off note', () => {
    expect(parseHistoryNote('(Added Coun. J. 9-12-12, p. 33041, § 1; ')).toEqual({
      complete: false,
      history: [{ action: 'added', date: '2012-09-12', journalPage: '33041', detail: '§ 1', raw: 'Added Coun. J. 9-12-12, p. 33041, § 1' }],
    });
    // Cut mid-citation: "1-2" would be read as a wrong date, so the fragment is dropped.
    expect(parseHistoryNote('(Added Coun. J. 9-12-12, p. 33041, § 1; Amend Coun. J. 1-2').history.map((h) => h.action)).toEqual(['added']);
  });

  it('names the other actions and keeps unknown ones as other', () => {
    const { history } = parseHistoryNote(
      '(Prior code § 26.1-1; Renumbered Coun. J. 5-9-90, pp. 15143-15150, § 2; Corrected Coun. J. 7-24-19, p. 3010, Art. II; Repealed Coun. J. 2-10-99, p. 91101)',
    );
    expect(history.map((h) => [h.action, h.date, h.journalPage, h.detail])).toEqual([
      ['other', null, null, null],
      ['renumbered', '1990-05-09', '15143-15150', '§ 2'],
      ['corrected', '2019-07-24', '3010', 'Art. II'],
      ['repealed', '1999-02-10', '91101', null],
    ]);
  });
});

describe('sectionBodyText', () => {
  it('joins paragraph texts with newlines, nothing else', () => {
    expect(
      sectionBodyText({
        paragraphs: [
          { marker: '(a)', level: 1, text: '(a) One.' },
          { marker: null, level: 0, text: 'Two.' },
        ],
      }),
    ).toBe('(a) One.\nTwo.');
  });
});

describe('compareSectionNumbers', () => {
  it('orders numerically part by part', () => {
    expect(['2-173-030', '2-173-025', '2-173-005', '2-92-418', '17-2-0207', '2-173-020.5'].sort(compareSectionNumbers)).toEqual([
      '2-92-418',
      '2-173-005',
      '2-173-020.5',
      '2-173-025',
      '2-173-030',
      '17-2-0207',
    ]);
  });
});
