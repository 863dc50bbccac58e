import { MatterQueryService, MeetingQueryService, PeopleQueryService } from '@app/legislation';
import { RawDocumentQueryService } from '@app/scraper';
import { Injectable } from '@nestjs/common';
import { createLegislationLoaders } from './legislation.loaders';
import { createMeetingLoaders } from './meeting.loaders';
import { createPeopleLoaders } from './people.loaders';
import { createScraperLoaders } from './scraper.loaders';

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
  ) {}

  create() {
    return { ...createLegislationLoaders(this.matters), ...createPeopleLoaders(this.people), ...createMeetingLoaders(this.meetings), ...createScraperLoaders(this.raw) };
  }
}
