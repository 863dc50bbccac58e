import { Clock, JOBS } from '@app/core';
import {
  AmendmentService,
  CodeBaselineService,
  compareSectionNumbers,
  type ChapterSnapshot,
  parseCodeText,
  type CodeSectionText,
} from '@app/code';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { RunRecorder, RunSummary } from '../sync/run-recorder.service';
import { DOCUMENT_FETCHERS, DocumentFetchers } from '../sync/document-fetchers.factory';
import { codePageText } from './code-page-text';
import { CodeSourceError } from './code-source.errors';

/**
 * @description Re-reads every tracked Municipal Code chapter from the publisher's pages. All pages of
 * all chapters are fetched and parsed before anything is written, so a page that fails or no longer
 * holds its sections fails the run and leaves the stored baseline as it was.
 */
@Injectable()
export class CodeSyncService {
  private readonly logger = new Logger(CodeSyncService.name);

  constructor(
    @Inject(DOCUMENT_FETCHERS) private readonly fetchers: DocumentFetchers,
    private readonly recorder: RunRecorder,
    private readonly baseline: CodeBaselineService,
    private readonly amendments: AmendmentService,
    private readonly clock: Clock,
  ) {}

  sync(): Promise<RunSummary> {
    return this.recorder.record(JOBS.codeSync, {}, async (ctx) => {
      const chapters = await this.baseline.trackedChapters();
      const snapshots: ChapterSnapshot[] = [];
      for (const chapter of chapters) snapshots.push(await this.read(chapter.number, chapter.title, chapter.sourceUrls));
      ctx.counts.fetched = snapshots.reduce((n, s) => n + s.sourceUrls.length, 0);
      for (const snapshot of snapshots) {
        const stored = await this.baseline.storeSnapshot(snapshot);
        if (!stored.changed) {
          ctx.counts.unchanged++;
          continue;
        }
        if (stored.version === 1) ctx.counts.created++;
        else ctx.counts.updated++;
        const refreshed = await this.amendments.refreshForChapter(snapshot.number);
        if (refreshed) ctx.warnings.push(`chapter ${snapshot.number} changed: ${refreshed} amendment(s) re-applied to v${stored.version}`);
      }
    });
  }

  private async read(number: string, title: string | null, sourceUrls: string[]): Promise<ChapterSnapshot> {
    const sections = new Map<string, CodeSectionText>();
    const sectionSources = new Map<string, string>();
    const fetchedAt = this.clock.now();
    for (const source of sourceUrls) {
      const page = await this.fetchers.codeLibrary.getBytes(source, 'text/html, text/plain;q=0.9');
      const body = Buffer.from(page.bytes).toString('utf8');
      // The second input form: a plain-text dump of sections, as served or saved.
      const isHtml = /html/i.test(page.contentType ?? '') || /^\s*</.test(body);
      const text = isHtml ? codePageText(body).text : body;
      let found = 0;
      for (const s of parseCodeText(text, { chapter: number }).sections) {
        if (!s.number.startsWith(`${number}-`)) continue;
        found++;
        if (sections.has(s.number)) continue;
        sections.set(s.number, s);
        sectionSources.set(s.number, page.url);
      }
      if (found === 0)
        throw new CodeSourceError(page.url, `no section of chapter ${number} recognised in the page (${text.length} characters of text)`);
    }
    const ordered = [...sections.values()].sort((a, b) => compareSectionNumbers(a.number, b.number));
    this.logger.log(`chapter ${number}: ${ordered.length} sections from ${sourceUrls.length} pages`);
    return { number, title, sections: ordered, sectionSources, sourceUrls, fetchedAt };
  }
}
