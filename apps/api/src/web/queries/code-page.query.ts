import {
  CodeChapterRecord,
  CodeChapterVersionRecord,
  CodeErrorCode,
  CodeException,
  CodeQueryService,
  CodeSectionVersionRecord,
  SectionComparison,
  TextCompareService,
} from '@app/code';
import { Injectable } from '@nestjs/common';

export interface CodePageData {
  chapter: CodeChapterRecord;
  versions: CodeChapterVersionRecord[];
  sections: CodeSectionVersionRecord[];
  comparison: { from: CodeChapterVersionRecord; to: CodeChapterVersionRecord; sections: SectionComparison[] } | null;
}

/** `/code/:chapter`: the latest text, the version list and, when asked, a diff of two versions. */
@Injectable()
export class CodePageQuery {
  constructor(
    private readonly code: CodeQueryService,
    private readonly compare: TextCompareService,
  ) {}

  async load(number: string, compare: { from: string; to: string } | null): Promise<CodePageData> {
    const chapter = await this.code.chapter(number);
    if (!chapter) throw new CodeException(CodeErrorCode.CODE_CHAPTER_NOT_FOUND, `Chapter ${number} is not tracked`, { number });
    const versions = await this.code.versions(chapter.id);
    const sections = versions[0] ? await this.code.sections(versions[0]) : [];
    let comparison: CodePageData['comparison'] = null;
    if (compare) {
      const pick = (v: string) => {
        const found = /^\d{1,6}$/.test(v) ? versions.find((x) => x.version === Number(v)) : undefined;
        if (!found) throw new CodeException(CodeErrorCode.INVALID_TEXT_REF, `Chapter ${number} has no version ${v}`, { version: v });
        return found;
      };
      const from = pick(compare.from);
      const to = pick(compare.to);
      const result = await this.compare.compare(`chapter:${from.id}`, `chapter:${to.id}`);
      comparison = { from, to, sections: result.sections };
    }
    return { chapter, versions, sections, comparison };
  }
}
