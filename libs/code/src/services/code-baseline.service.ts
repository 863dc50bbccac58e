import { createHash } from 'node:crypto';
import { AppConfig, bumpDataVersion, OutboundPolicy, OutboundTargetRefusedError, UnitOfWork, writeOutboxEvents } from '@app/core';
import { Injectable, Logger } from '@nestjs/common';
import { LEGISLATION_EVENTS } from '@app/legislation';
import { CodeSectionText, normalizeCodeText, sectionBodyText } from '../text/code-text';
import { CodeChapterEntity } from '../entities/code-chapter.entity';
import { CodeBaselineRepository } from '../repositories/code-baseline.repository';
import { CodeErrorCode, CodeException } from '../code.exception';
import { assertChapterNumber } from './code-query.service';

export interface ChapterSnapshot {
  number: string;
  title: string | null;
  sections: readonly CodeSectionText[];
  /** The page each section was read from. */
  sectionSources: ReadonlyMap<string, string>;
  sourceUrls: readonly string[];
  fetchedAt: Date;
}

export interface StoredSnapshot {
  changed: boolean;
  chapterVersionId: string;
  version: number;
  added: string[];
  amended: string[];
  removed: string[];
}

/** The text a section version is compared on: what a reader would call "the same wording". */
export function sectionContentHash(s: CodeSectionText): string {
  const text = [s.heading, sectionBodyText(s), s.historyNote ?? ''].map(normalizeCodeText).join('\n');
  return createHash('sha256').update(text).digest('hex');
}

/**
 * @description Stores the Municipal Code baseline as immutable versions: a chapter version only when
 * its normalised text changed, sharing unchanged section versions with the previous one, and the
 * `code.chapter_changed` event in the same transaction.
 */
@Injectable()
export class CodeBaselineService {
  private readonly logger = new Logger(CodeBaselineService.name);

  constructor(
    private readonly repo: CodeBaselineRepository,
    private readonly uow: UnitOfWork,
    private readonly config: AppConfig,
    private readonly outbound: OutboundPolicy,
  ) {}

  trackedChapters(): Promise<CodeChapterEntity[]> {
    return this.repo.chapters(true);
  }

  /** Pages are paths on the code library or URLs on a source host; any other URL is refused here, before a fetch. */
  trackChapter(number: string, title: string | null, sourceUrls: string[]): Promise<CodeChapterEntity> {
    const chapter = assertChapterNumber(number);
    for (const url of sourceUrls) {
      if (!/^[a-z][a-z0-9+.-]*:/i.test(url)) continue; // a path: the fetcher puts it on CODE_LIBRARY_BASE_URL
      try {
        this.outbound.assertSourceUrl(url);
      } catch (err) {
        if (err instanceof OutboundTargetRefusedError)
          throw new CodeException(CodeErrorCode.CODE_SOURCE_REFUSED, err.message, { url, refusal: err.code });
        throw err;
      }
    }
    // The chapter list and code pages are public reads: the change must reach cached answers when it commits.
    return this.uow.transaction(async (tx) => {
      const saved = await this.repo.upsertChapter(chapter, title, sourceUrls, tx);
      await bumpDataVersion(tx);
      return saved;
    });
  }

  untrackChapter(number: string): Promise<boolean> {
    const chapter = assertChapterNumber(number);
    return this.uow.transaction(async (tx) => {
      const changed = await this.repo.setTracked(chapter, false, tx);
      if (changed) await bumpDataVersion(tx);
      return changed;
    });
  }

  async storeSnapshot(snapshot: ChapterSnapshot): Promise<StoredSnapshot> {
    const chapter = await this.repo.chapter(snapshot.number);
    if (!chapter) throw new Error(`Chapter ${snapshot.number} is not tracked`);
    const hashes = snapshot.sections.map(sectionContentHash);
    const chapterHash = createHash('sha256')
      .update([normalizeCodeText(snapshot.title ?? ''), ...snapshot.sections.map((s, i) => `${s.number}:${hashes[i]}`)].join('\n'))
      .digest('hex');

    return this.uow.transaction(async (tx) => {
      await this.repo.lockChapter(chapter.id, tx);
      const latest = await this.repo.latestVersion(chapter.id, tx);
      await this.repo.touch(chapter.id, snapshot.fetchedAt, tx);
      if (latest && latest.contentHash === chapterHash) {
        return { changed: false, chapterVersionId: latest.id, version: latest.version, added: [], amended: [], removed: [] };
      }

      const previous = new Map((await this.repo.sections(latest?.sectionIds ?? [], tx)).map((s) => [s.number, s]));
      const sectionIds: string[] = [];
      const added: string[] = [];
      const amended: string[] = [];
      for (const [i, s] of snapshot.sections.entries()) {
        const before = previous.get(s.number);
        if (before && before.contentHash === hashes[i]) {
          sectionIds.push(before.id);
          continue;
        }
        (before ? amended : added).push(s.number);
        sectionIds.push(
          await this.repo.insertSection(
            {
              chapterId: chapter.id,
              number: s.number,
              heading: s.heading,
              body: sectionBodyText(s),
              paragraphs: s.paragraphs.map((p) => ({ marker: p.marker, level: p.level, text: p.text })),
              historyNote: s.historyNote,
              history: s.history,
              contentHash: hashes[i]!,
              sourceUrl: snapshot.sectionSources.get(s.number) ?? null,
              fetchedAt: snapshot.fetchedAt,
            },
            tx,
          ),
        );
      }
      const numbers = new Set(snapshot.sections.map((s) => s.number));
      const removed = [...previous.keys()].filter((n) => !numbers.has(n));
      const version = await this.repo.insertVersion(
        {
          chapterId: chapter.id,
          version: (latest?.version ?? 0) + 1,
          title: snapshot.title ?? chapter.title,
          contentHash: chapterHash,
          sourceUrls: [...snapshot.sourceUrls],
          fetchedAt: snapshot.fetchedAt,
          sectionIds,
        },
        tx,
      );
      // The code pages, redlines and amendments read this version: cached answers go when it commits.
      await bumpDataVersion(tx);
      // The first baseline is not a change to the law; later versions are.
      if (latest) {
        await writeOutboxEvents(
          [
            {
              type: LEGISLATION_EVENTS.codeChapterChanged,
              dedupKey: `${LEGISLATION_EVENTS.codeChapterChanged}:${chapter.id}:v${version.version}`,
              subject: chapter.number,
              occurredAt: snapshot.fetchedAt,
              data: {
                chapter: {
                  number: chapter.number,
                  title: version.title,
                  version: version.version,
                  previousVersion: latest.version,
                  fetchedAt: snapshot.fetchedAt.toISOString(),
                  url: `${this.config.publicBaseUrl}/code/${encodeURIComponent(chapter.number)}`,
                },
                chapters: [chapter.number],
                sections: { added, amended, removed },
              },
            },
          ],
          tx,
        );
      }
      this.logger.log(`chapter ${chapter.number} v${version.version}: +${added.length} ~${amended.length} -${removed.length}`);
      return { changed: true, chapterVersionId: version.id, version: version.version, added, amended, removed };
    });
  }
}
