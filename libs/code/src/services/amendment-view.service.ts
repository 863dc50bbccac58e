import { Injectable } from '@nestjs/common';
import { AmendmentSectionEntity } from '../entities/amendment-section.entity';
import { AmendmentEntity } from '../entities/amendment.entity';
import { CodeChapterVersionEntity } from '../entities/code-chapter-version.entity';
import { CodeSectionVersionEntity } from '../entities/code-section-version.entity';
import { MatterDocumentEntity } from '../entities/matter-document.entity';
import { AmendmentRepository } from '../repositories/amendment.repository';
import { CodeBaselineRepository } from '../repositories/code-baseline.repository';
import { StoredTextDiff, TextDiffService } from './text-diff.service';

/** A code version an amendment was applied to, with its chapter's number and, when asked, its sections. */
export interface AmendmentBaseline {
  version: CodeChapterVersionEntity;
  chapterNumber: string;
  sections: CodeSectionVersionEntity[];
}

/** What a matter's latest legislation file would change: the one shape behind GraphQL `amendment` and the redline page. */
export interface AmendmentView {
  document: MatterDocumentEntity;
  /** Null while the document has been read but not yet applied. */
  amendment: AmendmentEntity | null;
  sections: AmendmentSectionEntity[];
  /** Stored diffs of the sections, by `diffId`. */
  diffs: Map<string, StoredTextDiff>;
  baseline: AmendmentBaseline[];
}

/** @description Assembles the amendment of a matter with its diffs and baseline versions in a handful of queries. */
@Injectable()
export class AmendmentViewService {
  constructor(
    private readonly repo: AmendmentRepository,
    private readonly code: CodeBaselineRepository,
    private readonly diffs: TextDiffService,
  ) {}

  /**
   * The latest document of the matter and what it amends; null when no document has been read.
   * `baselineSections` also loads the sections of each baseline version (the redline shows the unchanged ones).
   */
  async forMatter(matterId: string, options: { baselineSections: boolean }): Promise<AmendmentView | null> {
    const [document] = await this.repo.latestDocuments([matterId]);
    if (!document) return null;
    const amendment = await this.repo.latestAmendmentOf(document.id);
    if (!amendment) return { document, amendment: null, sections: [], diffs: new Map(), baseline: [] };
    const sections = await this.repo.sections(amendment.id);
    const [diffs, versions, chapters] = await Promise.all([
      this.diffs.byIds(sections.map((s) => s.diffId).filter((id): id is string => id !== null)),
      Promise.all(amendment.chapterVersionIds.map((id) => this.code.version(id))),
      this.code.chapters(),
    ]);
    const baseline = await Promise.all(
      versions
        .filter((v): v is CodeChapterVersionEntity => v !== null)
        .map(async (version) => ({
          version,
          chapterNumber: chapters.find((c) => c.id === version.chapterId)?.number ?? '',
          sections: options.baselineSections ? await this.code.sections(version.sectionIds) : [],
        })),
    );
    return { document, amendment, sections, diffs, baseline };
  }
}
