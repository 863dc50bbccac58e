import { AmendmentService } from '@app/code';
import { MatterQueryService } from '@app/legislation';
import { SyncJobsService } from '@app/scraper';
import { ApiTestApp, startApiApp } from './api-app';
import { storeMatters } from './factories/matter.factory';
import { ENACTING_DOCUMENTS, enactingDocument, PATCHED_HISTORY_NOTE, sectionHistoryMatters } from './fixtures/synthetic-section-history';

export const HISTORY = `query ($n: String!) { codeSectionHistory(number: $n) {
  number chapterNumber heading complete permalink
  versions { heading text since status insertedWords deletedWords enactedBy { recordNumber passedOn url } redline { op text } }
  steps { status entry { date journalPage raw } enactment { recordNumber } candidates { recordNumber } addedSection }
  broken { status entry { date } enactment { recordNumber } mismatches { expected found differingWords { op text } } }
  attribution { text date enactment { recordNumber } }
} }`;

/** The api over the replayed captures, 2-173 read from the replayed publisher's pages (2-173-020 with the patched note), the test chain's matters and files stored. */
export async function startHistoryApp(): Promise<ApiTestApp> {
  const t = await startApiApp({
    fill: {},
    replay: {
      // synthetic: the real 2-173-020 excerpt ends before its history note; the test chain appends one (see the fixture).
      transformCodePage: (p, html) =>
        p.endsWith('/0-0-0-2605272') ? html.replace('</main>', `<p>${PATCHED_HISTORY_NOTE}</p>\n</main>`) : html,
    },
  });
  const { ScraperModule } = await import('@app/scraper');
  await t.app.select(ScraperModule).get(SyncJobsService).run('code.sync');
  await storeMatters(t.app, sectionHistoryMatters());
  const matters = t.app.get(MatterQueryService);
  for (const recordNumber of Object.keys(ENACTING_DOCUMENTS)) {
    const matter = await matters.getByRecordNumber(recordNumber);
    await t.app.get(AmendmentService).storeDocument({
      matterId: matter.id,
      url: `https://example.test/${recordNumber}.txt`,
      fileName: `${recordNumber}.txt`,
      contentType: 'text/plain',
      bytes: new TextEncoder().encode(ENACTING_DOCUMENTS[recordNumber]),
      document: enactingDocument(recordNumber),
      fetchedAt: new Date('2026-07-16T21:00:00Z'),
    });
  }
  return t;
}
