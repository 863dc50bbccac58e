import { MatterQueryService, MatterRecord } from '@app/legislation';
import {
  AmendmentRecord,
  AmendmentSectionRecord,
  AmendmentService,
  CodeChapterVersionRecord,
  CodeQueryService,
  CodeSectionVersionRecord,
  MatterDocumentRecord,
  StoredTextDiff,
} from '@app/code';
import { Injectable } from '@nestjs/common';

export interface RedlinePageData {
  matter: MatterRecord;
  document: MatterDocumentRecord | null;
  amendment: AmendmentRecord | null;
  sections: AmendmentSectionRecord[];
  diffs: Map<string, StoredTextDiff>;
  /** The code versions the amendment was applied to, with their sections (for the unchanged ones). */
  baseline: { version: CodeChapterVersionRecord; chapterNumber: string; sections: CodeSectionVersionRecord[] }[];
}

/** Everything `/matters/:recordNumber/redline` shows, in a handful of queries. */
@Injectable()
export class RedlinePageQuery {
  constructor(
    private readonly matters: MatterQueryService,
    private readonly amendments: AmendmentService,
    private readonly code: CodeQueryService,
  ) {}

  async load(recordNumber: string): Promise<RedlinePageData> {
    const matter = await this.matters.getByRecordNumber(recordNumber);
    const found = await this.amendments.latestForMatter(matter.id);
    const empty: RedlinePageData = {
      matter,
      document: found?.document ?? null,
      amendment: null,
      sections: [],
      diffs: new Map(),
      baseline: [],
    };
    if (!found?.amendment) return empty;
    const { amendment, sections } = found;
    const [diffs, versions, chapters] = await Promise.all([
      this.amendments.diffsByIds(sections.map((s) => s.diffId).filter((id): id is string => id !== null)),
      Promise.all(amendment.chapterVersionIds.map((id) => this.code.version(id))),
      this.code.chapters(),
    ]);
    const baseline = await Promise.all(
      versions
        .filter((v): v is CodeChapterVersionRecord => v !== null)
        .map(async (version) => ({
          version,
          chapterNumber: chapters.find((c) => c.id === version.chapterId)?.number ?? '',
          sections: await this.code.sectionsByIds(version.sectionIds),
        })),
    );
    return { ...empty, amendment, sections, diffs, baseline };
  }
}
