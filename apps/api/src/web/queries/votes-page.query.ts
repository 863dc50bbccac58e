import { CouncilAgreement, CouncilRollCallRow, CouncilVotesService, VoteDateRange } from '@app/legislation';
import { Injectable } from '@nestjs/common';

/** Divided roll calls listed on the page; the download has them all. */
export const VOTES_PAGE_ROLL_CALLS = 50;

export interface VotesPageData {
  agreement: CouncilAgreement;
  /** The newest divided roll calls, at most VOTES_PAGE_ROLL_CALLS. */
  divided: CouncilRollCallRow[];
}

/** Agreement over a range and its newest divided roll calls. */
@Injectable()
export class VotesPageQuery {
  constructor(private readonly council: CouncilVotesService) {}

  async load(range: VoteDateRange): Promise<VotesPageData> {
    const [agreement, divided] = await Promise.all([
      this.council.agreement(range),
      this.council.rollCalls(range, true, { limit: VOTES_PAGE_ROLL_CALLS, after: null }),
    ]);
    return { agreement, divided };
  }
}
