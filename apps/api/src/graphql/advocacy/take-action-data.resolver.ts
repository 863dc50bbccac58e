import { CallScriptTemplateRow, PublicCommentRuleRow, TakeActionDataService } from '@app/advocacy';
import type { Operator } from '@app/core';
import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { OperatorGuard } from '../../auth/operator.guard';
import {
  CallScriptTemplate,
  CommentChannel,
  DayAnchor,
  DeletePublicCommentRuleInput,
  PublicCommentRule,
  SaveCallScriptTemplateInput,
  SavePublicCommentRuleInput,
  ScriptLanguage,
} from './take-action-data.model';

const toRule = (r: PublicCommentRuleRow): PublicCommentRule => ({
  ...r,
  channel: r.channel as CommentChannel,
  opensOn: r.opensOn as DayAnchor,
  closesOn: r.closesOn as DayAnchor,
});
const toTemplate = (t: CallScriptTemplateRow): CallScriptTemplate => ({ ...t, language: t.language as ScriptLanguage });

/** The take-action data: readable by anyone (it is what the pages show), editable by operators. */
@Resolver()
export class TakeActionDataResolver {
  constructor(private readonly data: TakeActionDataService) {}

  @Query(() => [PublicCommentRule], { description: 'The public-comment rules the take-action panel computes windows from.' })
  async publicCommentRules(): Promise<PublicCommentRule[]> {
    return (await this.data.rules()).map(toRule);
  }

  @Query(() => [CallScriptTemplate], { description: 'The call script templates, per language.' })
  async callScriptTemplates(): Promise<CallScriptTemplate[]> {
    return (await this.data.templates()).map(toTemplate);
  }

  @Mutation(() => PublicCommentRule, {
    description: 'Operators only (API key). Replaces the rule for (bodyName, channel); checkedOn is required.',
  })
  @UseGuards(OperatorGuard)
  async savePublicCommentRule(
    @Args('input') input: SavePublicCommentRuleInput,
    @Context('operator') operator: Operator,
  ): Promise<PublicCommentRule> {
    const rule = { ...input, closesAt: input.closesAt ?? null, phone: input.phone ?? null, email: input.email ?? null };
    return toRule(await this.data.saveRule(rule, operator.name));
  }

  @Mutation(() => Boolean, { description: 'Operators only (API key).' })
  @UseGuards(OperatorGuard)
  async deletePublicCommentRule(@Args('input') input: DeletePublicCommentRuleInput): Promise<boolean> {
    await this.data.deleteRule(input.id);
    return true;
  }

  @Mutation(() => CallScriptTemplate, {
    description: 'Operators only (API key). Placeholders: {recordNumber} (required), {title}, {when}, {decider}.',
  })
  @UseGuards(OperatorGuard)
  async saveCallScriptTemplate(
    @Args('input') input: SaveCallScriptTemplateInput,
    @Context('operator') operator: Operator,
  ): Promise<CallScriptTemplate> {
    return toTemplate(await this.data.saveTemplate(input.language, input.template, operator.name));
  }
}
