import { parseCodeText, type CodeHistoryEntry } from '../../../../libs/code/src/text';
import { parseMarkup } from '../../../../libs/code/src/text/marked-text';
import { rebuildSectionHistory, type Enactment } from '../../../../libs/code/src/text/section-history';
import { currentSectionPage, enactingDocument, SECTION } from '../../../support/fixtures/synthetic-section-history';

const current = () => parseCodeText(currentSectionPage()).sections[0];

const enactment = (recordNumber: string, passedOn: string, withDocument = true): Enactment => ({
  matterId: `m-${recordNumber}`,
  recordNumber,
  title: null,
  passedOn,
  document: withDocument ? { id: `d-${recordNumber}`, marked: enactingDocument(recordNumber) } : null,
});

const BY_DATE: Record<string, Enactment[]> = {
  '2021-01-27': [enactment('O2021-117', '2021-01-27')],
  '2012-11-08': [enactment('O2012-7712', '2012-11-08')],
  '2006-03-29': [enactment('O2006-3329', '2006-03-29')],
};
const linked = (by: Record<string, Enactment[]>) => (e: CodeHistoryEntry) => by[e.date ?? ''] ?? [];

/** The text a redline's hunks leave on one side. */
const side = (hunks: { op: string; text: string }[], which: 'from' | 'to') =>
  hunks
    .filter((h) => h.op !== (which === 'from' ? 'insert' : 'delete'))
    .map((h) => h.text)
    .join('');

describe('rebuildSectionHistory on the 2-173-020 test chain', () => {
  it('undoes O2021-117 and O2012-7712, newest first, each checked against the text it produced, and reports the 2006 step as broken', () => {
    const section = current();
    expect(section.number).toBe(SECTION);
    expect(section.history.map((h) => h.date)).toEqual(['2006-03-29', '2012-11-08', '2021-01-27']);
    const h = rebuildSectionHistory(section, linked(BY_DATE));

    expect(h.steps.map((s) => [s.entry.date, s.enactment?.recordNumber, s.status])).toEqual([
      ['2021-01-27', 'O2021-117', 'VERIFIED'],
      ['2012-11-08', 'O2012-7712', 'VERIFIED'],
      ['2006-03-29', 'O2006-3329', 'MISMATCH'],
    ]);
    expect(h.complete).toBe(false);
    expect(h.broken?.enactment?.recordNumber).toBe('O2006-3329');
    expect(h.broken?.mismatches.length).toBeGreaterThan(0);

    const [v0, v1, v2] = h.versions;
    expect(h.versions).toHaveLength(3);
    expect(v0.text).toBe(section.paragraphs.map((p) => p.text).join('\n'));
    expect(v0.heading).toBe('Immigration enforcement prohibited.');
    expect(v1.heading).toBe('Requesting information prohibited.');
    expect(v1.text).not.toContain('or assist the civil enforcement');
    expect(v1.text).toContain('custody status or release date.');
    expect(v1.text).not.toContain('(6) set up a traffic perimeter');
    expect(v2.text).toContain('based upon an administrative warrant entered into');

    // Each redline turns the older wording into the newer one.
    expect(side(v0.redline!, 'from')).toBe(v1.text);
    expect(side(v0.redline!, 'to')).toBe(v0.text);
    expect(side(v1.redline!, 'from')).toBe(v2.text);
    expect(side(v1.redline!, 'to')).toBe(v1.text);
    expect(v0.redline!.filter((x) => x.op === 'insert').map((x) => x.text.trim())).toContain(
      'or assist the civil enforcement of federal immigration law',
    );
    // The broken step's wording is known (it is the 2012 text), what came before it is not.
    expect(v2.step?.status).toBe('MISMATCH');
    expect(v2.redline).toBeNull();
  });

  it('attributes each passage of the current text to the ordinance that introduced it', () => {
    const h = rebuildSectionHistory(current(), linked(BY_DATE));
    const by = (n: string | null) =>
      h.attribution
        .filter((p) => (p.enactment?.recordNumber ?? null) === n)
        .map((p) => p.text)
        .join('|');
    expect(by('O2021-117')).toContain('or assist the civil enforcement of federal immigration law');
    expect(by('O2021-117')).toContain('set up a traffic perimeter');
    expect(by('O2012-7712')).toContain('including, but not limited to, those');
    expect(by(null)).toContain('No agent or agency shall participate in civil immigration enforcement operations');
    expect(h.attribution.find((p) => p.enactment === null)?.date).toBe('2006-03-29');
    expect(h.attribution.map((p) => p.text).join('')).toBe(h.versions[0].text);
  });

  it('says where the chain breaks when a document is missing or no matter passed that day', () => {
    const noDocument = rebuildSectionHistory(
      current(),
      linked({ ...BY_DATE, '2012-11-08': [enactment('O2012-7712', '2012-11-08', false)] }),
    );
    expect(noDocument.steps.map((s) => s.status)).toEqual(['VERIFIED', 'NO_DOCUMENT']);
    expect(noDocument.versions).toHaveLength(2);
    const noRecord = rebuildSectionHistory(current(), linked({}));
    expect(noRecord.steps.map((s) => s.status)).toEqual(['NO_RECORD']);
    expect(noRecord.broken?.entry.date).toBe('2021-01-27');
    expect(noRecord.versions).toHaveLength(1);
    expect(noRecord.attribution).toEqual([{ text: noRecord.versions[0].text, enactment: null, date: '2021-01-27' }]);
  });

  it('reaches the origin when the adding ordinance matches, attributing the first wording to it', () => {
    const section = current();
    // Synthetic: the section as O2012-7712 would leave it if the 2006 ordinance had added exactly that wording.
    const h2012 = rebuildSectionHistory(section, linked(BY_DATE)).versions[2];
    const adding = `ORDINANCE\nSECTION 1. Chapter 2-173 of the Municipal Code of Chicago is hereby amended by adding a new Section 2-173-020, as follows:\n{+2-173-020 ${h2012.heading}+}\n${h2012.text
      .split('\n')
      .map((l) => `{+${l}+}`)
      .join('\n')}`;
    const h = rebuildSectionHistory(
      section,
      linked({
        ...BY_DATE,
        '2006-03-29': [{ ...enactment('O2006-3329', '2006-03-29'), document: { id: 'd', marked: parseMarkup(adding) } }],
      }),
    );
    expect(h.complete).toBe(true);
    expect(h.broken).toBeNull();
    expect(h.steps.map((s) => s.status)).toEqual(['VERIFIED', 'VERIFIED', 'VERIFIED']);
    expect(h.steps[2].addedSection).toBe(true);
    expect(side(h.versions[2].redline!, 'from')).toBe('');
    expect(h.attribution.find((p) => p.text.includes('No agent or agency'))?.enactment?.recordNumber).toBe('O2006-3329');
  });
});
