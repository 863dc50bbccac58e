import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CodeChapterVersionEntity } from '../entities/code-chapter-version.entity';
import { CodeChapterEntity } from '../entities/code-chapter.entity';
import { CodeSectionVersionEntity } from '../entities/code-section-version.entity';

export type NewSectionVersion = Omit<CodeSectionVersionEntity, 'id'>;
export type NewChapterVersion = Omit<CodeChapterVersionEntity, 'id'>;

@Injectable()
export class CodeBaselineRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private m(tx?: EntityManager): EntityManager {
    return tx ?? this.dataSource.manager;
  }

  chapters(trackedOnly = false): Promise<CodeChapterEntity[]> {
    return this.m().find(CodeChapterEntity, { where: trackedOnly ? { tracked: true } : {}, order: { number: 'ASC' } });
  }

  chapter(number: string, tx?: EntityManager): Promise<CodeChapterEntity | null> {
    return this.m(tx).findOne(CodeChapterEntity, { where: { number } });
  }

  async upsertChapter(number: string, title: string | null, sourceUrls: string[], tx: EntityManager): Promise<CodeChapterEntity> {
    await tx.query(
      `INSERT INTO code_chapter (number, title, source_urls, tracked) VALUES ($1, $2, $3, true)
       ON CONFLICT (number) DO UPDATE SET title = COALESCE(EXCLUDED.title, code_chapter.title),
         source_urls = EXCLUDED.source_urls, tracked = true
`,
      [number, title, sourceUrls],
    );
    return (await this.chapter(number, tx))!;
  }

  async setTracked(number: string, tracked: boolean, tx: EntityManager): Promise<boolean> {
    const res = await tx.update(CodeChapterEntity, { number }, { tracked });
    return (res.affected ?? 0) > 0;
  }

  async touch(chapterId: string, at: Date, tx?: EntityManager): Promise<void> {
    await this.m(tx).update(CodeChapterEntity, { id: chapterId }, { lastCheckedAt: at });
  }

  /** Serialises writers of one chapter, so two workers never both write version N+1. */
  async lockChapter(chapterId: string, tx: EntityManager): Promise<void> {
    await tx.query(`SELECT id FROM code_chapter WHERE id = $1 FOR UPDATE`, [chapterId]);
  }

  latestVersion(chapterId: string, tx?: EntityManager): Promise<CodeChapterVersionEntity | null> {
    return this.m(tx).findOne(CodeChapterVersionEntity, { where: { chapterId }, order: { version: 'DESC' } });
  }

  /** The latest version of each chapter whose fetch time is at or before `asOf` (null: now). */
  async versionAsOf(chapterId: string, asOf: Date | null): Promise<CodeChapterVersionEntity | null> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM code_chapter_version WHERE chapter_id = $1 AND ($2::timestamptz IS NULL OR fetched_at <= $2)
        ORDER BY version DESC LIMIT 1`,
      [chapterId, asOf],
    );
    return rows[0] ? this.m().findOne(CodeChapterVersionEntity, { where: { id: rows[0].id } }) : null;
  }

  versions(chapterId: string): Promise<CodeChapterVersionEntity[]> {
    return this.m().find(CodeChapterVersionEntity, { where: { chapterId }, order: { version: 'DESC' } });
  }

  /** Every version of each chapter, newest first (one query for a page of chapters). */
  versionsOfChapters(chapterIds: readonly string[]): Promise<CodeChapterVersionEntity[]> {
    if (chapterIds.length === 0) return Promise.resolve([]);
    return this.m()
      .createQueryBuilder(CodeChapterVersionEntity, 'v')
      .where('v.chapterId IN (:...chapterIds)', { chapterIds })
      .orderBy('v.version', 'DESC')
      .getMany();
  }

  version(id: string): Promise<CodeChapterVersionEntity | null> {
    return this.m().findOne(CodeChapterVersionEntity, { where: { id } });
  }

  /** Section versions by id, in the order of `ids`. */
  async sections(ids: readonly string[], tx?: EntityManager): Promise<CodeSectionVersionEntity[]> {
    if (ids.length === 0) return [];
    const rows = await this.m(tx).createQueryBuilder(CodeSectionVersionEntity, 's').where('s.id IN (:...ids)', { ids }).getMany();
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id)).filter((r): r is CodeSectionVersionEntity => r !== undefined);
  }

  section(id: string): Promise<CodeSectionVersionEntity | null> {
    return this.m().findOne(CodeSectionVersionEntity, { where: { id } });
  }

  /** Every stored version of a section, newest first. */
  sectionHistory(number: string): Promise<CodeSectionVersionEntity[]> {
    return this.m().find(CodeSectionVersionEntity, { where: { number }, order: { fetchedAt: 'DESC' } });
  }

  async insertSection(row: NewSectionVersion, tx: EntityManager): Promise<string> {
    const saved = await tx.save(CodeSectionVersionEntity, tx.create(CodeSectionVersionEntity, row));
    return saved.id;
  }

  async insertVersion(row: NewChapterVersion, tx: EntityManager): Promise<CodeChapterVersionEntity> {
    return tx.save(CodeChapterVersionEntity, tx.create(CodeChapterVersionEntity, row));
  }
}
