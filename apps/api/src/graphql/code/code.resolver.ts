import { AppConfig } from '@app/core';
import { MatterQueryService } from '@app/legislation';
import { AmendmentService, CodeBaselineService, CodeQueryService, TextCompareService } from '@app/code';
import { UseGuards } from '@nestjs/common';
import { Args, GraphQLISODateTime, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { OperatorGuard } from '../../auth/operator.guard';
import { Amendment } from './amendment.model';
import { CodeChapter, CodeChapterVersion, CodeSection, TrackCodeChapterInput } from './code.model';
import { toAmendmentSectionModel, toDocumentModel, toHunkModels, toSectionModel, toVersionModel } from './code.mapper';
import { SectionChangeKind, TextDiff } from './diff.model';

@Resolver(() => CodeChapter)
export class CodeChapterResolver {
  constructor(
    private readonly code: CodeQueryService,
    private readonly baseline: CodeBaselineService,
    private readonly config: AppConfig,
  ) {}

  @Query(() => [CodeChapter], { description: 'The Municipal Code chapters the tracker keeps a baseline of.' })
  codeChapters(): Promise<CodeChapter[]> {
    return this.code.chapters();
  }

  @Query(() => CodeChapter, {
    nullable: true,
    description: 'A chapter by number (e.g. 2-173); null when it is not tracked. BAD_USER_INPUT if malformed.',
  })
  codeChapter(@Args('number', { type: () => String }) number: string): Promise<CodeChapter | null> {
    return this.code.chapter(number);
  }

  @Query(() => CodeSection, {
    nullable: true,
    description: 'A section as the stored code read at `asOf` (default: now); null when it did not exist then.',
  })
  async codeSection(
    @Args('number', { type: () => String }) number: string,
    @Args('asOf', { type: () => GraphQLISODateTime, nullable: true }) asOf?: Date | null,
  ): Promise<CodeSection | null> {
    const s = await this.code.sectionAsOf(number, asOf ?? null);
    return s && toSectionModel(s, this.config.publicBaseUrl);
  }

  @ResolveField(() => CodeChapterVersion, { nullable: true, description: 'The latest stored version; null before the first read.' })
  async currentVersion(@Parent() c: CodeChapter): Promise<CodeChapterVersion | null> {
    const v = await this.code.versionAsOf(c.id, null);
    return v && toVersionModel(v);
  }

  @ResolveField(() => [CodeChapterVersion], { description: 'Every stored version, newest first.' })
  async versions(@Parent() c: CodeChapter): Promise<CodeChapterVersion[]> {
    return (await this.code.versions(c.id)).map(toVersionModel);
  }

  @ResolveField(() => [CodeSection], { description: 'The sections of the latest version, in order.' })
  async sections(@Parent() c: CodeChapter): Promise<CodeSection[]> {
    const v = await this.code.versionAsOf(c.id, null);
    return v ? (await this.code.sections(v)).map((s) => toSectionModel(s, this.config.publicBaseUrl)) : [];
  }

  @Mutation(() => CodeChapter, {
    description: 'Operators only (API key). Track a chapter (or change its pages); it is read on the next code sync.',
  })
  @UseGuards(OperatorGuard)
  trackCodeChapter(@Args('input') input: TrackCodeChapterInput): Promise<CodeChapter> {
    return this.baseline.trackChapter(input.number, input.title ?? null, input.sourceUrls);
  }

  @Mutation(() => Boolean, { description: 'Operators only (API key). Stop reading a chapter; its stored versions are kept.' })
  @UseGuards(OperatorGuard)
  untrackCodeChapter(@Args('number', { type: () => String }) number: string): Promise<boolean> {
    return this.baseline.untrackChapter(number);
  }
}

@Resolver(() => CodeChapterVersion)
export class CodeChapterVersionResolver {
  constructor(
    private readonly code: CodeQueryService,
    private readonly config: AppConfig,
  ) {}

  @ResolveField(() => [CodeSection])
  async sections(@Parent() v: CodeChapterVersion): Promise<CodeSection[]> {
    return (await this.code.sectionsByIds(v.sectionIds)).map((s) => toSectionModel(s, this.config.publicBaseUrl));
  }
}

@Resolver(() => Amendment)
export class AmendmentResolver {
  constructor(
    private readonly matters: MatterQueryService,
    private readonly amendments: AmendmentService,
    private readonly code: CodeQueryService,
    private readonly compare: TextCompareService,
    private readonly config: AppConfig,
  ) {}

  @Query(() => Amendment, {
    nullable: true,
    description:
      'What the matter’s legislation file would change in the Municipal Code; null until its file has been read. NOT_FOUND for an unknown matter.',
  })
  async amendment(@Args('recordNumber', { type: () => String }) recordNumber: string): Promise<Amendment | null> {
    const matter = await this.matters.getByRecordNumber(recordNumber);
    const found = await this.amendments.latestForMatter(matter.id);
    if (!found?.amendment) return null;
    const { document, amendment, sections } = found;
    const diffs = await this.amendments.diffsByIds(sections.map((s) => s.diffId).filter((id): id is string => id !== null));
    const redlineUrl = `${this.config.publicBaseUrl}/matters/${encodeURIComponent(matter.recordNumber)}/redline`;
    const baseline = (await Promise.all(amendment.chapterVersionIds.map((id) => this.code.version(id)))).filter((v) => v !== null);
    return {
      id: amendment.id,
      textRef: `amendment:${amendment.id}`,
      recordNumber: matter.recordNumber,
      document: toDocumentModel(document),
      computedAt: amendment.computedAt,
      effectiveDate: amendment.effectiveDate,
      baseTextMatches: sections.every((s) => s.baseTextMatches !== false),
      sections: sections.map((s) => toAmendmentSectionModel(s, s.diffId ? diffs.get(s.diffId) : undefined, redlineUrl)),
      otherSections: amendment.unparsed.map((u) => u.text),
      baseline: baseline.map(toVersionModel),
      redlineUrl,
    };
  }

  @Query(() => TextDiff, {
    description:
      'Section-aware word diff between two stored texts: section:<id>, chapter:<id>, amendment:<id> (the code as amended) or document:<id>. BAD_USER_INPUT for a malformed reference, NOT_FOUND for an unknown one.',
  })
  async diff(@Args('from', { type: () => String }) from: string, @Args('to', { type: () => String }) to: string): Promise<TextDiff> {
    const r = await this.compare.compare(from, to);
    return {
      from: { ref: r.from.ref, label: r.from.label },
      to: { ref: r.to.ref, label: r.to.label },
      sections: r.sections.map((s) => ({
        number: s.number,
        heading: s.heading,
        change: s.change as SectionChangeKind,
        algorithm: s.diff.algorithm,
        truncated: s.diff.truncated,
        insertedWords: s.diff.insertedWords,
        deletedWords: s.diff.deletedWords,
        hunks: toHunkModels(s.diff),
      })),
    };
  }
}
