import type { CodeChapterVersionRecord, CodeQueryService, CodeSectionVersionRecord } from '@app/code';
import DataLoader from 'dataloader';
import { groupByKey } from './group-by-key.util';

export function createCodeLoaders(code: CodeQueryService) {
  return {
    /** Newest first; the first is the chapter's current version. */
    codeVersionsByChapterId: new DataLoader<string, CodeChapterVersionRecord[]>(async (ids) =>
      groupByKey(ids, await code.versionsOfChapters(ids), (v) => v.chapterId),
    ),
    codeSectionById: new DataLoader<string, CodeSectionVersionRecord | null>(async (ids) => {
      const byId = new Map((await code.sectionsByIds(ids)).map((s) => [s.id, s]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
