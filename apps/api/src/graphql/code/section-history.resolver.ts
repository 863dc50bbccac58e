import { SectionHistoryService } from '@app/code';
import { AppConfig } from '@app/core';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { toSectionHistoryModel } from './section-history.mapper';
import { CodeSectionHistory } from './section-history.model';

@Resolver(() => CodeSectionHistory)
export class SectionHistoryResolver {
  constructor(
    private readonly histories: SectionHistoryService,
    private readonly config: AppConfig,
  ) {}

  @Query(() => CodeSectionHistory, {
    nullable: true,
    description:
      'The history of a section (e.g. 2-173-020): its wordings, newest first, rebuilt by undoing the ordinances its history note cites, with the redline of each step, where the chain breaks, and who wrote each passage. Null when its chapter is not tracked or the section is not in the latest text. BAD_USER_INPUT if malformed.',
  })
  async codeSectionHistory(@Args('number', { type: () => String }) number: string): Promise<CodeSectionHistory | null> {
    const h = await this.histories.section(number);
    return h && toSectionHistoryModel(h, this.config.publicBaseUrl);
  }
}
