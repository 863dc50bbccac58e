import { Injectable } from '@nestjs/common';
import { CodeChapterVersionEntity } from '../entities/code-chapter-version.entity';
import { CodeChapterEntity } from '../entities/code-chapter.entity';
import { CodeSectionVersionEntity } from '../entities/code-section-version.entity';
import { CodeErrorCode, CodeException } from '../code.exception';
import { CodeBaselineRepository } from '../repositories/code-baseline.repository';
import { chapterOfSection } from '../text/code-text';

export type CodeChapterRecord = CodeChapterEntity;
export type CodeChapterVersionRecord = CodeChapterVersionEntity;
export type CodeSectionVersionRecord = CodeSectionVersionEntity;

const CHAPTER = /^\d{1,2}[A-Z]?-\d{1,3}[A-Z]?$/;
const SECTION = /^\d{1,2}[A-Z]?-\d{1,3}[A-Z]?-\d{3}[A-Z]?(\.\d+)?$/;

export function assertChapterNumber(number: string): string {
  const n = number.trim();
  if (!CHAPTER.test(n))
    throw new CodeException(CodeErrorCode.INVALID_CODE_NUMBER, `"${number}" is not a Municipal Code chapter number (expected e.g. 2-173)`, {
      number,
    });
  return n;
}

export function assertSectionNumber(number: string): string {
  const n = number.trim();
  if (!SECTION.test(n))
    throw new CodeException(
      CodeErrorCode.INVALID_CODE_NUMBER,
      `"${number}" is not a Municipal Code section number (expected e.g. 2-173-020)`,
      { number },
    );
  return n;
}

/** @description Reads the stored Municipal Code baseline: chapters, their versions, sections as of a date. */
@Injectable()
export class CodeQueryService {
  constructor(private readonly repo: CodeBaselineRepository) {}

  chapters(): Promise<CodeChapterRecord[]> {
    return this.repo.chapters();
  }

  async chapter(number: string): Promise<CodeChapterRecord | null> {
    return this.repo.chapter(assertChapterNumber(number));
  }

  versions(chapterId: string): Promise<CodeChapterVersionRecord[]> {
    return this.repo.versions(chapterId);
  }

  /** Batch read for loaders: every version of each chapter, newest first. */
  versionsOfChapters(chapterIds: readonly string[]): Promise<CodeChapterVersionRecord[]> {
    return this.repo.versionsOfChapters(chapterIds);
  }

  version(id: string): Promise<CodeChapterVersionRecord | null> {
    return this.repo.version(id);
  }

  versionAsOf(chapterId: string, asOf: Date | null): Promise<CodeChapterVersionRecord | null> {
    return this.repo.versionAsOf(chapterId, asOf);
  }

  sections(version: CodeChapterVersionRecord): Promise<CodeSectionVersionRecord[]> {
    return this.repo.sections(version.sectionIds);
  }

  sectionsByIds(ids: readonly string[]): Promise<CodeSectionVersionRecord[]> {
    return this.repo.sections(ids);
  }

  sectionVersion(id: string): Promise<CodeSectionVersionRecord | null> {
    return this.repo.section(id);
  }

  /** The section as the stored code read at `asOf` (null: the latest); null when it did not exist then. */
  async sectionAsOf(number: string, asOf: Date | null): Promise<CodeSectionVersionRecord | null> {
    const n = assertSectionNumber(number);
    const chapter = await this.repo.chapter(chapterOfSection(n));
    if (!chapter) return null;
    const version = await this.repo.versionAsOf(chapter.id, asOf);
    if (!version) return null;
    return (await this.repo.sections(version.sectionIds)).find((s) => s.number === n) ?? null;
  }

  sectionHistory(number: string): Promise<CodeSectionVersionRecord[]> {
    return this.repo.sectionHistory(assertSectionNumber(number));
  }
}
