import { AppConfig } from '@app/core';
import { MatterQueryService } from '@app/legislation';
import { AmendmentViewService, CodeBaselineService, CodeQueryService, TextCompareService } from '@app/code';
import { UseGuards } from '@nestjs/common';
import { Args, Context, GraphQLISODateTime, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { OperatorGuard } from '../../auth/operator.guard';
import type { GraphqlContext } from '../loaders/loaders.factory';
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
  async currentVersion(@Parent() c: CodeChapter, @Context() ctx: GraphqlContext): Promise<CodeChapterVersion | null> {
    const [v] = await ctx.loaders.codeVersionsByChapterId.load(c.id);
    return v ? toVersionModel(v) : null;
  }

  @ResolveField(() => [CodeChapterVersion], { description: 'Every stored version, newest first.' })
  async versions(@Parent() c: CodeChapter, @Context() ctx: GraphqlContext): Promise<CodeChapterVersion[]> {
    return (await ctx.loaders.codeVersionsByChapterId.load(c.id)).map(toVersionModel);
  }

  @ResolveField(() => [CodeSection], { description: 'The sections of the latest version, in order.' })
  async sections(@Parent() c: CodeChapter, @Context() ctx: GraphqlContext): Promise<CodeSection[]> {
    const [v] = await ctx.loaders.codeVersionsByChapterId.load(c.id);
    return v ? sectionsOf(v.sectionIds, ctx, this.config.publicBaseUrl) : [];
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
  constructor(private readonly config: AppConfig) {}

  @ResolveField(() => [CodeSection])
  sections(@Parent() v: CodeChapterVersion, @Context() ctx: GraphqlContext): Promise<CodeSection[]> {
    return sectionsOf(v.sectionIds, ctx, this.config.publicBaseUrl);
  }
}

/** A version's sections in its order, through the per-request loader (versions share unchanged sections). */
async function sectionsOf(ids: string[], ctx: GraphqlContext, publicBaseUrl: string): Promise<CodeSection[]> {
  const rows = await ctx.loaders.codeSectionById.loadMany(ids);
  return rows.flatMap((s) => {
    if (s instanceof Error) throw s;
    return s ? [toSectionModel(s, publicBaseUrl)] : [];
  });
}

@Resolver(() => Amendment)
export class AmendmentResolver {
  constructor(
    private readonly matters: MatterQueryService,
    private readonly views: AmendmentViewService,
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
    const view = await this.views.forMatter(matter.id, { baselineSections: false });
    if (!view?.amendment) return null;
    const { document, amendment, sections, diffs, baseline } = view;
    const redlineUrl = `${this.config.publicBaseUrl}/matters/${encodeURIComponent(matter.recordNumber)}/redline`;
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
      baseline: baseline.map((b) => toVersionModel(b.version)),
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
