import { AmendmentService, CodeBaselineService, parseCodeText, parseMarkup, SectionHistoryService } from '@app/code';
import { MatterQueryService, type SourceMatter } from '@app/legislation';
import { TestingModule } from '@nestjs/testing';
import { createCodeContext } from '../../support/app';
import { createTestDatabase, TestDatabase } from '../../support/db';
import { storeMatters } from '../../support/factories/matter.factory';
import {
  currentSectionPage,
  ENACTING_DOCUMENTS,
  enactingDocument,
  sectionHistoryMatters,
} from '../../support/fixtures/synthetic-section-history';

/**
 * synthetic-section-history-boundaries: four more matters cloned from the test chain's O2021-117 (its shape and
 * title or a made-up one), each with one Council action near 2021-01-27 in Chicago time, to pin what "passed that
 * day naming the chapter" means in SQL on each database.
 */
function boundaryMatters(): SourceMatter[] {
  const [o2021] = sectionHistoryMatters();
  const clone = (n: number, recordNumber: string, title: string, actionDate: string, actionName = 'Passed'): SourceMatter =>
    ({
      ...o2021,
      matterId: `5EC70000-0000-4000-8000-0000000030${n}0`,
      recordNumber,
      legacyRecordNumber: recordNumber,
      title,
      shortTitle: title,
      actions: [{ ...o2021.actions![0], actionDate, actionName, historyId: `5EC70000-0000-4000-8000-0000000031${n}0` }],
    }) as SourceMatter;
  return [
    // 23:59 CST on 2021-01-27: the same Chicago day.
    clone(1, 'O2021-9001', 'Amendment of Municipal Code Section 2-173-020 (late that evening)', '2021-01-28T05:59:00+00:00'),
    // 23:59 CST on 2021-01-26: the day before.
    clone(2, 'O2021-9002', 'Amendment of Municipal Code Chapter 2-173 (the day before)', '2021-01-27T05:59:00+00:00'),
    // Same day, but a title about another chapter (12-173 is not 2-173) and no file.
    clone(3, 'O2021-9003', 'Amendment of Municipal Code Chapter 12-173', '2021-01-27T06:00:00+00:00'),
    // Same day, a title naming no chapter, and a file that names 2-173-020: linked through its text.
    clone(4, 'O2021-9004', 'Omnibus amendment of the Municipal Code', '2021-01-27T06:00:00+00:00'),
  ];
}

describe('section history on a real database', () => {
  let db: TestDatabase;
  let app: TestingModule;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createCodeContext(db);
    const sections = parseCodeText(currentSectionPage()).sections;
    await app.get(CodeBaselineService).storeSnapshot({
      number: '2-173',
      title: 'Welcoming City Ordinance',
      sections,
      sectionSources: new Map([['2-173-020', '/codes/chicago/latest/chicago_il/0-0-0-2605272']]),
      sourceUrls: ['/codes/chicago/latest/chicago_il/0-0-0-2605272'],
      fetchedAt: new Date('2026-07-01T09:00:00Z'),
    });
    await storeMatters(app, [...sectionHistoryMatters(), ...boundaryMatters()]);
    const documents: Record<string, string> = {
      ...ENACTING_DOCUMENTS,
      'O2021-9004': 'SECTION 7. Section 2-173-020 of the Municipal Code of Chicago is hereby amended by adding a sentence, as follows:',
    };
    for (const [recordNumber, text] of Object.entries(documents)) {
      const matter = await app.get(MatterQueryService).getByRecordNumber(recordNumber);
      await app.get(AmendmentService).storeDocument({
        matterId: matter.id,
        url: `https://example.test/${recordNumber}.txt`,
        fileName: null,
        contentType: 'text/plain',
        bytes: new TextEncoder().encode(text),
        document: ENACTING_DOCUMENTS[recordNumber] ? enactingDocument(recordNumber) : parseMarkup(text),
        fetchedAt: new Date('2026-07-16T21:00:00Z'),
      });
    }
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('links a citation to the matters passed that Chicago day naming the chapter in title or file, and no others', async () => {
    const h = (await app.get(SectionHistoryService).section('2-173-020'))!;
    const [jan2021, nov2012, mar2006] = h.steps;
    expect(jan2021.entry.date).toBe('2021-01-27');
    // O2017-1018 failed that day; O2021-9002 passed the day before; O2021-9003 names 12-173.
    expect(jan2021.candidates.map((c) => c.recordNumber).sort()).toEqual(['O2021-117', 'O2021-9001', 'O2021-9004']);
    // The one whose file amends the section is the enacting one, whatever the order.
    expect(jan2021).toMatchObject({ status: 'VERIFIED', enactment: { recordNumber: 'O2021-117', passedOn: '2021-01-27' } });
    expect(nov2012).toMatchObject({ status: 'VERIFIED', enactment: { recordNumber: 'O2012-7712' } });
    expect(mar2006).toMatchObject({ status: 'MISMATCH', enactment: { recordNumber: 'O2006-3329' } });
    expect(h.versions.map((v) => v.step?.enactment?.recordNumber)).toEqual(['O2021-117', 'O2012-7712', 'O2006-3329']);
  });

  it('reads a chapter section by section and says when the chapter is unknown', async () => {
    const all = (await app.get(SectionHistoryService).chapter('2-173'))!;
    expect(all.map((h) => h.number)).toEqual(['2-173-020']);
    const streamed = [];
    for await (const h of app.get(SectionHistoryService).chapterSections('2-173')) streamed.push(h.number);
    expect(streamed).toEqual(['2-173-020']);
    expect(await app.get(SectionHistoryService).chapter('9-999')).toBeNull();
    await expect(app.get(SectionHistoryService).chapterSections('9-999').next()).rejects.toMatchObject({ code: 'CODE_CHAPTER_NOT_FOUND' });
  });
});
