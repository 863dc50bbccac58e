import { CodeQueryService } from '@app/code';
import { MatterLifecycleService, MatterQueryService, MeetingQueryService, PeopleQueryService, TrackingService } from '@app/legislation';
import { RawDocumentQueryService } from '@app/scraper';
import { Injectable } from '@nestjs/common';
import { createCodeLoaders } from './code.loaders';
import { createLegislationLoaders } from './legislation.loaders';
import { createLifecycleLoaders } from './lifecycle.loaders';
import { createMeetingLoaders } from './meeting.loaders';
import { createPeopleLoaders } from './people.loaders';
import { createScraperLoaders } from './scraper.loaders';
import { createTrackingLoaders } from './tracking.loaders';

export type Loaders = ReturnType<LoadersFactory['create']>;

export interface GraphqlContext {
  loaders: Loaders;
}

/** Fresh DataLoaders per request (per-request cache only), built into the GraphQL context. */
@Injectable()
export class LoadersFactory {
  constructor(
    private readonly matters: MatterQueryService,
    private readonly raw: RawDocumentQueryService,
    private readonly people: PeopleQueryService,
    private readonly meetings: MeetingQueryService,
    private readonly tracking: TrackingService,
    private readonly lifecycle: MatterLifecycleService,
    private readonly code: CodeQueryService,
  ) {}

  create() {
    return {
      ...createLegislationLoaders(this.matters),
      ...createPeopleLoaders(this.people),
      ...createMeetingLoaders(this.meetings),
      ...createTrackingLoaders(this.tracking),
      ...createLifecycleLoaders(this.lifecycle),
      ...createScraperLoaders(this.raw),
      ...createCodeLoaders(this.code),
    };
  }
}
