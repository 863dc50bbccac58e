import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActionVoteEntity } from './entities/action-vote.entity';
import { BodyMemberEntity } from './entities/body-member.entity';
import { BodyEntity } from './entities/body.entity';
import { MatterActionEntity } from './entities/matter-action.entity';
import { MatterAttachmentEntity } from './entities/matter-attachment.entity';
import { MatterSponsorEntity } from './entities/matter-sponsor.entity';
import { MatterEntity } from './entities/matter.entity';
import { MeetingAgendaItemEntity } from './entities/meeting-agenda-item.entity';
import { MeetingAttendanceEntity } from './entities/meeting-attendance.entity';
import { MeetingFileEntity } from './entities/meeting-file.entity';
import { MeetingEntity } from './entities/meeting.entity';
import { PersonEntity } from './entities/person.entity';
import { TrackingRuleEntity } from './entities/tracking-rule.entity';
import { TrackingRepository } from './repositories/tracking.repository';
import { TrackingService } from './services/tracking.service';
import { MatterLifecycleService } from './services/matter-lifecycle.service';
import { MatterEventsRepository } from './repositories/matter-events.repository';
import { MatterEventsService } from './services/matter-events.service';
import { FeedRepository } from './repositories/feed.repository';
import { FeedQueryService } from './services/feed-query.service';
import { MatterRepository } from './repositories/matter.repository';
import { DataQualityRepository } from './repositories/data-quality.repository';
import { MeetingRepository } from './repositories/meeting.repository';
import { PeopleRepository } from './repositories/people.repository';
import { PeopleQueryRepository } from './repositories/people-query.repository';
import { LifecycleRepository } from './repositories/lifecycle.repository';
import { PeopleQueryService } from './services/people-query.service';
import { CouncilVotesRepository } from './repositories/council-votes.repository';
import { CouncilVotesService } from './services/council-votes.service';
import { MeetingQueryService } from './services/meeting-query.service';
import { LegislationIngestService } from './services/legislation-ingest.service';
import { MatterQueryService } from './services/matter-query.service';
import { MatterSearchRepository } from './repositories/matter-search.repository';
import { MatterSearchService } from './services/matter-search.service';

export const LEGISLATION_ENTITIES = [
  MatterEntity,
  MatterActionEntity,
  ActionVoteEntity,
  MatterSponsorEntity,
  MatterAttachmentEntity,
  MeetingEntity,
  MeetingFileEntity,
  MeetingAgendaItemEntity,
  MeetingAttendanceEntity,
  BodyEntity,
  BodyMemberEntity,
  PersonEntity,
  TrackingRuleEntity,
];

/** Repositories stay private to the module; other libs and apps use the services. */
@Module({
  imports: [TypeOrmModule.forFeature(LEGISLATION_ENTITIES)],
  providers: [
    MatterRepository,
    DataQualityRepository,
    MeetingRepository,
    PeopleRepository,
    PeopleQueryRepository,
    LifecycleRepository,
    LegislationIngestService,
    MatterQueryService,
    MatterSearchRepository,
    MatterSearchService,
    PeopleQueryService,
    CouncilVotesRepository,
    CouncilVotesService,
    MeetingQueryService,
    TrackingRepository,
    TrackingService,
    MatterLifecycleService,
    MatterEventsRepository,
    MatterEventsService,
    FeedRepository,
    FeedQueryService,
  ],
  exports: [
    LegislationIngestService,
    MatterQueryService,
    MatterSearchService,
    PeopleQueryService,
    CouncilVotesService,
    MeetingQueryService,
    TrackingService,
    MatterLifecycleService,
    FeedQueryService,
  ],
})
export class LegislationModule {}
