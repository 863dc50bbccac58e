import {
  MatterCursor,
  MatterLifecycleService,
  MatterQueryService,
  MatterRecord,
  NextStep,
  StageResult,
  TrackingService,
} from '@app/legislation';
import { Injectable } from '@nestjs/common';

export const HOME_PAGE_SIZE = 25;

export interface HomeRow {
  matter: MatterRecord;
  stage: StageResult;
  nextStep: NextStep | null;
  tracked: boolean;
}

export interface HomePageData {
  rows: HomeRow[];
  /** Where the next page starts, when there is one. */
  next: MatterCursor | null;
}

/** Tracked matters (or, with search words, every matter that matches them) with stage and next step. */
@Injectable()
export class HomePageQuery {
  constructor(
    private readonly matters: MatterQueryService,
    private readonly lifecycle: MatterLifecycleService,
    private readonly tracking: TrackingService,
  ) {}

  async load(search: string | null, after: MatterCursor | null): Promise<HomePageData> {
    const found = await this.matters.list(search ? { text: search } : { tracked: true }, HOME_PAGE_SIZE + 1, after);
    const page = found.slice(0, HOME_PAGE_SIZE);
    // The stage and next step stored with each row where they hold: the page shows no more of the story.
    const [lifecycles, rules] = await Promise.all([
      this.lifecycle.stagesAndNextSteps(page),
      this.tracking.rulesByMatterIds(page.map((m) => m.id)),
    ]);
    const trackedIds = new Set(rules.map((r) => r.matterId));
    const last = page.at(-1);
    return {
      rows: page.map((m) => ({ matter: m, ...lifecycles.get(m.id)!, tracked: trackedIds.has(m.id) })),
      next: found.length > HOME_PAGE_SIZE && last ? { introductionDate: last.introductionDate, id: last.id } : null,
    };
  }
}
