import * as fs from 'node:fs';
import * as path from 'node:path';
import { AmendmentService, CodeBaselineService, parseMarkup, type ChapterSnapshot, type CodeSectionText } from '@app/code';
import { MatterQueryService, TrackingService, type SourceMatter } from '@app/legislation';
import { TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { AmendmentRepository } from '../../../libs/code/src/repositories/amendment.repository';
import { CodeBaselineRepository } from '../../../libs/code/src/repositories/code-baseline.repository';
import { createCodeContext } from '../../support/app';
import { createTestDatabase, TestDatabase } from '../../support/db';
import { storeMatters } from '../../support/factories/matter.factory';
import { readCapture } from '../../support/fixtures/captures';
import { amlegalBaseline } from '../../unit/code/text/text-fixtures';

const CHAPTER = '2-173';
const DOCUMENTS = path.resolve(__dirname, '../../support/documents');

function snapshot(sections: CodeSectionText[], fetchedAt: Date): ChapterSnapshot {
  return {
    number: CHAPTER,
    title: 'Welcoming City Ordinance',
    sections,
    sectionSources: new Map(sections.map((s) => [s.number, `/codes/chicago/latest/chicago_il/0-0-0-${s.number}`])),
    sourceUrls: sections.map((s) => `/codes/chicago/latest/chicago_il/0-0-0-${s.number}`),
    fetchedAt,
  };
}

/** synthetic-2-173-020-amended: the real 2-173-020 with one word of its first paragraph changed ("shall" → "must"). */
function amended020(sections: CodeSectionText[]): CodeSectionText[] {
  return sections.map((s) =>
    s.number === '2-173-020'
      ? { ...s, paragraphs: s.paragraphs.map((p, i) => (i === 0 ? { ...p, text: p.text.replace(/\bshall\b/, 'must') } : p)) }
      : s,
  );
}

/** Code baseline storage and amendment storage (libs/code) on a real database, through the lib's services. */
describe('code storage', () => {
  let db: TestDatabase;
  let app: TestingModule;
  let ds: DataSource;
  let chapterId: string;
  const events = async () =>
    (await ds.query(`SELECT count(*)::int AS n FROM outbox_event WHERE type = 'code.chapter_changed'`))[0].n as number;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createCodeContext(db);
    ds = app.get(DataSource);
    chapterId = (await app.get(CodeBaselineRepository).chapter(CHAPTER))!.id; // seeded by the migrations
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  describe(CodeBaselineRepository.name, () => {
    const T1 = new Date('2026-07-01T09:00:00Z');
    const T2 = new Date('2026-07-02T09:00:00Z');
    const T3 = new Date('2026-07-03T09:00:00Z');

    it('stores the first reading of 2-173 as version 1 with every section and its source page (no event: a first baseline is not news)', async () => {
      const stored = await app.get(CodeBaselineService).storeSnapshot(snapshot(amlegalBaseline(), T1));
      expect(stored).toMatchObject({ changed: true, version: 1, added: ['2-173-005', '2-173-020', '2-173-030'], amended: [], removed: [] });
      const repo = app.get(CodeBaselineRepository);
      const v1 = (await repo.latestVersion(chapterId))!;
      expect(v1).toMatchObject({ id: stored.chapterVersionId, version: 1 });
      const sections = await repo.sections(v1.sectionIds);
      expect(sections.map((s) => [s.number, s.sourceUrl])).toEqual(
        ['2-173-005', '2-173-020', '2-173-030'].map((n) => [n, `/codes/chicago/latest/chicago_il/0-0-0-${n}`]),
      );
      expect(sections.find((s) => s.number === '2-173-030')!.history.length).toBeGreaterThan(0);
      expect(await events()).toBe(0); // the first baseline is not a change to the law
    });

    it('stores nothing new for the same text read again', async () => {
      const again = await app.get(CodeBaselineService).storeSnapshot(snapshot(amlegalBaseline(), T2));
      expect(again).toMatchObject({ changed: false, version: 1 });
      expect(await app.get(CodeBaselineRepository).versions(chapterId)).toHaveLength(1);
      expect(await events()).toBe(0);
    });

    it('a changed section makes version 2, sharing the unchanged section rows; versionAsOf finds each', async () => {
      const repo = app.get(CodeBaselineRepository);
      const v1 = (await repo.latestVersion(chapterId))!;
      const stored = await app.get(CodeBaselineService).storeSnapshot(snapshot(amended020(amlegalBaseline()), T3));
      expect(stored).toMatchObject({ changed: true, version: 2, added: [], amended: ['2-173-020'], removed: [] });
      const v2 = (await repo.latestVersion(chapterId))!;
      expect(v2.sectionIds.filter((id) => v1.sectionIds.includes(id))).toHaveLength(2);
      expect((await repo.sectionHistory('2-173-020')).map((s) => s.fetchedAt)).toEqual(expect.arrayContaining([T1, T3]));
      expect((await repo.versionAsOf(chapterId, new Date('2026-07-02T12:00:00Z')))!.version).toBe(1);
      expect((await repo.versionAsOf(chapterId, T3))!.version).toBe(2);
      expect(await repo.versionAsOf(chapterId, new Date('2026-06-01T00:00:00Z'))).toBeNull();
      expect(await events()).toBe(1);
    });

    it('two readers storing the same new text at once make one version (the chapter row is locked)', async () => {
      const dropped = amlegalBaseline().filter((s) => s.number !== '2-173-030');
      const svc = app.get(CodeBaselineService);
      const at = new Date('2026-07-04T09:00:00Z');
      const [a, b] = await Promise.all([svc.storeSnapshot(snapshot(dropped, at)), svc.storeSnapshot(snapshot(dropped, at))]);
      expect([a.changed, b.changed].sort()).toEqual([false, true]);
      expect(a.version).toBe(3);
      expect(b.version).toBe(3);
      expect((a.changed ? a : b).removed).toEqual(['2-173-030']);
      expect(await app.get(CodeBaselineRepository).versions(chapterId)).toHaveLength(3);
    });
  });

  describe(AmendmentRepository.name, () => {
    let matterId: string;
    let firstAmendment: { id: string; baselineKey: string };
    const bytes = (name: string) => fs.readFileSync(path.join(DOCUMENTS, name));
    const fetched = (name: string, url: string, at: Date) => ({
      matterId,
      url,
      fileName: name,
      contentType: 'application/pdf',
      bytes: bytes(name),
      document: parseMarkup(fs.readFileSync(path.join(DOCUMENTS, name.replace(/\.pdf$/, '.markup.txt')), 'utf8')),
      fetchedAt: at,
    });

    beforeAll(async () => {
      // The real SO2025-0019977 (two Legislation attachments), tracked by record number.
      const real = readCapture<SourceMatter>('matter-detail-SO2025-0019977.json');
      await storeMatters(app, [real]);
      await app.get(TrackingService).create('record_number', 'SO2025-0019977', 'test', 'test');
      matterId = (await app.get(MatterQueryService).getByRecordNumber('SO2025-0019977')).id;
      // Back to the published 2-173 (version 4: the three sections as read) for the amendment's base-text check.
      await app.get(CodeBaselineService).storeSnapshot(snapshot(amlegalBaseline(), new Date('2026-07-05T09:00:00Z')));
    });

    it('lists a tracked matter’s unread Legislation attachments until a document is stored for each', async () => {
      const repo = app.get(AmendmentRepository);
      const pending = await repo.pendingAttachments();
      expect(pending.map((p) => [p.recordNumber, p.fileName])).toEqual([
        ['SO2025-0019977', 'SO2025-0019977 Substitute Ordinance.pdf'],
        ['SO2025-0019977', 'w15 - o19977.pdf'],
      ]);
      const first = await app
        .get(AmendmentService)
        .storeDocument(fetched('o2023-0004222-amendment.pdf', pending[0].url, new Date('2026-07-06T00:00:00Z')));
      expect(first.created).toBe(true);
      // The same bytes again are the same row.
      expect(
        await app
          .get(AmendmentService)
          .storeDocument(fetched('o2023-0004222-amendment.pdf', pending[0].url, new Date('2026-07-07T00:00:00Z'))),
      ).toEqual({
        documentId: first.documentId,
        created: false,
      });
      expect((await repo.pendingAttachments()).map((p) => p.fileName)).toEqual(['w15 - o19977.pdf']);
    });

    it('stores one amendment per document and baseline, its sections in order, and finds it by chapter', async () => {
      const repo = app.get(AmendmentRepository);
      const [doc] = await repo.latestDocuments([matterId]);
      const amendment = await app.get(AmendmentService).computeForDocument(doc.id);
      expect(await repo.findAmendment(doc.id, amendment.baselineKey)).toMatchObject({ id: amendment.id, matterId });
      const sections = await repo.sections(amendment.id);
      expect(sections.map((s) => [s.number, s.change, s.applied])).toEqual([
        ['2-173-020', 'AMENDED', true],
        ['2-173-025', 'ADDED', true],
        ['2-173-030', 'REPEALED', true],
      ]);
      expect((await app.get(AmendmentService).computeForDocument(doc.id)).id).toBe(amendment.id); // computed once per baseline
      expect(await repo.documentsTouchingChapter(CHAPTER)).toEqual([doc.id]);
      expect(await repo.documentsTouchingChapter('2-174')).toEqual([]);
      expect((await repo.latestAmendmentOf(doc.id))!.id).toBe(amendment.id);
      firstAmendment = amendment;
    });

    it('a newer document of the matter is the latest; a new baseline gives the document a new amendment', async () => {
      const repo = app.get(AmendmentRepository);
      const url = (await repo.pendingAttachments())[0].url;
      const older = await app
        .get(AmendmentService)
        .storeDocument(fetched('o2023-0004222-older-wording.pdf', url, new Date('2026-07-08T00:00:00Z')));
      expect((await repo.latestDocuments([matterId])).map((d) => d.id)).toEqual([older.documentId]);
      await app.get(CodeBaselineService).storeSnapshot(snapshot(amended020(amlegalBaseline()), new Date('2026-07-09T09:00:00Z')));
      const doc = (await repo.documentsTouchingChapter(CHAPTER))[0];
      expect(doc).not.toBe(older.documentId); // the older wording was not computed: it touches no stored amendment yet
      const recomputed = await app.get(AmendmentService).computeForDocument(doc);
      expect(recomputed.id).not.toBe(firstAmendment.id);
      expect(recomputed.baselineKey).not.toBe(firstAmendment.baselineKey);
      expect((await repo.latestAmendmentOf(doc))!.id).toBe(recomputed.id);
      // The changed 2-173-020 no longer matches what the document strikes: reported, not applied.
      const s020 = (await repo.sections(recomputed.id)).find((s) => s.number === '2-173-020')!;
      expect([s020.baseTextMatches, s020.applied]).toEqual([false, false]);
    });
  });
});
