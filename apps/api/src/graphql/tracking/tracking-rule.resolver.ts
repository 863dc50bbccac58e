import type { Operator } from '@app/core';
import { TrackingRuleKind as DomainKind, TrackingService } from '@app/legislation';
import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RequestOperator } from '../../auth/request-operator';
import { OperatorGuard } from '../../auth/operator.guard';
import { CreateTrackingRuleInput, DeleteTrackingRuleInput, TrackingRule, TrackingRuleKind } from './tracking-rule.model';

const toModel = (r: {
  id: string;
  kind: string;
  value: string;
  note: string | null;
  createdBy: string | null;
  createdAt: Date;
}): TrackingRule => ({
  ...r,
  kind: r.kind as TrackingRuleKind,
});

@Resolver(() => TrackingRule)
export class TrackingRuleResolver {
  constructor(
    private readonly tracking: TrackingService,
    private readonly operators: RequestOperator,
  ) {}

  @ResolveField(() => String, {
    nullable: true,
    description:
      'Operators only (API key): who added it (API key name; "seed" for the defaults). Null for anyone else: operator names are not public.',
  })
  async createdBy(
    @Parent() r: TrackingRule,
    @Context('req') req: { headers?: Record<string, string | undefined> },
  ): Promise<string | null> {
    return (await this.operators.of(req)) ? r.createdBy : null;
  }

  @Query(() => [TrackingRule], { description: 'The watchlist and tracking rules.' })
  async trackingRules(): Promise<TrackingRule[]> {
    return (await this.tracking.list()).map(toModel);
  }

  @Mutation(() => TrackingRule, { description: 'Operators only (API key).' })
  @UseGuards(OperatorGuard)
  async createTrackingRule(@Args('input') input: CreateTrackingRuleInput, @Context('operator') operator: Operator): Promise<TrackingRule> {
    return toModel(await this.tracking.create(input.kind as DomainKind, input.value, input.note ?? null, operator.name));
  }

  @Mutation(() => Boolean, { description: 'Operators only (API key). Matters it tracked stop being tracked unless another rule matches.' })
  @UseGuards(OperatorGuard)
  async deleteTrackingRule(@Args('input') input: DeleteTrackingRuleInput): Promise<boolean> {
    await this.tracking.delete(input.id);
    return true;
  }
}
