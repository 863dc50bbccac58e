import { resultFromActionName, VoteResult } from '@app/legislation';
import { Injectable } from '@nestjs/common';
import { CodeErrorCode, CodeException } from '../code.exception';
import { CodeSectionVersionEntity } from '../entities/code-section-version.entity';
import { AmendmentRepository } from '../repositories/amendment.repository';
import { CodeBaselineRepository } from '../repositories/code-baseline.repository';
import { SectionHistoryRepository } from '../repositories/section-history.repository';
import { chapterOfSection } from '../text/code-text';
import type { MarkedDocumentFormat } from '../text/marked-text';
import { rebuildSectionHistory, type Enactment, type RebuiltSectionHistory } from '../text/section-history';
import { toCodeSectionText } from './amendment.service';
import { assertChapterNumber, assertSectionNumber } from './code-query.service';

export interface SectionHistory extends RebuiltSectionHistory {
  chapterNumber: string;
  /** The stored section the history starts from (the latest version of its chapter). */
  current: CodeSectionVersionEntity;
}

/**
 * @description The history of each section of a tracked chapter: its history-note citations linked to the
 * matters that passed that day naming the chapter (in title or in a read file), and its earlier wordings
 * rebuilt by undoing those ordinances' marked changes, newest first, as far as their files allow.
 */
@Injectable()
export class SectionHistoryService {
  constructor(
    private readonly baseline: CodeBaselineRepository,
    private readonly amendments: AmendmentRepository,
    private readonly repo: SectionHistoryRepository,
  ) {}

  /** Null when the chapter is not tracked, has not been read, or its latest version lacks the section. */
  async section(number: string): Promise<SectionHistory | null> {
    const n = assertSectionNumber(number);
    const sections = await this.latestSections(chapterOfSection(n));
    const section = sections?.find((s) => s.number === n);
    return section ? (await this.rebuild(chapterOfSection(n), [section]))[0] : null;
  }

  /** Every section of the chapter's latest version, in order; null when the chapter is not tracked or not read. */
  async chapter(number: string): Promise<SectionHistory[] | null> {
    const n = assertChapterNumber(number);
    const sections = await this.latestSections(n);
    return sections ? this.rebuild(n, sections) : null;
  }

  /**
   * The chapter's section histories one at a time (for streamed exports: one section's work in memory at once).
   * Throws CODE_CHAPTER_NOT_FOUND on the first step when the chapter is not tracked or not read.
   */
  async *chapterSections(number: string): AsyncGenerator<SectionHistory> {
    const n = assertChapterNumber(number);
    const sections = await this.latestSections(n);
    if (!sections)
      throw new CodeException(CodeErrorCode.CODE_CHAPTER_NOT_FOUND, `Chapter ${n} is not tracked or has not been read`, { number: n });
    for (const section of sections) yield* await this.rebuild(n, [section]);
  }

  private async latestSections(chapterNumber: string): Promise<CodeSectionVersionEntity[] | null> {
    const chapter = await this.baseline.chapter(chapterNumber);
    const version = chapter && (await this.baseline.latestVersion(chapter.id));
    return version ? this.baseline.sections(version.sectionIds) : null;
  }

  private async rebuild(chapterNumber: string, sections: CodeSectionVersionEntity[]): Promise<SectionHistory[]> {
    const texts = sections.map(toCodeSectionText);
    const days = [...new Set(texts.flatMap((t) => t.history.map((h) => h.date).filter((d): d is string => d !== null)))];
    const passed = (await this.repo.councilActionsOn(chapterNumber, days)).filter(
      (a) => resultFromActionName(a.actionName) === VoteResult.PASSED,
    );
    const documents = new Map(
      (await this.amendments.latestDocuments([...new Set(passed.map((a) => a.matterId))])).map((d) => [d.matterId, d]),
    );
    const byDay = new Map<string, Enactment[]>();
    for (const a of passed) {
      const list = byDay.get(a.day) ?? [];
      if (list.some((e) => e.matterId === a.matterId)) continue;
      const d = documents.get(a.matterId);
      list.push({
        matterId: a.matterId,
        recordNumber: a.recordNumber,
        title: a.title,
        passedOn: a.day,
        document: d ? { id: d.id, marked: { format: d.format as MarkedDocumentFormat, paragraphs: d.paragraphs } } : null,
      });
      byDay.set(a.day, list);
    }
    return texts.map((t, i) => ({
      ...rebuildSectionHistory(t, (entry) => byDay.get(entry.date ?? '') ?? []),
      chapterNumber,
      current: sections[i],
    }));
  }
}
